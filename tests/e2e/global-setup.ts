import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDemoAccounts } from '../../sync-server/demo-accounts.ts';
import { seedDemoData } from '../../sync-server/demo-data.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { startServer } from '../../sync-server/server.ts';
import { CHROMIUM_PATH } from './browser.ts';
import { buildDir } from '../../svelte.config.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** The CouchDB API of the server and its admin, for tests that set up accounts. */
		couchUrl: string;
		serverAdmin: { name: string; password: string };
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
	// As `npm start` does on a new data directory: the demo Kota and its demo accounts.
	const admin = new CouchClient({ url: server.couchUrl, credentials: server.admin });
	await seedDemoData(admin, server.dataDir);
	await createDemoAccounts(admin, server.dataDir);
	project.provide('baseUrl', server.url);
	project.provide('couchUrl', server.couchUrl);
	project.provide('serverAdmin', { name: server.admin.name, password: server.admin.password });
	return () => server.close();
}
