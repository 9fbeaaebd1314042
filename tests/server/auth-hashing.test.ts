/**
 * Password hashes in `_users` as Apache CouchDB 3.4+ writes them: PBKDF2 with SHA-256 and 600,000
 * iterations (never pouchdb-auth's SHA-1 with 10). Hashes written before (existing data
 * directories, backups) still log in and are replaced by the strong hash at the next login.
 * Backups keep hashes exactly as stored.
 */
import { pbkdf2Sync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, restore } from '../../sync-server/admin/backup.ts';
import { addUser, setPassword } from '../../sync-server/admin/users.ts';
import { PBKDF2_ITERATIONS } from '../../sync-server/auth/passwords.ts';
import { docPath } from '../../sync-server/http/couch-client.ts';
import { COUCHDB_URL } from './helpers/couchdb.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

interface StoredUser {
	_id: string;
	_rev: string;
	name: string;
	roles: string[];
	password?: string;
	password_scheme?: string;
	pbkdf2_prf?: string;
	iterations?: number;
	salt?: string;
	derived_key?: string;
}

const userPath = (name: string) => docPath('_users', `org.couchdb.user:${name}`);

let t: TestServer;
const dirs: string[] = [];

async function storedUser(server: TestServer, name: string): Promise<StoredUser> {
	const res = await server.admin.raw('GET', userPath(name));
	expect(res.status).toBe(200);
	return res.body as StoredUser;
}

const logIn = (server: TestServer, name: string, password: string) =>
	server.anonymous.raw('POST', '/_session', { name, password });

const pouchdbAuth = createRequire(import.meta.url)('pouchdb-auth/lib/utils') as {
	hashPassword(password: string, salt: string, iterations: number): Promise<string>;
};

/** A user document as pouchdb-auth wrote it (the embedded server before this change). */
async function oldStyleUser(name: string, password: string) {
	const salt = '0123456789abcdef0123456789abcdef';
	const derived_key = await pouchdbAuth.hashPassword(password, salt, 10);
	expect(derived_key).toBe(pbkdf2Sync(password, salt, 10, 20, 'sha1').toString('hex'));
	return {
		_id: `org.couchdb.user:${name}`,
		type: 'user',
		name,
		roles: ['enumerator', 'unit:pkm-a'],
		password_scheme: 'pbkdf2',
		iterations: 10,
		salt,
		derived_key
	};
}

