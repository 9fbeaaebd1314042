/**
 * PouchDB replication against the server, as the app's sync engine will use it: pushes and pulls
 * resume without duplicates, replicated updates are kept, concurrent offline edits become a
 * conflict (both versions kept, nothing refused), and a refused document does not stop the rest.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, keDokumen, type Dokumen } from '../../src/lib/domain/dokumen.ts';
import { loadPouchDB, type PouchDatabase, type PouchDoc } from '../../sync-server/couch/pouchdb.ts';
import { docPath } from '../../sync-server/http/couch-client.ts';
import {
	AKUN,
	createAccounts,
	masterDocs,
	OPD_X,
	passwordOf,
	realisasi,
	response,
	riwayat,
	UNIT_A,
	UNIT_B
} from './helpers/factories.ts';
import { seed } from './helpers/http.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

const PouchDB = loadPouchDB();
let t: TestServer;
const localDir = tempDir('rapor-device-');
const opened: PouchDatabase[] = [];

function device(name: string): PouchDatabase {
	const db = new PouchDB(`${localDir}/${name}-${opened.length}`);
	opened.push(db);
	return db;
}

function remote(db: string, who: keyof typeof AKUN): PouchDatabase {
	const name = AKUN[who].name;
	const r = new PouchDB(`${t.running.couchUrl}/${db}`, {
		auth: { username: name, password: passwordOf(name) },
		skip_setup: true
	});
	opened.push(r);
	return r;
}

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
	for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
});
afterAll(async () => {
	await Promise.allSettled(opened.map((db) => db.close()));
	await t.close();
	rmSync(localDir, { recursive: true, force: true });
});

const asPouch = (d: Dokumen) => d as unknown as PouchDoc;

describe('replication with PouchDB', () => {
	it('pushes an enumerator’s responses once; a second push sends nothing', async () => {
		const local = device('enum-a');
		const docs = Array.from({ length: 30 }, () =>
			asPouch(keDokumen('response', response(UNIT_A, 'enum-a')))
		);
		await local.bulkDocs(docs);
		const server = remote(DATABASE.skm, 'enumA');
		const first = await local.replicate.to(server);
		expect(first).toMatchObject({ ok: true, docs_written: 30, doc_write_failures: 0 });
		const second = await local.replicate.to(server);
		expect(second).toMatchObject({ ok: true, docs_written: 0, doc_write_failures: 0 });
	});

	it('reports a refused document and still pushes the rest', async () => {
		const local = device('enum-a-bad');
		const good = asPouch(keDokumen('response', response(UNIT_A, 'enum-a')));
		const bad = asPouch(keDokumen('response', response(UNIT_B, 'enum-a')));
		await local.bulkDocs([good, bad]);
		const result = await local.replicate.to(remote(DATABASE.skm, 'enumA'));
		expect(result).toMatchObject({ docs_written: 1, doc_write_failures: 1 });
		expect(JSON.stringify(result.errors)).toContain('akses.bukanUnitAnda');
		expect((await t.admin.raw('GET', docPath(DATABASE.skm, good._id))).status).toBe(200);
		expect((await t.admin.raw('GET', docPath(DATABASE.skm, bad._id))).status).toBe(404);
	});

	it('keeps a replicated update of a realisation entry', async () => {
		const local = device('opd-x');
		const entry = keDokumen(
			'realisasi',
			realisasi(OPD_X, '2026-TW2', 'draft', [riwayat('staf-x', 'simpan')])
		);
		const created = await local.put(asPouch(entry));
		const server = remote(DATABASE.realisasi, 'opdX');
		await local.replicate.to(server);
		// Two more offline saves, then one push carrying revision 3.
		let rev = created.rev;
		for (const fisik of [40, 45]) {
			const current = await local.get(entry._id);
			const history = [...(current.riwayat as unknown[]), riwayat('staf-x', 'simpan')];
			rev = (await local.put({ ...current, realisasiFisik: fisik, riwayat: history })).rev;
		}
		const pushed = await local.replicate.to(server);
		expect(pushed).toMatchObject({ docs_written: 1, doc_write_failures: 0 });
		const onServer = (await t.admin.raw('GET', docPath(DATABASE.realisasi, entry._id)))
			.body as PouchDoc;
		expect(onServer._rev).toBe(rev);
		expect(onServer.realisasiFisik).toBe(45);
	});

	it('turns concurrent offline edits of one entry into a conflict that keeps both', async () => {
		const server = remote(DATABASE.realisasi, 'opdX');
		const entry = keDokumen(
			'realisasi',
			realisasi(OPD_X, '2026-TW3', 'draft', [riwayat('staf-x', 'simpan')])
		);
		const phone = device('phone');
		const laptop = device('laptop');
		await phone.put(asPouch(entry));
		await phone.replicate.to(server);
		await laptop.replicate.from(server);
		for (const [db, fisik] of [
			[phone, 50],
			[laptop, 60]
		] as const) {
			const current = await db.get(entry._id);
			const history = [...(current.riwayat as unknown[]), riwayat('staf-x', 'simpan')];
			await db.put({ ...current, realisasiFisik: fisik, riwayat: history });
		}
		expect(await phone.replicate.to(server)).toMatchObject({ doc_write_failures: 0 });
		expect(await laptop.replicate.to(server)).toMatchObject({
			docs_written: 1,
			doc_write_failures: 0
		});
		const res = await t.admin.raw('GET', docPath(DATABASE.realisasi, entry._id), undefined, {
			conflicts: true
		});
		const doc = res.body as PouchDoc & { _conflicts?: string[] };
		expect(doc._conflicts).toHaveLength(1);
		const both = [
			doc.realisasiFisik,
			(
				(
					await t.admin.raw('GET', docPath(DATABASE.realisasi, entry._id), undefined, {
						rev: doc._conflicts![0]!
					})
				).body as PouchDoc
			).realisasiFisik
		];
		expect(both.sort()).toEqual([50, 60]);
		// The admin's conflict view finds it.
		const view = await t.admin.raw('GET', `/${DATABASE.realisasi}/_design/rapor/_view/konflik`);
		expect(JSON.stringify(view.body)).toContain(entry._id);
	});

	it('lets a reviewer pull every response, and an enumerator of another unit too (reads are per database)', async () => {
		const reviewer = device('reviewer');
		const pulled = await reviewer.replicate.from(remote(DATABASE.skm, 'reviewer'));
		expect(pulled.ok).toBe(true);
		const info = await reviewer.info();
		expect(info.doc_count).toBeGreaterThanOrEqual(31);
	});

	it('refuses a pull of a database the role may not read', async () => {
		const local = device('opd-pull');
		await expect(local.replicate.from(remote(DATABASE.skm, 'opdX'))).rejects.toMatchObject({
			status: 401
		});
	});
});
