/**
 * Apache CouchDB for the server tests (COUCHDB_URL, e.g. from ../shared/couchdb/couchdb): the
 * Rapor databases and the user accounts removed, so each test file starts as on a fresh
 * installation. CouchDB's own lockout is left as setup sets it (`warn`): the guard counts failed
 * logins per account and client (sync-server/auth/lockout.ts).
 */
import { DATABASE } from '../../../src/lib/domain/dokumen.ts';
import { CouchClient, targetFromUrl } from '../../../sync-server/http/couch-client.ts';
import { KONFIGURASI_COUCHDB } from '../../../sync-server/setup/couchdb-config.ts';

export const COUCHDB_URL = process.env.COUCHDB_URL || undefined;

async function ok(
	res: Promise<{ status: number; body: unknown }>,
	what: string,
	allow: number[] = []
) {
	const r = await res;
	if ((r.status < 200 || r.status >= 300) && !allow.includes(r.status)) {
		throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
	}
	return r;
}

export async function freshCouchDb(url: string): Promise<void> {
	const admin = new CouchClient(targetFromUrl(url));
	for (const db of Object.values(DATABASE)) {
		await ok(admin.raw('DELETE', `/${db}`), `delete ${db}`, [404]);
	}
	// A new `_users` (the server admin lives in CouchDB's config, not here): no accounts, and no
	// tombstones of earlier files' accounts in a backup.
	await ok(admin.raw('DELETE', '/_users'), 'delete _users', [404]);
	await ok(admin.raw('PUT', '/_users'), 'create _users', [412]);
}

/**
 * CouchDB's session timeout (`[chttpd_auth] timeout`) on every node, as an operator would change
 * it; returns a function that puts back what setup sets.
 */
export async function couchDbSessionTimeout(
	url: string,
	seconds: number
): Promise<() => Promise<void>> {
	const admin = new CouchClient(targetFromUrl(url));
	const membership = await ok(admin.raw('GET', '/_membership'), 'membership');
	const nodes = (membership.body as { cluster_nodes?: string[] }).cluster_nodes ?? [];
	const set = async (value: string) => {
		for (const node of nodes) {
			const path = `/_node/${encodeURIComponent(node)}/_config/chttpd_auth/timeout`;
			await ok(admin.raw('PUT', path, value), `session timeout of ${node}`);
		}
	};
	await set(String(seconds));
	const configured = KONFIGURASI_COUCHDB.find((c) => c.key === 'timeout')!.value!;
	return () => set(configured);
}