beforeAll(async () => {
	t = await startTestServer();
});
afterAll(async () => {
	await t.close();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('password hashes', () => {
	it('are PBKDF2-SHA256 with 600,000 iterations when an account is made', async () => {
		await addUser(
			t.admin,
			{ name: 'enum-baru', peran: ['enumerator'], unitIds: ['pkm-a'] },
			'sandi-enum-baru'
		);
		const stored = await storedUser(t, 'enum-baru');
		expect(stored).toMatchObject({
			password_scheme: 'pbkdf2',
			pbkdf2_prf: 'sha256',
			iterations: 600_000
		});
		expect(PBKDF2_ITERATIONS).toBe(600_000);
		expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
		expect(stored.derived_key).toMatch(/^[0-9a-f]{64}$/);
		expect(stored).not.toHaveProperty('password');
		const expected = pbkdf2Sync('sandi-enum-baru', stored.salt!, 600_000, 32, 'sha256');
		expect(stored.derived_key).toBe(expected.toString('hex'));
		expect((await logIn(t, 'enum-baru', 'sandi-enum-baru')).status).toBe(200);
	});

	it('are strong too when a password is changed', async () => {
		await setPassword(t.admin, 'enum-baru', 'sandi-enum-ganti');
		const stored = await storedUser(t, 'enum-baru');
		expect(stored).toMatchObject({ pbkdf2_prf: 'sha256', iterations: 600_000 });
		expect(stored).not.toHaveProperty('password');
	});

	it('stop accepting the old password once it is changed, also by Basic auth used before', async () => {
		await addUser(
			t.admin,
			{ name: 'enum-ganti', peran: ['enumerator'], unitIds: ['pkm-a'] },
			'sandi-lama-1'
		);
		const before = t.anonymous.as({ name: 'enum-ganti', password: 'sandi-lama-1' });
		expect((await before.raw('GET', '/_session')).status).toBe(200);
		await setPassword(t.admin, 'enum-ganti', 'sandi-baru-2');
		expect((await before.raw('GET', '/_session')).status).toBe(401);
		const after = t.anonymous.as({ name: 'enum-ganti', password: 'sandi-baru-2' });
		expect((await after.raw('GET', '/_session')).body).toMatchObject({
			userCtx: { name: 'enum-ganti' }
		});
	});
});

describe('an old SHA-1 hash with 10 iterations', () => {
	it('still logs in, and is replaced by PBKDF2-SHA256 at that login', async () => {
		const old = await oldStyleUser('enum-lama', 'sandi-enum-lama');
		expect((await t.admin.raw('PUT', userPath('enum-lama'), old)).status).toBe(201);
		expect(await storedUser(t, 'enum-lama')).toMatchObject({ iterations: 10, salt: old.salt });

		const res = await logIn(t, 'enum-lama', 'sandi-enum-lama');
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ ok: true, name: 'enum-lama', roles: old.roles });

		// Apache CouchDB writes the new hash just after answering the login.
		await expect
			.poll(() => storedUser(t, 'enum-lama'))
			.toMatchObject({
				password_scheme: 'pbkdf2',
				pbkdf2_prf: 'sha256',
				iterations: 600_000,
				roles: old.roles
			});
		const upgraded = await storedUser(t, 'enum-lama');
		expect(upgraded.derived_key).not.toBe(old.derived_key);
		expect((await logIn(t, 'enum-lama', 'sandi-enum-lama')).status).toBe(200);
		expect((await logIn(t, 'enum-lama', 'sandi-salah')).status).toBe(401);
	});

	// Apache CouchDB keeps the account's salt when it upgrades the hash.
	it.skipIf(COUCHDB_URL)('gets a new salt with the new hash (embedded server only)', async () => {
		const old = await oldStyleUser('enum-lama-garam', 'sandi-enum-lama');
		expect((await t.admin.raw('PUT', userPath('enum-lama-garam'), old)).status).toBe(201);
		expect((await logIn(t, 'enum-lama-garam', 'sandi-enum-lama')).status).toBe(200);
		const upgraded = await storedUser(t, 'enum-lama-garam');
		expect(upgraded).toMatchObject({ pbkdf2_prf: 'sha256', iterations: 600_000 });
		expect(upgraded.salt).not.toBe(old.salt);
	});

	it('is not replaced by a wrong password', async () => {
		const old = await oldStyleUser('enum-lama-2', 'sandi-enum-lama');
		await t.admin.raw('PUT', userPath('enum-lama-2'), old);
		expect((await logIn(t, 'enum-lama-2', 'bukan-sandinya')).status).toBe(401);
		expect(await storedUser(t, 'enum-lama-2')).toMatchObject({
			iterations: 10,
			derived_key: old.derived_key
		});
	});
});

describe('a backup', () => {
	it('keeps every hash as it is, and the accounts log in on the restored server', async () => {
		await addUser(
			t.admin,
			{ name: 'enum-cadang', peran: ['enumerator'], unitIds: ['pkm-a'] },
			'sandi-cadangan'
		);
		const old = await oldStyleUser('enum-cadang-lama', 'sandi-cadangan-lama');
		await t.admin.raw('PUT', userPath('enum-cadang-lama'), old);
		const strong = await storedUser(t, 'enum-cadang');

		const dir = tempDir('rapor-hash-backup-');
		dirs.push(dir);
		const file = join(dir, 'cadangan.jsonl');
		await backup(t.admin, file);
		const restored = await startTestServer();
		try {
			await restore(restored.admin, file);
			const pick = ({
				password_scheme,
				pbkdf2_prf,
				iterations,
				salt,
				derived_key
			}: StoredUser) => ({
				password_scheme,
				pbkdf2_prf,
				iterations,
				salt,
				derived_key
			});
			expect(pick(await storedUser(restored, 'enum-cadang'))).toEqual(pick(strong));
			expect(await storedUser(restored, 'enum-cadang-lama')).toMatchObject({
				iterations: 10,
				salt: old.salt,
				derived_key: old.derived_key
			});
			expect((await logIn(restored, 'enum-cadang', 'sandi-cadangan')).status).toBe(200);
			expect((await logIn(restored, 'enum-cadang-lama', 'sandi-cadangan-lama')).status).toBe(200);
		} finally {
			await restored.close();
		}
	});
});
