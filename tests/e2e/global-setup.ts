import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDemoAccounts } from '../../sync-server/demo-accounts.ts';
import { seedDemoData } from '../../sync-server/demo-data.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { startServer, type RunningServer } from '../../sync-server/server.ts';
import { CHROMIUM_PATH } from './browser.ts';
import { APP_READY_OK } from './app-ready.ts';
import { buildDir } from '../../svelte.config.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** The CouchDB API of the server and its admin, for tests that set up accounts. */
		couchUrl: string;
		serverAdmin: { name: string; password: string };
		/** A file that says when the app is built and served (see app-ready.ts). */
		appReadyFile: string;
	}
}

interface Build {
	done: Promise<string>;
	stop(): void;
}

/** `vite build` as a user gets it, in a child process, so tests can run while it works. */
function buildApp(root: string): Build {
	// Vitest sets NODE_ENV=test, which would give a development build without the service worker.
	const child = spawn(
		process.execPath,
		[resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
		{ cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'pipe' }
	);
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	const done = new Promise<string>((ok, fail) => {
		child.on('error', fail);
		child.on('exit', (code, signal) =>
			code === 0 ? ok(output) : fail(new Error(`vite build failed (${code ?? signal}):\n${output}`))
		);
	});
	return { done, stop: () => child.kill('SIGTERM') };
}

/** A listener on a free loopback port, keeping the port ours until the real server takes it. */
function holdPort(): Promise<Server> {
	return new Promise((ok, fail) => {
		const holder = createServer((socket) => socket.destroy());
		holder.once('error', fail);
		holder.listen(0, '127.0.0.1', () => ok(holder));
	});
}

const release = (holder: Server) => new Promise<void>((ok) => holder.close(() => ok()));

/**
 * Builds the app as a user would get it and serves it on loopback with the real server. The build
 * runs in the background: the unit, component and server tests run meanwhile, and each browser
 * test file waits for the app (app-ready.ts). The build is skipped only when
 * RAPOR_E2E_SKIP_BUILD=1 (for quick local reruns).
 */
export default async function setup(project: TestProject) {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`
		);
	}
	const root = resolve(import.meta.dirname, '../..');
	const appDir = resolve(root, buildDir);
	const build =
		process.env.RAPOR_E2E_SKIP_BUILD !== '1' || !existsSync(resolve(appDir, 'index.html'))
			? buildApp(root)
			: null;
	const holder = await holdPort();
	const port = (holder.address() as AddressInfo).port;
	const baseUrl = `http://127.0.0.1:${port}`;
	// The tests get the URL and the admin now; the server behind them starts after the build.
	const serverAdmin = { name: 'admin', password: randomBytes(18).toString('base64url') };
	const readyDir = mkdtempSync(join(tmpdir(), 'rapor-e2e-ready-'));
	const readyFile = join(readyDir, 'ready');
	let server: RunningServer | null = null;
	let warnings = '';

	const ready = (async () => {
		warnings = build ? await build.done : '';
		await release(holder);
		server = await startServer({
			port,
			host: '127.0.0.1',
			appDir,
			env: {
				...process.env,
				RAPOR_ADMIN_USER: serverAdmin.name,
				RAPOR_ADMIN_PASSWORD: serverAdmin.password
			}
		});
		if (server.url !== baseUrl) throw new Error(`The server is at ${server.url}, not ${baseUrl}`);
		// As `npm start` does on a new data directory: the demo Kota and its demo accounts.
		const admin = new CouchClient({ url: server.couchUrl, credentials: server.admin });
		await seedDemoData(admin, server.dataDir);
		await createDemoAccounts(admin, server.dataDir);
	})();
	ready.then(
		() => writeFileSync(readyFile, APP_READY_OK),
		(error: unknown) => {
			writeFileSync(readyFile, error instanceof Error ? error.message : String(error));
			if (holder.listening) void release(holder);
		}
	);

	project.provide('baseUrl', baseUrl);
	project.provide('couchUrl', `${baseUrl}/db`);
	project.provide('serverAdmin', serverAdmin);
	project.provide('appReadyFile', readyFile);
	return async () => {
		build?.stop();
		await ready.catch(() => undefined);
		if (warnings.trim()) process.stderr.write(`vite build (browser tests):\n${warnings}\n`);
		await (server as RunningServer | null)?.close();
		rmSync(readyDir, { recursive: true, force: true });
	};
}
