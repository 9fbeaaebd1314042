/**
 * PouchDB replication against the server, as the app's sync engine will use it: pushes and pulls
 * resume without duplicates, replicated updates are kept, concurrent offline edits become a
 * conflict (both versions kept, nothing refused), and a refused document does not stop the rest.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument, type StoredDocument } from '../../src/lib/domain/document.ts';
import { loadPouchDB, type PouchDatabase, type PouchDoc } from '../../sync-server/couch/pouchdb.ts';
import { addUser } from '../../sync-server/admin/users.ts';
import { docPath, type CouchClient } from '../../sync-server/http/couch-client.ts';
import type { HistoryEntry } from '../../src/lib/domain/schemas.ts';
import {
	ACCOUNTS,
	createAccounts,
	masterDocs,
	OPD_X,
	passwordOf,
	realisasi,
	response,
	makeHistory,
	UNIT_A,
	UNIT_B
} from './helpers/factories.ts';
import { bulkDocs, childRevision, seed, tombstoneOf, type StoredDoc } from './helpers/http.ts';
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

function remote(db: string, who: keyof typeof ACCOUNTS): PouchDatabase {
	const name = ACCOUNTS[who].name;
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

const asPouch = (d: StoredDocument) => d as unknown as PouchDoc;

type Entry = PouchDoc & { _conflicts?: string[]; riwayat: HistoryEntry[] };

/** A realisation entry as `c` reads it from the server. */
async function entryAs(c: CouchClient, id: string, query: Record<string, string | boolean> = {}) {
	const res = await c.raw('GET', docPath(DATABASE.realisasi, id), undefined, query);
	expect(res.status, JSON.stringify(res.body)).toBe(200);
	return res.body as Entry;
}

