/**
 * The app's sync engine (src/lib/sync) against the real server over HTTP: devices are Dexie
 * databases with the outbox middleware; every push and pull is the replication protocol on the
 * wire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument } from '../../../src/lib/domain/document.ts';
import type { User, SkmResponse } from '../../../src/lib/domain/schemas.ts';
import { addResponses } from '../../../src/lib/db/responses-write.ts';
import { putRealisasi } from '../../../src/lib/db/realisasi-write.ts';
import { countPerStatus } from '../../../src/lib/db/sync.ts';
import { addUser } from '../../../sync-server/admin/users.ts';
import { docPath } from '../../../sync-server/http/couch-client.ts';
import {
	ACCOUNTS,
	OPD_X,
	passwordOf,
	realisasi,
	response,
	makeHistory,
	UNIT_A,
	UNIT_B
} from '../helpers/factories.ts';
import { seed } from '../helpers/http.ts';
import { type TestServer } from '../helpers/server.ts';
import { device, serverSync, type Device } from './device.ts';
import { META_IGNORED, type Ignored } from '../../../src/lib/sync/meta.ts';
import { push } from '../../../src/lib/sync/push.ts';
import type { Remote } from '../../../src/lib/sync/remote.ts';

let t: TestServer;
const devices: Device[] = [];

const ENUM_A: User = { nama: ACCOUNTS.enumA.name, peran: 'enumerator', unitIds: [UNIT_A] };
const REVIEWER: User = { nama: ACCOUNTS.reviewer.name, peran: 'reviewer', unitIds: [] };

async function open(user: User, wrap?: (r: Remote) => Remote): Promise<Device> {
	const d = await device(t.running.couchUrl, user, wrap);
	devices.push(d);
	return d;
}

async function serverDoc(db: string, id: string) {
	const res = await t.admin.raw('GET', docPath(db, id), undefined, { conflicts: 'true' });
	return res.body as Record<string, unknown> & { _rev: string; _conflicts?: string[] };
}

beforeAll(async () => {
	t = await serverSync();
});
afterAll(async () => {
	await Promise.all(devices.map((d) => d.close()));
	await t.close();
});

describe('push and pull', () => {
	it('queues a saved response in the same transaction and pushes it once', async () => {
		const enumerator = await open(ENUM_A);
		const r = response(UNIT_A, ENUM_A.nama);
		await addResponses(enumerator.db, [r]);
		const row = await enumerator.db.sinkron.get(`response:${r.id}`);
		expect(row).toMatchObject({ antre: 1, status: 'lokal', db: 'skm' });
		expect(row!.rev).toMatch(/^1-[0-9a-f]{32}$/);

		await enumerator.sync();
		expect(await enumerator.db.sinkron.get(`response:${r.id}`)).toMatchObject({
			antre: 0,
			status: 'tersinkron',
			rev: row!.rev
		});
		const stored = await serverDoc(DATABASE.skm, `response:${r.id}`);
		expect(stored._rev).toBe(row!.rev);
		expect(stored.jawaban).toEqual(r.jawaban);
	});

	it('brings a response from the enumerator to the reviewer, scored from the same data', async () => {
		const enumerator = await open(ENUM_A);
		const reviewer = await open(REVIEWER);
		const list = Array.from({ length: 30 }, () => response(UNIT_A, ENUM_A.nama));
		await addResponses(enumerator.db, list);
		await enumerator.sync();
		await reviewer.sync();
		const pulled = await reviewer.db.responses.bulkGet(list.map((r) => r.id));
		expect(pulled).toEqual(list);
		const counts = await countPerStatus(reviewer.db);
		expect(counts.lokal + counts.konflik + counts.ditolak).toBe(0);
		// Pulled records are not queued back.
		expect(await reviewer.db.sinkron.where('[db+antre]').equals(['skm', 1]).count()).toBe(0);
	});

	it('splits a queue into requests of bounded size, and every response arrives', async () => {
		const sizes: number[] = [];
		const enumerator = await open(ENUM_A, (r) => ({
			...r,
			bulkDocsReplikasi: (docs) => {
				sizes.push(JSON.stringify(docs).length);
				return r.bulkDocsReplikasi(docs);
			}
		}));
		const list = Array.from({ length: 30 }, () => ({
			...response(UNIT_A, ENUM_A.nama),
			saran: 'Antrean terlalu lama. '.repeat(90)
		}));
		await addResponses(enumerator.db, list);
		const limit = 20_000;
		await push(enumerator.db, enumerator.remote('skm'), 'skm', 250, limit);
		expect(sizes.length).toBeGreaterThanOrEqual(4);
		for (const size of sizes) expect(size).toBeLessThan(limit + 4_000);
		const stored = await Promise.all(list.map((r) => serverDoc(DATABASE.skm, `response:${r.id}`)));
		expect(stored.map((d) => d.saran)).toEqual(list.map((r) => r.saran));
	});

	it('gives an enumerator only the responses they recorded', async () => {
		const other: User = { nama: ACCOUNTS.enumB.name, peran: 'enumerator', unitIds: [UNIT_B] };
		const b = await open(other);
		const mine = response(UNIT_B, other.nama);
		await addResponses(b.db, [mine]);
		await b.sync();
		const fresh = await open(other);
		await fresh.sync();
		const ids = await fresh.db.responses.toCollection().primaryKeys();
		expect(ids).toEqual([mine.id]);
		expect(await fresh.db.units.count()).toBe(4);
	});

	it('resumes a push cut after the server stored the batch, with no duplicate', async () => {
		let potong = true;
		const enumerator = await open(ENUM_A, (r) => ({
			...r,
			async bulkDocsReplikasi(docs) {
				const res = await r.bulkDocsReplikasi(docs);
				if (potong) {
					potong = false;
					throw Object.assign(new Error('connection reset'), { status: undefined });
				}
				return res;
			}
		}));
		const list = Array.from({ length: 5 }, () => response(UNIT_A, ENUM_A.nama));
		await addResponses(enumerator.db, list);
		await expect(enumerator.sync()).rejects.toThrow('connection reset');
		expect(await enumerator.db.sinkron.where('[db+antre]').equals(['skm', 1]).count()).toBe(5);
		await enumerator.sync();
		expect(await enumerator.db.sinkron.where('[db+antre]').equals(['skm', 1]).count()).toBe(0);
		for (const r of list) {
			const stored = await serverDoc(DATABASE.skm, `response:${r.id}`);
			expect(stored._rev).toMatch(/^1-/);
			expect(stored._conflicts).toBeUndefined();
		}
	});

	it('resumes a pull cut between batches from its checkpoint', async () => {
		const enumerator = await open(ENUM_A);
		const list = Array.from({ length: 12 }, () => response(UNIT_A, ENUM_A.nama));
		await addResponses(enumerator.db, list);
		await enumerator.sync();

		let panggilan = 0;
		const reviewer = await open(REVIEWER, (r) => ({
			...r,
			async changes(opsi) {
				if (++panggilan === 2) throw Object.assign(new Error('offline'), { status: undefined });
				return r.changes(opsi);
			}
		}));
		const { pull } = await import('../../../src/lib/sync/pull.ts');
		const remote = reviewer.remote('skm');
		await pull(reviewer.db, remote, 'skm', { batas: 5 });
		const setelahSatu = await reviewer.db.responses.count();
		await expect(pull(reviewer.db, remote, 'skm', { batas: 5 })).rejects.toThrow('offline');
		expect(await reviewer.db.responses.count()).toBe(setelahSatu);
		while (!(await pull(reviewer.db, remote, 'skm', { batas: 5 })).tersusul);
		const ids = await reviewer.db.responses.toCollection().primaryKeys();
		for (const r of list) expect(ids).toContain(r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('refusals', () => {
	it('keeps a refused response on the device with the reason, and syncs the rest', async () => {
		const enumerator = await open(ENUM_A);
		const bukanMilik: SkmResponse = response(UNIT_B, ENUM_A.nama);
		const baik = [response(UNIT_A, ENUM_A.nama), response(UNIT_A, ENUM_A.nama)];
		await addResponses(enumerator.db, [baik[0]!, bukanMilik, baik[1]!]);
		await enumerator.sync();
		const row = await enumerator.db.sinkron.get(`response:${bukanMilik.id}`);
		expect(row).toMatchObject({ status: 'ditolak', antre: 0 });
		expect(row!.alasan!.key).toBe('akses.bukanUnitAnda');
		expect(await enumerator.db.responses.get(bukanMilik.id)).toEqual(bukanMilik);
		for (const r of baik) {
			expect((await enumerator.db.sinkron.get(`response:${r.id}`))!.status).toBe('tersinkron');
		}
		// Not retried on every round: it waits for the person.
		await enumerator.sync();
		expect((await enumerator.db.sinkron.get(`response:${bukanMilik.id}`))!.status).toBe('ditolak');
	});

	it('refuses, record by record, what a role may not write at all', async () => {
		const reviewer = await open(REVIEWER);
		await putRealisasi(reviewer.db, [
			realisasi(OPD_X, '2026-TW1', 'draft', [makeHistory(REVIEWER.nama, 'simpan')])
		]);
		await reviewer.sync();
		const row = await reviewer.db.sinkron.get(`realisasi:${OPD_X}:2026-TW1`);
		expect(row).toMatchObject({ status: 'ditolak' });
		expect(row!.alasan!.key).toBe('akses.hanyaBaca');
	});
});

describe('conflicts', () => {
	it('keeps both offline edits of one entry, and a resolution reaches every device', async () => {
		await addUser(
			t.admin,
			{ name: 'staf-x2', peran: ['opd'], unitIds: [OPD_X] },
			passwordOf('staf-x2')
		);
		const ani: User = { nama: ACCOUNTS.opdX.name, peran: 'opd', unitIds: [OPD_X] };
		const budi: User = { nama: 'staf-x2', peran: 'opd', unitIds: [OPD_X] };
		const a = await open(ani);
		const b = await open(budi);
		const entri = realisasi(OPD_X, '2026-TW2', 'draft', [makeHistory(ani.nama, 'simpan')]);
		await putRealisasi(a.db, [entri]);
		await a.sync();
		await b.sync();
		const id = `realisasi:${entri.id}`;

		// Both edit offline, then both sync.
		const diA = {
			...entri,
			realisasiFisik: 60,
			riwayat: [
				...entri.riwayat!,
				{ ...makeHistory(ani.nama, 'simpan'), waktu: '2026-02-11T08:00:00+07:00' }
			]
		};
		const diB = {
			...entri,
			realisasiFisik: 70,
			catatan: 'dari Budi',
			riwayat: [
				...entri.riwayat!,
				{ ...makeHistory(budi.nama, 'simpan'), waktu: '2026-02-11T09:00:00+07:00' }
			]
		};
		await putRealisasi(a.db, [diA]);
		await putRealisasi(b.db, [diB]);
		await a.sync();
		await b.sync();
		await a.sync();
		for (const d of [a, b]) {
			const row = (await d.db.sinkron.get(id))!;
			expect(row.status).toBe('konflik');
			expect(row.lain).toHaveLength(1);
		}
		expect((await serverDoc(DATABASE.realisasi, id))._conflicts).toHaveLength(1);
		// Every device shows the same version meanwhile: CouchDB's winner.
		expect(await a.db.realisasi.get(entri.id)).toEqual(await b.db.realisasi.get(entri.id));

		// Budi keeps Ani's progress and his own note.
		const { mergeVersions } = await import('../../../src/lib/domain/conflict.ts');
		const { resolveConflict } = await import('../../../src/lib/sync/conflict.ts');
		const { rowToContent } = await import('../../../src/lib/sync/tables.ts');
		const ini = rowToContent('realisasi', (await b.db.realisasi.get(entri.id))!);
		const itu = (await b.db.sinkron.get(id))!.lain![0]!.dokumen!;
		const pilihFisik = ini.realisasiFisik === 60 ? 'ini' : 'itu';
		const chooseCatatan = ini.catatan === 'dari Budi' ? 'ini' : 'itu';
		const { isi: result, induk: parent } = mergeVersions(
			'realisasi',
			ini,
			itu,
			{ realisasiFisik: pilihFisik, catatan: chooseCatatan },
			{ oleh: budi.nama, waktu: '2026-02-12T09:00:00+07:00', admin: false }
		);
		const other = (await b.db.sinkron.get(id))!.lain![0]!.rev;
		expect(await resolveConflict(b.db, id, result, parent === 'itu' ? other : undefined)).toEqual({
			ok: true
		});
		await b.sync();
		await a.sync();
		const diServer = await serverDoc(DATABASE.realisasi, id);
		expect(diServer._conflicts).toBeUndefined();
		for (const d of [a, b]) {
			expect((await d.db.sinkron.get(id))!.status).toBe('tersinkron');
			const end = (await d.db.realisasi.get(entri.id))!;
			expect(end).toMatchObject({ realisasiFisik: 60, catatan: 'dari Budi' });
			// Ani's entries first: Budi may only append entries in his own name.
			expect(end.riwayat!.map((r) => r.oleh)).toEqual([ani.nama, ani.nama, budi.nama, budi.nama]);
		}
	});

	it('refuses to resolve what is not in conflict, and an invalid resolution', async () => {
		const a = await open(ENUM_A);
		const { resolveConflict } = await import('../../../src/lib/sync/conflict.ts');
		const r = response(UNIT_A, ENUM_A.nama);
		await addResponses(a.db, [r]);
		expect(await resolveConflict(a.db, `response:${r.id}`, { ...r })).toEqual({
			ok: false,
			keys: ['sinkron.tidakKonflik']
		});
		const result = await resolveConflict(a.db, `response:${r.id}`, { ...r, jawaban: { u1: 9 } });
		expect(result.ok).toBe(false);
	});
});

describe('a verified entry on the device', () => {
	const ANI: User = { nama: ACCOUNTS.opdX.name, peran: 'opd', unitIds: [OPD_X] };

	/** A verified entry of OPD X on the server and on Ani's device. */
	async function verified(periodeId: string) {
		const entri = realisasi(OPD_X, periodeId, 'diverifikasi', [
			makeHistory(ANI.nama, 'simpan'),
			makeHistory(ANI.nama, 'ajukan'),
			makeHistory(ACCOUNTS.admin.name, 'verifikasi')
		]);
		const stored = await seed(t.admin, DATABASE.realisasi, toDocument('realisasi', entri));
		const ani = await open(ANI);
		await ani.sync();
		expect(await ani.db.realisasi.get(entri.id)).toEqual(entri);
		return { entri, stored, ani };
	}

	it('is not replaced by a server version that records an OPD save on it', async () => {
		const { entri, stored, ani } = await verified('2026-TW3');
		// Forged on the server: the server admin is held to the schema only, as a restore is.
		await seed(t.admin, DATABASE.realisasi, {
			...stored,
			realisasiFisik: 99,
			riwayat: [...entri.riwayat!, makeHistory(ANI.nama, 'simpan')]
		});
		await ani.sync();
		expect(await ani.db.realisasi.get(entri.id)).toEqual(entri);
		const diabaikan = (await ani.db.meta.get(META_IGNORED))?.value as Ignored[];
		expect(diabaikan.map((d) => [d.id, d.keys])).toContainEqual([
			`realisasi:${entri.id}`,
			['sinkron.terverifikasiDilindungi']
		]);
	});

	it("takes the admin's change that builds on its history", async () => {
		const { entri, stored, ani } = await verified('2026-TW4');
		const changed = {
			...entri,
			realisasiFisik: 45,
			riwayat: [...entri.riwayat!, makeHistory(ACCOUNTS.admin.name, 'ubah-admin', 'salah ketik')]
		};
		await seed(t.admin, DATABASE.realisasi, { ...stored, ...changed });
		await ani.sync();
		expect(await ani.db.realisasi.get(entri.id)).toEqual(changed);
	});

	it("takes the admin's reopening, after which the OPD's correction reaches the server", async () => {
		const { entri, stored, ani } = await verified('2025-TW4');
		const reason = 'Pagu belum memakai APBD Perubahan';
		const dibuka = {
			...entri,
			status: 'draft' as const,
			riwayat: [...entri.riwayat!, makeHistory(ACCOUNTS.admin.name, 'buka-kembali', reason)]
		};
		await seed(t.admin, DATABASE.realisasi, { ...stored, ...dibuka });
		await ani.sync();
		expect(await ani.db.realisasi.get(entri.id)).toEqual(dibuka);

		const dikoreksi = {
			...dibuka,
			pagu: 2_100_000_000,
			riwayat: [...dibuka.riwayat, makeHistory(ANI.nama, 'simpan')]
		};
		await putRealisasi(ani.db, [dikoreksi]);
		await ani.sync();
		const diServer = await serverDoc(DATABASE.realisasi, `realisasi:${entri.id}`);
		expect(diServer).toMatchObject({ status: 'draft', pagu: 2_100_000_000 });
		expect((diServer.riwayat as { aksi: string }[]).map((r) => r.aksi)).toEqual([
			'simpan',
			'ajukan',
			'verifikasi',
			'buka-kembali',
			'simpan'
		]);
	});
});

