/**
 * The authentication policy of an Apache CouchDB behind Rapor, set through its configuration API
 * on every node (`/_node/<node>/_config`), the same as the embedded server's own:
 *
 * - hashes: PBKDF2-SHA256 with 600,000 iterations, old hashes upgraded at the next login;
 * - lockout: CouchDB's own `[chttpd_auth_lockout]` only logs (`warn`). It counts failures per
 *   account and address, and behind the guard every client has the guard's address: in `enforce`
 *   five wrong passwords from anyone would lock the account (the server admin included) for
 *   everyone. The guard locks out per account and client instead (../auth/lockout.ts: 5 failures,
 *   5 minutes), on both back ends;
 * - cookies: SameSite=Strict, persistent for 12 hours (the app works offline overnight), no
 *   cookie_domain (the cookie stays with the host that set it). CouchDB sets Secure only on its
 *   own TLS port; behind the guard, the guard adds Secure when the browser came over HTTPS;
 * - `require_valid_user = false`: with `true` CouchDB answers an anonymous `GET /_session` with
 *   401 and `WWW-Authenticate: Basic` (the browser's own password dialog, and the app would take
 *   the server for unreachable). Anonymous requests are refused by the guard and by the members
 *   of each database's `_security` instead.
 *
 * Idempotent: reads each value and writes only what differs. The embedded server has no node
 * configuration (it applies the same policy in ../auth); this runs only against Apache CouchDB.
 */
import { z } from 'zod';
import type { CouchClient } from '../http/couch-client.ts';

export interface ConfigChange {
	node: string;
	/** `section/key`. */
	kunci: string;
	/** The value now; null when removed. */
	nilai: string | null;
}

/** `null`: the key must not be set (CouchDB's default applies). */
export const COUCHDB_CONFIG: readonly {
	section: string;
	key: string;
	value: string | null;
}[] = [
	{ section: 'chttpd_auth', key: 'password_scheme', value: 'pbkdf2' },
	{ section: 'chttpd_auth', key: 'pbkdf2_prf', value: 'sha256' },
	{ section: 'chttpd_auth', key: 'iterations', value: '600000' },
	{ section: 'chttpd_auth', key: 'upgrade_hash_on_auth', value: 'true' },
	{ section: 'chttpd_auth', key: 'same_site', value: 'strict' },
	{ section: 'chttpd_auth', key: 'allow_persistent_cookies', value: 'true' },
	{ section: 'chttpd_auth', key: 'timeout', value: '43200' },
	{ section: 'chttpd_auth', key: 'cookie_domain', value: null },
	// Logs only; the guard enforces the lockout per client (see above).
	{ section: 'chttpd_auth_lockout', key: 'mode', value: 'warn' },
	{ section: 'chttpd_auth_lockout', key: 'threshold', value: '5' },
	// Read at CouchDB's start only: a changed value takes effect after a restart.
	{ section: 'chttpd_auth_lockout', key: 'max_lifetime', value: '300000' },
	{ section: 'chttpd', key: 'require_valid_user', value: 'false' }
];

const welcomeSchema = z.object({ couchdb: z.string().optional() }).passthrough();
const membershipSchema = z.object({ cluster_nodes: z.array(z.string()) });
const sectionSchema = z.record(z.string(), z.string());

/** Whether the server is Apache CouchDB (the embedded server welcomes as express-pouchdb). */
export async function isApacheCouchDb(client: CouchClient): Promise<boolean> {
	const res = await client.raw('GET', '/');
	const parsed = welcomeSchema.safeParse(res.body);
	return (
		res.status === 200 &&
		parsed.success &&
		parsed.data.couchdb === 'Welcome' &&
		!('express-pouchdb' in parsed.data)
	);
}

/** The nodes to configure: every node of a cluster, or the one answering (`_local`). */
async function nodes(client: CouchClient): Promise<string[]> {
	const res = await client.raw('GET', '/_membership');
	const parsed = membershipSchema.safeParse(res.body);
	if (res.status === 200 && parsed.success && parsed.data.cluster_nodes.length > 0) {
		return parsed.data.cluster_nodes;
	}
	// Behind the guard `_membership` is not reachable: the node it talks to.
	return ['_local'];
}

export async function ensureCouchDbConfig(client: CouchClient): Promise<ConfigChange[]> {
	const changes: ConfigChange[] = [];
	for (const node of await nodes(client)) {
		const base = `/_node/${encodeURIComponent(node)}/_config`;
		const sections = new Map<string, Record<string, string>>();
		for (const { section, key, value } of COUCHDB_CONFIG) {
			if (!sections.has(section)) {
				const { body } = await client.request('GET', `${base}/${section}`, sectionSchema);
				sections.set(section, body ?? {});
			}
			const current = sections.get(section)![key];
			if (current === (value ?? undefined)) continue;
			const path = `${base}/${section}/${encodeURIComponent(key)}`;
			if (value === null) {
				await client.request('DELETE', path, z.unknown(), { allow: [404] });
			} else {
				await client.request('PUT', path, z.unknown(), { body: value });
			}
			changes.push({ node, kunci: `${section}/${key}`, nilai: value });
		}
	}
	return changes;
}