describe('replication with PouchDB', () => {
	it('pushes an enumerator’s responses once; a second push sends nothing', async () => {
		const local = device('enum-a');
		const docs = Array.from({ length: 30 }, () =>
			asPouch(toDocument('response', response(UNIT_A, 'enum-a')))
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
		const good = asPouch(toDocument('response', response(UNIT_A, 'enum-a')));
		const bad = asPouch(toDocument('response', response(UNIT_B, 'enum-a')));
		await local.bulkDocs([good, bad]);
		const result = await local.replicate.to(remote(DATABASE.skm, 'enumA'));
		expect(result).toMatchObject({ docs_written: 1, doc_write_failures: 1 });
		expect(JSON.stringify(result.errors)).toContain('akses.bukanUnitAnda');
		expect((await t.admin.raw('GET', docPath(DATABASE.skm, good._id))).status).toBe(200);
		expect((await t.admin.raw('GET', docPath(DATABASE.skm, bad._id))).status).toBe(404);
	});

	it('keeps a replicated update of a realisation entry', async () => {
		const local = device('opd-x');
		const entry = toDocument(
			'realisasi',
			realisasi(OPD_X, '2026-TW2', 'draft', [makeHistory('staf-x', 'simpan')])
		);
		const created = await local.put(asPouch(entry));
		const server = remote(DATABASE.realisasi, 'opdX');
		await local.replicate.to(server);
		// Two more offline saves, then one push carrying revision 3.
		let rev = created.rev;
		for (const fisik of [40, 45]) {
			const current = await local.get(entry._id);
			const history = [...(current.riwayat as unknown[]), makeHistory('staf-x', 'simpan')];
			rev = (await local.put({ ...current, realisasiFisik: fisik, riwayat: history })).rev;
		}
		const pushed = await local.replicate.to(server);
		expect(pushed).toMatchObject({ docs_written: 1, doc_write_failures: 0 });
		const onServer = (await t.admin.raw('GET', docPath(DATABASE.realisasi, entry._id)))
			.body as PouchDoc;
		expect(onServer._rev).toBe(rev);
		expect(onServer.realisasiFisik).toBe(45);
	});

	/** A draft saved on a phone and on a laptop while both were offline, both pushed. */
	async function editedOnTwoDevices(periodeId: string) {
		const server = remote(DATABASE.realisasi, 'opdX');
		const entry = toDocument(
			'realisasi',
			realisasi(OPD_X, periodeId, 'draft', [makeHistory('staf-x', 'simpan')])
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
			const history = [...(current.riwayat as unknown[]), makeHistory('staf-x', 'simpan')];
			await db.put({ ...current, realisasiFisik: fisik, riwayat: history });
		}
		expect(await phone.replicate.to(server)).toMatchObject({ doc_write_failures: 0 });
		expect(await laptop.replicate.to(server)).toMatchObject({
			docs_written: 1,
			doc_write_failures: 0
		});
		return { server, entry, laptop };
	}

	it('turns concurrent offline edits of one entry into a conflict that keeps both', async () => {
		const { entry } = await editedOnTwoDevices('2026-TW3');
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

	it('takes a conflict resolved on a device: the merged revision and a tombstone on the loser', async () => {
		const { server, entry, laptop } = await editedOnTwoDevices('2026-TW4');
		await laptop.replicate.from(server);
		const current = await laptop.get(entry._id, { conflicts: true });
		const { _conflicts: losers, ...winner } = current as PouchDoc & { _conflicts: string[] };
		expect(losers).toHaveLength(1);
		const history = [...(winner.riwayat as unknown[]), makeHistory('staf-x', 'simpan', 'gabungan')];
		await laptop.bulkDocs([
			{ ...winner, realisasiFisik: 55, riwayat: history },
			{ _id: entry._id, _rev: losers[0]!, _deleted: true }
		]);
		expect(await laptop.replicate.to(server)).toMatchObject({
			docs_written: 2,
			doc_write_failures: 0
		});
		const onServer = await entryAs(t.admin, entry._id, { conflicts: true });
		expect(onServer).toMatchObject({ realisasiFisik: 55 });
		expect(onServer).not.toHaveProperty('_conflicts');
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
		// Not a member: 401 from the embedded server, 403 from Apache CouchDB.
		const refused = await local.replicate
			.from(remote(DATABASE.skm, 'opdX'))
			.catch((e: { status?: number }) => e);
		expect([401, 403]).toContain((refused as { status?: number }).status);
	});
});

describe('two OPD staff of one OPD resolve a conflict on a draft', () => {
	const hash = (c: string) => c.repeat(32);
	const as = (name: string) => t.anonymous.as({ name, password: passwordOf(name) });
	const push = async (c: CouchClient, docs: StoredDoc[]) => {
		const res = await bulkDocs(c, DATABASE.realisasi, docs, false);
		expect(res.status, JSON.stringify(res.body)).toBe(201);
		expect(res.body).toEqual([]);
	};

	it('keeps both offline saves, then takes the merged revision and the tombstone in one request', async () => {
		await addUser(
			t.admin,
			{ ...ACCOUNTS.opdX, name: 'staf-x2', unitIds: [OPD_X] },
			passwordOf('staf-x2')
		);
		const stafX = as('staf-x');
		const stafX2 = as('staf-x2');
		const reviewer = as(ACCOUNTS.reviewer.name);
		const base = await seed(
			stafX,
			DATABASE.realisasi,
			toDocument(
				'realisasi',
				realisasi(OPD_X, '2027-TW1', 'draft', [makeHistory('staf-x', 'simpan')])
			)
		);
		const save = (oleh: string, realisasiFisik: number) => ({
			...base,
			realisasiFisik,
			riwayat: [...base.riwayat!, makeHistory(oleh, 'simpan')]
		});
		// Offline, each saves once: two children of revision 1, pushed with new_edits=false.
		const kalah = childRevision(save('staf-x', 40), hash('a'));
		const menang = childRevision(save('staf-x2', 60), hash('b'));
		await push(stafX, [kalah]);
		await push(stafX2, [menang]);
		const conflicted = await entryAs(reviewer, base._id, { conflicts: true });
		expect(conflicted._rev).toBe(menang._rev);
		expect(conflicted._conflicts).toEqual([kalah._rev]);

		// staf-x merges on their device: the merge goes on the winning branch, the loser is closed.
		const merged = childRevision(
			{
				...menang,
				realisasiFisik: 50,
				riwayat: [...menang.riwayat!, makeHistory('staf-x', 'simpan', 'gabungan dua perangkat')]
			},
			hash('c')
		);
		await push(stafX, [merged, tombstoneOf(kalah, hash('d'))]);

		const resolved = await entryAs(reviewer, base._id, { conflicts: true });
		expect(resolved).not.toHaveProperty('_conflicts');
		expect(resolved).toMatchObject({ _rev: merged._rev, realisasiFisik: 50 });
		expect(resolved.riwayat.map((r) => r.oleh)).toEqual(['staf-x', 'staf-x2', 'staf-x']);
		const leaves = await reviewer.raw('GET', docPath(DATABASE.realisasi, base._id), undefined, {
			open_revs: 'all'
		});
		const revs = (leaves.body as { ok: PouchDoc }[]).map((l) => [l.ok._rev, l.ok._deleted]);
		expect(revs.sort()).toEqual([
			[merged._rev, undefined],
			[`3-${hash('d')}`, true]
		]);
		const view = await reviewer.raw('GET', `/${DATABASE.realisasi}/_design/rapor/_view/konflik`);
		expect(JSON.stringify(view.body)).not.toContain(base._id);
		// The same push again (a retried sync) changes nothing.
		await push(stafX, [merged, tombstoneOf(kalah, hash('d'))]);
		expect((await entryAs(reviewer, base._id))._rev).toBe(merged._rev);
	});
});
