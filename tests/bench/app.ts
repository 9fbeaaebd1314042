/**
 * The built app served by the real sync server on loopback, for benchmarks that drive the UI.
 * Builds first when there is no build yet (a fresh clone running `npm run bench`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../sync-server/server.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));

export function ensureBuild(): void {
	if (existsSync(`${BUILD_DIR}/index.html`)) return;
	console.log('building the app (npm run build)…');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
}

/** Starts the server with a throwaway data directory; close() removes it. */
export function startApp(): Promise<RunningServer> {
	return startServer({ port: 0, host: '127.0.0.1', appDir: BUILD_DIR });
}
