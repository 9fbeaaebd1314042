/**
 * Which server the admin CLI talks to, and as whom:
 * - COUCHDB_URL: an Apache CouchDB (credentials in the URL, or RAPOR_ADMIN_USER/RAPOR_ADMIN_PASSWORD,
 *   or COUCHDB_USER/COUCHDB_PASSWORD as the official CouchDB image names them);
 * - otherwise the embedded server at RAPOR_SERVER_URL (default http://127.0.0.1:8080), API under
 *   /db, as RAPOR_ADMIN_USER (default admin) with RAPOR_ADMIN_PASSWORD or the password file in
 *   RAPOR_DATA_DIR (default ./data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { targetFromUrl, type CouchTarget, type Credentials } from '../http/couch-client.ts';
import { ADMIN_PASSWORD_FILE, DEFAULT_ADMIN_NAME } from '../secrets.ts';

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8080';

function fromEnv(env: Env, user: string, password: string): Credentials | undefined {
	const pw = env[password];
	if (pw === undefined || pw === '') return undefined;
	return { name: env[user]?.trim() || DEFAULT_ADMIN_NAME, password: pw };
}

export interface ResolvedTarget {
	target: CouchTarget;
	/** How the target was chosen, for messages. */
	description: string;
}

export function resolveTarget(env: Env = process.env): ResolvedTarget {
	const couchdb = env.COUCHDB_URL;
	if (couchdb) {
		const credentials =
			fromEnv(env, 'RAPOR_ADMIN_USER', 'RAPOR_ADMIN_PASSWORD') ??
			fromEnv(env, 'COUCHDB_USER', 'COUCHDB_PASSWORD');
		const target = targetFromUrl(couchdb, credentials);
		return { target, description: `CouchDB ${target.url}` };
	}
	const server = (env.RAPOR_SERVER_URL ?? DEFAULT_SERVER_URL).replace(/\/+$/, '');
	let credentials = fromEnv(env, 'RAPOR_ADMIN_USER', 'RAPOR_ADMIN_PASSWORD');
	if (!credentials) {
		const file = join(resolve(env.RAPOR_DATA_DIR ?? 'data'), ADMIN_PASSWORD_FILE);
		if (existsSync(file)) {
			const name = env.RAPOR_ADMIN_USER?.trim() || DEFAULT_ADMIN_NAME;
			credentials = { name, password: readFileSync(file, 'utf8').trim() };
		}
	}
	const target = targetFromUrl(`${server}/db`, credentials);
	return { target, description: `Rapor server ${server}` };
}
