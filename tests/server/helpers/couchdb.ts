/**
 * Apache CouchDB for the server tests (COUCHDB_URL, e.g. from ../shared/couchdb/couchdb): the
 * Rapor databases and the user accounts removed, so each test file starts as on a fresh
 * installation. CouchDB's own lockout is left as setup sets it (`warn`): the guard counts failed
 * logins per account and client (sync-server/auth/lockout.ts).
 */
import { randomBytes } from 'node:crypto';
import { DATABASE } from '../../../src/lib/domain/document.ts';
import { CouchClient, docPath, targetFromUrl } from '../../../sync-server/http/couch-client.ts';
import { COUCHDB_CONFIG } from '../../../sync-server/setup/couchdb-config.ts';

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
	await emptyUsers(admin);
}

interface Row {
	id: string;
	value: { rev: string; deleted?: boolean };
}

/**
 * No accounts in `_users` (the server admin lives in CouchDB's config, not here), as on a new
 * installation. The accounts are deleted, not the database: CouchDB's account cache follows
 * `_users` changes, and picks up a deleted and re-created database only after a while, meanwhile
 * checking logins against the previous file's account of the same name and password (and signing
 * cookies with its salt, which then stop working mid-test). A probe account, in the cache with one
 * password before the deletions, logs in with a new one once the cache has followed them. Then
 * the deleted revisions are purged: no tombstone is left for a backup.
 */
async function emptyUsers(admin: CouchClient): Promise<void> {
	await ok(admin.raw('PUT', '/_users'), 'create _users', [412]);
	const id = `org.couchdb.user:${PROBE}`;
	const listed = async (keys?: string[]) => {
		const query = keys ? { keys } : undefined;
		const all = await ok(admin.raw('GET', '/_users/_all_docs', undefined, query), 'accounts');
		return (all.body as { rows: (Row | { error: string })[] }).rows.filter(
			(r): r is Row => 'id' in r && !r.id.startsWith('_design/') && !r.value.deleted
		);
	};
	const probe = async () => {
		const rev = (await listed([id]))[0]?.value.rev;
		const password = randomBytes(12).toString('hex');
		const doc = { _id: id, type: 'user', name: PROBE, roles: [], password };
		await ok(admin.raw('PUT', docPath('_users', id), rev ? { ...doc, _rev: rev } : doc), 'probe');
		return admin.as({ name: PROBE, password });
	};
	const loggedIn = async (client: CouchClient) => {
		const res = await client.raw('GET', '/_session');
		return (res.body as { userCtx?: { name?: unknown } } | null)?.userCtx?.name === PROBE;
	};

	const before = await probe();
	await loggedIn(before);
	const accounts = await listed();
	const deleted = await remove(admin, accounts);
	const after = await probe();
	const until = Date.now() + 90_000;
	while (!(await loggedIn(after))) {
		if (Date.now() > until) throw new Error('CouchDB’s account cache did not follow _users');
		await new Promise((r) => setTimeout(r, 100));
	}
	const purge = { ...(await tombstones(admin)), ...deleted };
	Object.assign(purge, await remove(admin, await listed([id])));
	await ok(admin.raw('POST', '/_users/_purge', purge), 'purge accounts');
}

const PROBE = 'rapor-test-cache-probe';

/** Accounts deleted earlier (by a test), with their tombstone revisions. */
async function tombstones(admin: CouchClient): Promise<Record<string, string[]>> {
	const res = await ok(
		admin.raw('GET', '/_users/_changes', undefined, { style: 'all_docs' }),
		'changes'
	);
	const results = (
		res.body as { results: { id: string; deleted?: boolean; changes: { rev: string }[] }[] }
	).results;
	return Object.fromEntries(
		results.filter((r) => r.deleted).map((r) => [r.id, r.changes.map((c) => c.rev)])
	);
}

/** Deletes the rows' documents; the tombstone revision of each, for a purge. */
async function remove(admin: CouchClient, rows: Row[]): Promise<Record<string, string[]>> {
	if (rows.length === 0) return {};
	const docs = rows.map((r) => ({ _id: r.id, _rev: r.value.rev, _deleted: true }));
	const res = await ok(admin.raw('POST', '/_users/_bulk_docs', { docs }), 'delete accounts');
	const tombstones: Record<string, string[]> = {};
	for (const r of res.body as { id: string; rev?: string }[]) {
		if (r.rev) tombstones[r.id] = [r.rev];
	}
	return tombstones;
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
	const configured = COUCHDB_CONFIG.find((c) => c.key === 'timeout')!.value!;
	return () => set(configured);
}

let nodeCount: Promise<number> | undefined;

/** How many nodes the Apache CouchDB of COUCHDB_URL has (1 without COUCHDB_URL). */
export function couchDbNodeCount(): Promise<number> {
	if (!COUCHDB_URL) return Promise.resolve(1);
	nodeCount ??= (async () => {
		const admin = new CouchClient(targetFromUrl(COUCHDB_URL));
		const membership = await ok(admin.raw('GET', '/_membership'), 'membership');
		return (membership.body as { cluster_nodes?: string[] }).cluster_nodes?.length ?? 1;
	})();
	return nodeCount;
}
