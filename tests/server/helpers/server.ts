/**
 * The real server on loopback, as `npm start` runs it, with a temporary data directory and a
 * stand-in for the built app (these tests are about the API, not the PWA). With COUCHDB_URL set,
 * the server is the guard in front of that Apache CouchDB (RAPOR_COUCHDB_URL in production), which
 * is emptied of Rapor's databases and users for each server on a new data directory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CouchClient } from '../../../sync-server/http/couch-client.ts';
import { COUCHDB_URL, freshCouchDb } from './couchdb.ts';
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

/** Which back end the server tests run against (for test names and messages). */
export const BACK_END = COUCHDB_URL ? 'Apache CouchDB' : 'embedded server';

/**
 * Data directories whose CouchDB state exists (module state lives per test file). A server started
 * on a new data directory starts from an empty CouchDB; one restarted on the same directory finds
 * what the previous one left, as on the embedded server.
 */
const couchdbStates = new Set<string>();

export async function startTestServer(
	options: Partial<Omit<ServerOptions, 'log'>> = {}
): Promise<TestServer> {
	const appDir = fakeAppDir();
	const logs: string[] = [];
	if (COUCHDB_URL && (options.dataDir === undefined || !couchdbStates.has(options.dataDir))) {
		await freshCouchDb(COUCHDB_URL);
		if (options.dataDir !== undefined) couchdbStates.add(options.dataDir);
	}
	const running = await startServer({
		port: 0,
		host: '127.0.0.1',
		appDir,
		env: {},
		...(COUCHDB_URL ? { couchdbUrl: COUCHDB_URL } : {}),
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
