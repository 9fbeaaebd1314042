import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] }
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts'],
					// jsdom renders of whole screens: the 5 s default runs out when the two cores are
					// shared with builds and browser tests.
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/server/**/*.test.ts'],
					// Prints whether the Apache CouchDB part ran (COUCHDB_URL) or not.
					globalSetup: ['tests/server/couchdb-notice.ts'],
					fileParallelism: false,
					// Real servers and PBKDF2 logins: slow when the browser tests share the two cores.
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
