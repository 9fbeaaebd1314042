/**
 * Setup gives an Apache CouchDB the same password and session policy as the embedded server:
 * PBKDF2-SHA256 with 600,000 iterations (old hashes upgraded at login), CouchDB's own lockout only
 * logging (the guard locks out per account and client), SameSite=Strict persistent cookies, no
 * cookie_domain, anonymous `GET /_session` allowed (the app asks it) — on every node of a cluster,
 * idempotently. Runs when COUCHDB_URL is set.
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../sync-server/admin/users.ts';
import { CouchClient, docPath, targetFromUrl } from '../../sync-server/http/couch-client.ts';
import { COUCHDB_CONFIG } from '../../sync-server/setup/couchdb-config.ts';
import { runSetup } from '../../sync-server/setup/index.ts';

const COUCHDB_URL = process.env.COUCHDB_URL;

describe.runIf(COUCHDB_URL)('the CouchDB configuration setup applies (Apache CouchDB only)', () => {
	let admin: CouchClient;
	let anonymous: CouchClient;
	let nodes: string[];
	const suffix = randomBytes(4).toString('hex');
	const users: string[] = [];
	const config = (node: string, section: string, key: string) =>
		admin.raw('GET', `/_node/${encodeURIComponent(node)}/_config/${section}/${key}`);
	const userPath = (name: string) => docPath('_users', `org.couchdb.user:${name}`);
	const logIn = (name: string, password: string) =>
		anonymous.raw('POST', '/_session', { name, password });

	beforeAll(async () => {
		admin = new CouchClient(targetFromUrl(COUCHDB_URL!));
		anonymous = admin.as();
		const membership = await admin.raw('GET', '/_membership');
		nodes = (membership.body as { cluster_nodes: string[] }).cluster_nodes;
	});
	afterAll(async () => {
		for (const name of users) {
			const doc = await admin.raw('GET', userPath(name));
			const rev = (doc.body as { _rev?: string } | null)?._rev;
			if (rev) await admin.raw('DELETE', `${userPath(name)}?rev=${rev}`);
		}
	});

	it('sets the policy on every node, reporting what it changed', async () => {
		const first = nodes[0]!;
		// A node as an operator may have left it: weaker hashes, a cookie domain, Lax cookies.
		const base = `/_node/${encodeURIComponent(first)}/_config`;
		await admin.raw('PUT', `${base}/chttpd_auth/iterations`, '10');
		await admin.raw('PUT', `${base}/chttpd_auth/same_site`, 'lax');
		await admin.raw('PUT', `${base}/chttpd_auth/cookie_domain`, 'example.org');

		const report = await runSetup(admin);
		const changed = report.perubahan.filter((p) => p.aksi === 'config').map((p) => p.detail);
		expect(changed).toEqual(
			expect.arrayContaining([
				'chttpd_auth/iterations = 600000',
				'chttpd_auth/same_site = strict',
				'chttpd_auth/cookie_domain removed'
			])
		);
		for (const node of nodes) {
			for (const { section, key, value } of COUCHDB_CONFIG) {
				const res = await config(node, section, key);
				if (value === null) expect(res.status, `${node} ${section}/${key}`).toBe(404);
				else expect(res.body, `${node} ${section}/${key}`).toBe(value);
			}
		}
	});

	it('changes nothing on a second run', async () => {
		const report = await runSetup(admin);
		expect(report.perubahan).toEqual([]);
	});

	it('makes CouchDB hash new passwords with PBKDF2-SHA256 and 600,000 iterations', async () => {
		const name = `enum-kuat-${suffix}`;
		users.push(name);
		await addUser(admin, { name, peran: ['enumerator'], unitIds: ['pkm-a'] }, 'sandi-yang-kuat');
		const stored = (await admin.raw('GET', userPath(name))).body;
		expect(stored).toMatchObject({
			password_scheme: 'pbkdf2',
			pbkdf2_prf: 'sha256',
			iterations: 600_000
		});
	});

	it('upgrades an old SHA-1 hash with 10 iterations at the next login', async () => {
		const name = `enum-lama-${suffix}`;
		users.push(name);
		const salt = randomBytes(16).toString('hex');
		const old = {
			_id: `org.couchdb.user:${name}`,
			type: 'user',
			name,
			roles: [],
			password_scheme: 'pbkdf2',
			iterations: 10,
			salt,
			derived_key: pbkdf2Sync('sandi-lama-sekali', salt, 10, 20, 'sha1').toString('hex')
		};
		expect((await admin.raw('PUT', userPath(name), old)).status).toBe(201);
		expect((await logIn(name, 'sandi-lama-sekali')).status).toBe(200);
		await expect
			.poll(async () => (await admin.raw('GET', userPath(name))).body)
			.toMatchObject({ pbkdf2_prf: 'sha256', iterations: 600_000 });
	});

	it('gives SameSite=Strict persistent cookies and answers an anonymous GET /_session', async () => {
		const name = `enum-kue-${suffix}`;
		users.push(name);
		await addUser(admin, { name, peran: ['enumerator'], unitIds: ['pkm-a'] }, 'sandi-kue-kering');
		const res = await logIn(name, 'sandi-kue-kering');
		const cookie = res.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/SameSite=Strict/i);
		expect(cookie).toMatch(/Max-Age=43200/);
		expect(cookie).not.toMatch(/Domain=/i);
		const session = await anonymous.raw('GET', '/_session');
		expect(session.status).toBe(200);
		expect(session.headers.get('www-authenticate')).toBeNull();
	});

	it('leaves the lockout to the guard: CouchDB itself only logs failed logins', async () => {
		// Behind the guard every client has the guard's address; CouchDB's own lockout would lock the
		// account for everyone (auth-lockout.test.ts shows the guard's lockout per client).
		const name = `enum-tebak-${suffix}`;
		users.push(name);
		await addUser(admin, { name, peran: ['enumerator'], unitIds: ['pkm-a'] }, 'sandi-benar-sekali');
		for (let i = 0; i < 6; i++) expect((await logIn(name, `salah-${i}`)).status).toBe(401);
		expect((await logIn(name, 'sandi-benar-sekali')).status).toBe(200);
	});
});
