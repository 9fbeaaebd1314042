import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../sync-server/server.ts';
import { CHROMIUM_PATH } from './browser.ts';
import { buildDir } from '../../svelte.config.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/**
 * Builds the app as a user would get it and serves it on loopback with the real server. The build
 * is skipped only when RAPOR_E2E_SKIP_BUILD=1 (for quick local reruns).
 */
export default async function setup(project: TestProject) {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`
		);
	}
	const root = resolve(import.meta.dirname, '../..');
	if (
		process.env.RAPOR_E2E_SKIP_BUILD !== '1' ||
		!existsSync(resolve(root, buildDir, 'index.html'))
	) {
		// Vitest sets NODE_ENV=test, which would give a development build without the service worker.
		execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production' }
		});
	}
	const server = await startServer({ port: 0, host: '127.0.0.1', appDir: resolve(root, buildDir) });
	project.provide('baseUrl', server.url);
	return () => server.close();
}
