/**
 * The built app served by the real sync server on loopback, for benchmarks that drive the UI.
 * Builds first when there is no build yet (a fresh clone running `npm run bench`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../sync-server/server.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));

/** The newest modification time of a file under `dir`, ms. */
function newest(dir: string): number {
	return (readdirSync(dir, { recursive: true }) as string[]).reduce(
		(max, f) => Math.max(max, statSync(join(dir, f)).mtimeMs),
		0
	);
}

export function ensureBuild(): void {
	const index = `${BUILD_DIR}/index.html`;
	if (existsSync(index)) {
		if (newest(join(ROOT, 'src')) > statSync(index).mtimeMs) {
			console.log(
				'note: src/ changed after the last build; run npm run build to bench the changes\n'
			);
		}
		return;
	}
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