describe('session', () => {
	it('stops at an expired or wrong session and keeps everything local', async () => {
		const palsu: User = { ...ENUM_A };
		const d = await device(t.running.couchUrl, palsu, (r) => r);
		devices.push(d);
		const r = response(UNIT_A, ENUM_A.nama);
		await addResponses(d.db, [r]);
		// Password changed on the server: the device's credentials no longer work.
		await addUser(
			t.admin,
			{ name: 'enum-expired', peran: ['enumerator'], unitIds: [UNIT_A] },
			passwordOf('enum-expired')
		);
		const expired = await device(
			t.running.couchUrl,
			{ nama: 'enum-expired', peran: 'enumerator', unitIds: [UNIT_A] },
			(rem) => ({
				...rem,
				bulkDocsReplikasi: () =>
					Promise.reject(Object.assign(new Error('unauthorized'), { status: 401 }))
			})
		);
		devices.push(expired);
		const mine = response(UNIT_A, 'enum-expired');
		await addResponses(expired.db, [mine]);
		const engine = expired.mesin({ sesi: async () => null });
		const fase: string[] = [];
		engine.mulai();
		await engine.sinkronkanSekarang();
		fase.push(engine.keadaan.fase);
		expect(fase).toContain('perlu-masuk');
		expect(await expired.db.responses.get(mine.id)).toEqual(mine);
		expect((await expired.db.sinkron.get(`response:${mine.id}`))!.status).toBe('lokal');
	});
});
