import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The server tests share one Apache CouchDB when COUCHDB_URL is set (each file empties it), so
 * only then do they run one file at a time. On the embedded server every file has its own port
 * and temporary data directory, and the files run side by side.
 */
const SHARED_COUCHDB = Boolean(process.env.COUCHDB_URL);

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// Vitest's default (cores − 1) is a single worker on a 2-core machine, which leaves one core
		// idle while a test waits on its server, a child process or a timer.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					// A few tests write the whole demo year (3,000 responses) into fake-indexeddb: ~1 s on
					// a quiet machine, past the 5 s default when two cores are shared with builds.
					testTimeout: 20_000
				}
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
					fileParallelism: !SHARED_COUCHDB,
					// Real servers, PBKDF2 logins and CLI child processes, two files at a time beside the
					// background build: slow when the two cores are shared.
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					// The app builds in the background while the other projects run; setup.ts waits for it.
					globalSetup: ['tests/e2e/global-setup.ts'],
					setupFiles: ['tests/e2e/setup.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
