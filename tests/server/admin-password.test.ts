/**
 * No "admin party": the embedded server always has a server admin, whose password comes from
 * RAPOR_ADMIN_PASSWORD or from a file made on first start, readable by its owner only. In front of
 * Apache CouchDB the server admin is CouchDB's (RAPOR_COUCHDB_URL); there is no admin party either.
 */
import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD_FILE, SESSION_SECRET_FILE } from '../../sync-server/secrets.ts';
import { COUCHDB_URL } from './helpers/couchdb.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

const mode = (file: string) => statSync(file).mode & 0o777;
const started: TestServer[] = [];
const dirs: string[] = [];

async function start(dataDir: string, env: Record<string, string> = {}) {
	const t = await startTestServer({ dataDir, env });
	started.push(t);
	return t;
}

/** A data directory that does not exist yet, as on a first start. */
function newDataDir() {
	const parent = tempDir('rapor-secrets-');
	dirs.push(parent);
	return join(parent, 'data');
}

afterEach(async () => {
	for (const t of started.splice(0)) await t.close();
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the server admin', () => {
	it.skipIf(COUCHDB_URL)(
		'gets a generated password on first start, in a file of mode 0600 (embedded server only)',
		async () => {
			const dataDir = newDataDir();
			const t = await start(dataDir);
			const file = join(dataDir, ADMIN_PASSWORD_FILE);
			expect(t.running.admin).toMatchObject({ name: 'admin', source: 'generated', file });
			expect(mode(file)).toBe(0o600);
			expect(mode(dataDir)).toBe(0o700);
			expect(readFileSync(file, 'utf8').trim()).toBe(t.running.admin.password);
			expect(t.running.admin.password.length).toBeGreaterThanOrEqual(20);
			const session = await t.admin.raw('GET', '/_session');
			expect(session.body).toMatchObject({ userCtx: { name: 'admin', roles: ['_admin'] } });
		}
	);

	it.skipIf(COUCHDB_URL)(
		'keeps the same password across restarts (embedded server only)',
		async () => {
			const dataDir = newDataDir();
			const first = await start(dataDir);
			const password = first.running.admin.password;
			await first.close();
			const second = await start(dataDir);
			expect(second.running.admin).toMatchObject({ source: 'file', password });
		}
	);

	it.skipIf(COUCHDB_URL)(
		'tightens a password file someone made readable to others (embedded server only)',
		async () => {
			const dataDir = newDataDir();
			await (await start(dataDir)).close();
			chmodSync(join(dataDir, ADMIN_PASSWORD_FILE), 0o644);
			await start(dataDir);
			expect(mode(join(dataDir, ADMIN_PASSWORD_FILE))).toBe(0o600);
		}
	);

	it.skipIf(COUCHDB_URL)(
		'takes RAPOR_ADMIN_PASSWORD when given, and writes no file (embedded server only)',
		async () => {
			const dataDir = newDataDir();
			const t = await start(dataDir, {
				RAPOR_ADMIN_PASSWORD: 'kata-sandi-dari-env',
				RAPOR_ADMIN_USER: 'kepala'
			});
			expect(t.running.admin).toMatchObject({ name: 'kepala', source: 'env' });
			expect(existsSync(join(dataDir, ADMIN_PASSWORD_FILE))).toBe(false);
			const other = t.anonymous.as({ name: 'kepala', password: 'kata-sandi-dari-env' });
			expect((await other.raw('GET', '/_all_dbs')).status).toBe(200);
		}
	);

	it.skipIf(COUCHDB_URL)(
		'keeps the session secret in a 0600 file too (embedded server only)',
		async () => {
			const dataDir = newDataDir();
			await start(dataDir);
			expect(mode(join(dataDir, SESSION_SECRET_FILE))).toBe(0o600);
		}
	);

	it('is the only one who may use server endpoints: there is no admin party', async () => {
		const t = await start(newDataDir());
		for (const [method, path] of [
			['GET', '/_config'],
			['PUT', '/rapor-baru'],
			['GET', '/_users/_all_docs'],
			['GET', '/_config/admins'],
			['GET', '/_node/node1@127.0.0.1/_config']
		] as const) {
			expect((await t.anonymous.raw(method, path)).status, `${method} ${path}`).toBe(401);
		}
		const wrong = t.anonymous.as({ name: 'admin', password: 'tebakan' });
		expect((await wrong.raw('GET', '/_all_dbs')).status).toBe(401);
	});
});
