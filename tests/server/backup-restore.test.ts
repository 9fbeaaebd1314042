/**
 * A backup holds every Rapor database (documents with their revision histories, conflicts,
 * security objects, design documents and the accounts); restoring it into a fresh server gives
 * back the same documents under the same revisions, and the same accounts with their passwords.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument } from '../../src/lib/domain/document.ts';
import { backup, BackupError, BACKUP_DATABASES, restore } from '../../sync-server/admin/backup.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';
import { admin as adminCli } from './helpers/cli.ts';
import {
	ACCOUNTS,
	cancel,
	createAccounts,
	koreksiDoc,
	masterDocs,
	OPD_X,
	passwordOf,
	realisasi,
	response,
	makeHistory,
	UNIT_A
} from './helpers/factories.ts';
import { bulkDocs, deleteDoc, seed } from './helpers/http.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

let source: TestServer;
let target: TestServer;
const dir = tempDir('rapor-backup-');
const file = join(dir, 'rapor.ndjson');

/** Every leaf revision of a database with its body, for comparing two servers. */
async function snapshot(client: CouchClient, db: string) {
	const res = await client.raw('GET', `/${db}/_all_docs`, undefined, {
		include_docs: true,
		conflicts: true
	});
	const rows = (res.body as { rows: { id: string; doc: Record<string, unknown> }[] }).rows;
	// Design documents are setup's: the same content on both servers, each with its own revision.
	return rows
		.filter((r) => db !== '_users' || r.id.startsWith('org.couchdb.user:'))
		.map((r) => (r.id.startsWith('_design/') ? { ...r.doc, _rev: 'setup' } : r.doc));
}

beforeAll(async () => {
	source = await startTestServer();
	target = await startTestServer();
	const a = source.admin;
	await createAccounts(a);
	for (const d of masterDocs()) await seed(a, DATABASE.master, d);
	const r = await seed(a, DATABASE.skm, toDocument('response', response(UNIT_A, 'enum-a')));
	await seed(
		a,
		DATABASE.skm,
		koreksiDoc(cancel(String(r.id), 'enum-a'), { unitId: UNIT_A, enumerator: 'enum-a' })
	);
	const gone = await seed(a, DATABASE.skm, toDocument('response', response(UNIT_A, 'enum-a')));
	await deleteDoc(a, DATABASE.skm, gone._id, gone._rev!);
	const entry = await seed(
		a,
		DATABASE.realisasi,
		toDocument(
			'realisasi',
			realisasi(OPD_X, '2026-TW1', 'draft', [makeHistory('staf-x', 'simpan')])
		)
	);
	await seed(a, DATABASE.realisasi, {
		...entry,
		realisasiFisik: 31,
		riwayat: [...entry.riwayat!, makeHistory('staf-x', 'simpan')]
	});
	// A conflict, as two offline devices leave it: another revision 2 from the same parent.
	const other = 'c'.repeat(32);
	const conflict = await bulkDocs(
		a,
		DATABASE.realisasi,
		[
			{
				...entry,
				realisasiFisik: 99,
				riwayat: [...entry.riwayat!, makeHistory('staf-x', 'simpan')],
				_rev: `2-${other}`,
				_revisions: { start: 2, ids: [other, entry._rev!.slice(2)] }
			}
		],
		false
	);
	expect(conflict.body).toEqual([]);
}, 30_000);

afterAll(async () => {
	await source.close();
	await target.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
	it('writes every database to one file of mode 0600', async () => {
		const report = await backup(source.admin, file);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(Object.keys(report.jumlah)).toEqual([...BACKUP_DATABASES]);
		expect(report.jumlah[DATABASE.realisasi]).toBe(3); // design doc + two conflicting leaves
		expect(report.jumlah._users).toBe(Object.keys(ACCOUNTS).length);
		const text = readFileSync(file, 'utf8');
		expect(text).not.toContain(passwordOf(ACCOUNTS.enumA.name));
	});

	it('restores the same documents, revisions, conflicts and security into a fresh server', async () => {
		const report = await restore(target.admin, file);
		expect(report.ditolak).toEqual([]);
		for (const db of Object.values(DATABASE)) {
			expect(await snapshot(target.admin, db), db).toEqual(await snapshot(source.admin, db));
			expect((await target.admin.raw('GET', `/${db}/_security`)).body).toEqual(
				(await source.admin.raw('GET', `/${db}/_security`)).body
			);
		}
		const conflicted = await target.admin.raw(
			'GET',
			`/${DATABASE.realisasi}/_all_docs`,
			undefined,
			{
				include_docs: true,
				conflicts: true,
				key: `realisasi:${OPD_X}:2026-TW1`
			}
		);
		expect(JSON.stringify(conflicted.body)).toContain('_conflicts');
	});

	it('brings back the accounts with their passwords', async () => {
		const name = ACCOUNTS.opdX.name;
		const login = await target.anonymous.raw('POST', '/_session', {
			name,
			password: passwordOf(name)
		});
		expect(login.status).toBe(200);
		expect(login.body).toMatchObject({ roles: ['opd', `unit:${OPD_X}`] });
	});

	it('can run again: a second restore changes nothing', async () => {
		const before = await snapshot(target.admin, DATABASE.skm);
		const report = await restore(target.admin, file);
		expect(report.ditolak).toEqual([]);
		expect(report.setup.perubahan).toEqual([]);
		expect(await snapshot(target.admin, DATABASE.skm)).toEqual(before);
	});

	it('refuses a file that was cut short', async () => {
		const cut = join(dir, 'cut.ndjson');
		const lines = readFileSync(file, 'utf8').trim().split('\n');
		writeFileSync(cut, `${lines.slice(0, -1).join('\n')}\n`);
		await expect(restore(target.admin, cut)).rejects.toBeInstanceOf(BackupError);
	});

	it('runs from the admin CLI, which never overwrites an existing file', async () => {
		const env = {
			RAPOR_SERVER_URL: source.running.url,
			RAPOR_ADMIN_PASSWORD: source.running.admin.password
		};
		const out = join(dir, 'cli.ndjson');
		const made = await adminCli(['backup', out], env);
		expect(made.code, made.stderr).toBe(0);
		const again = await adminCli(['backup', out], env);
		expect(again.code).not.toBe(0);
		const restored = await adminCli(['restore', out], {
			RAPOR_SERVER_URL: target.running.url,
			RAPOR_ADMIN_PASSWORD: target.running.admin.password
		});
		expect(restored.code, restored.stderr).toBe(0);
	});
});
