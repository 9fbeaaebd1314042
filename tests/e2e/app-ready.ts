/**
 * Whether the app of the browser tests is ready: global-setup.ts builds it in the background and
 * writes a ready file once the server answers with the demo data (or the build's error).
 */
import { existsSync, readFileSync } from 'node:fs';

/** What global-setup.ts writes to the ready file when the app is served. */
export const APP_READY_OK = 'ok';

/** A build on a busy 2-core machine takes minutes; this is far beyond that. */
const LIMIT_MS = 20 * 60_000;

/** Resolves once the app is served; throws the build's message if it failed. */
export async function waitForApp(readyFile: string): Promise<void> {
	const started = Date.now();
	while (!existsSync(readyFile)) {
		if (Date.now() - started > LIMIT_MS) {
			throw new Error(`The app was not built and served within ${LIMIT_MS / 60_000} minutes`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	const state = readFileSync(readyFile, 'utf8');
	if (state !== APP_READY_OK) throw new Error(`The browser tests have no app: ${state}`);
}
