/**
 * The real server on loopback, as `npm start` runs it, with a temporary data directory and a
 * stand-in for the built app (these tests are about the API, not the PWA).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CouchClient } from '../../../sync-server/http/couch-client.ts';
import {
	startServer,
	type RunningServer,
	type ServerOptions
} from '../../../sync-server/server.ts';

export interface TestServer {
	running: RunningServer;
	/** The API as the server admin. */
	admin: CouchClient;
	/** The API without credentials. */
	anonymous: CouchClient;
	/** Request log lines. */
	logs: string[];
	close(): Promise<void>;
}

export function tempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

/** A directory with an index.html, enough for the static part of the server. */
export function fakeAppDir(): string {
	const dir = tempDir('rapor-app-');
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Rapor</title>');
	return dir;
}

export async function startTestServer(
	options: Partial<Omit<ServerOptions, 'log'>> = {}
): Promise<TestServer> {
	const appDir = fakeAppDir();
	const logs: string[] = [];
	const running = await startServer({
		port: 0,
		host: '127.0.0.1',
		appDir,
		env: {},
		...options,
		log: (line) => logs.push(line)
	});
	const anonymous = new CouchClient({ url: running.couchUrl });
	return {
		running,
		admin: anonymous.as(running.admin),
		anonymous,
		logs,
		async close() {
			await running.close();
			rmSync(appDir, { recursive: true, force: true });
		}
	};
}
