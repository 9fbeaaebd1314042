import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addKoreksi } from '$lib/db/koreksi-write';
import { loadDemo, removeDemo } from '$lib/db/demo';
import { addResponses } from '$lib/db/responses-write';
import { SCHEMA_VERSIONS, openDb, type RaporDb } from '$lib/db/schema';
import { rekapForPeriode, type SkmRekapRow } from '$lib/db/skm-rekap';
import { effectiveResponse } from '$lib/domain/koreksi';
import type { Answer, SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { buildSkmRekap } from '$lib/domain/skm-rekap';
import { serverTransaction } from '$lib/sync/tracker';
import { freshDb, response, uniqueName } from './factories';

/** The rekap as it must be: every stored response and correction read and counted afresh. */
async function recompute(db: RaporDb): Promise<SkmRekapRow[]> {
	const efektif = effectiveResponse(await db.responses.toArray(), await db.koreksi.toArray());
	const groups = new Map<string, SkmResponse[]>();
	for (const r of efektif) {
		const key = `${r.periodeId}|${r.unitId}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	return [...groups]
		.map(([id, list]) => ({
			id,
			periodeId: list[0]!.periodeId,
			unitId: list[0]!.unitId,
			...buildSkmRekap(list)
		}))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function saved(db: RaporDb): Promise<SkmRekapRow[]> {
	return (await db.skmRekap.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
}

const score = fc.constantFrom(1, 2, 3, 4, null);
const answer: fc.Arbitrary<Answer> = fc.record({
	u1: score,
	u2: score,
	u3: score,
	u4: score,
	u5: score,
	u6: score,
	u7: score,
	u8: score,
	u9: score
});
const profil = fc.record(
	{
		jenisKelamin: fc.constantFrom('L' as const, 'P' as const),
		usia: fc.integer({ min: 15, max: 80 }),
		pendidikan: fc.constantFrom('SD' as const, 'SMA' as const, 'S2' as const),
		pekerjaan: fc.constantFrom('PNS' as const, 'Swasta' as const)
	},
	{ requiredKeys: [] }
);
const responseId = fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5');
const responseArb: fc.Arbitrary<SkmResponse> = fc
	.record({
		id: responseId,
		unitId: fc.constantFrom('unit-a', 'unit-b'),
		periodeId: fc.constantFrom('2026-TW1', '2026-TW2'),
		jawaban: answer,
		profil,
		jenisLayanan: fc.option(fc.constantFrom('KTP', 'KK', 'Akta'), { nil: undefined })
	})
	.map(({ jenisLayanan, ...r }) =>
		response({ ...r, ...(jenisLayanan === undefined ? {} : { jenisLayanan }) })
	);
const koreksi: fc.Arbitrary<SkmKoreksi> = fc
	.record({
		id: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
		responseId,
		batal: fc.boolean(),
		jam: fc.integer({ min: 10, max: 20 }),
		jawaban: answer,
		jenisLayanan: fc.option(fc.constantFrom('KTP', 'Paspor'), { nil: undefined })
	})
	.map(({ batal: cancel, jam: clock, jawaban: answer, jenisLayanan, ...k }) => ({
		...k,
		waktu: `2026-03-01T${clock}:00:00+07:00`,
		oleh: 'Siti',
		...(cancel
			? { jenis: 'batal' as const, alasan: 'salah unit' }
			: { jenis: 'koreksi' as const, jawaban: answer, ...(jenisLayanan ? { jenisLayanan } : {}) })
	}));

type Step = (db: RaporDb) => Promise<unknown>;

const stepArb: fc.Arbitrary<Step> = fc.oneof(
	responseArb.map(
		(r): Step =>
			(db) =>
				db.responses.put(r)
	),
	fc.array(responseArb, { maxLength: 4 }).map(
		(list): Step =>
			(db) =>
				addResponses(db, list).catch(() => 0)
	),
	koreksi.map(
		(k): Step =>
			(db) =>
				db.koreksi.put(k)
	),
	koreksi.map(
		(k): Step =>
			(db) =>
				addKoreksi(db, k).catch(() => false)
	),
	// A pulled batch, written the way sync/pull.ts writes one.
	fc
		.record({
			hapus: fc.array(responseId, { maxLength: 2 }),
			responses: fc.array(responseArb, { maxLength: 3 }),
			koreksi: fc.array(koreksi, { maxLength: 2 }),
			koreksiHapus: fc.array(fc.constantFrom('k1', 'k2', 'k3', 'k4'), { maxLength: 1 })
		})
		.map(
			(batch): Step =>
				(db) =>
					serverTransaction(db, ['responses', 'koreksi', 'meta'], async () => {
						if (batch.hapus.length > 0) await db.responses.bulkDelete(batch.hapus);
						if (batch.responses.length > 0) await db.responses.bulkPut(batch.responses);
						if (batch.koreksiHapus.length > 0) await db.koreksi.bulkDelete(batch.koreksiHapus);
						if (batch.koreksi.length > 0) await db.koreksi.bulkPut(batch.koreksi);
						await db.meta.put({ key: 'checkpoint', value: 1 });
					})
		),
	// Writes running side by side in one transaction.
	fc.tuple(responseArb, responseArb, koreksi).map(
		([a, b, k]): Step =>
			(db) =>
				db.transaction('rw', db.responses, db.koreksi, () =>
					Promise.all([db.responses.put(a), db.responses.put(b), db.koreksi.put(k)])
				)
	),
	responseId.map(
		(id): Step =>
			(db) =>
				db.responses.delete(id)
	),
	fc.constantFrom('k1', 'k2').map(
		(id): Step =>
			(db) =>
				db.koreksi.delete(id)
	),
	fc.constant<Step>((db) => db.responses.where('id').between('r1', 'r3', true, true).delete()),
	fc.constant<Step>((db) => db.koreksi.clear()),
	fc.constant<Step>((db) => db.responses.clear())
);

const cleanup: Dexie[] = [];
afterEach(async () => {
	const dbs = cleanup.splice(0);
	dbs.forEach((db) => db.close());
	for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

describe('the stored SKM rekap', () => {
	it('equals a full recount after any sequence of responses, corrections, voids, pulls and deletes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (steps) => {
				const db = openDb(uniqueName());
				cleanup.push(db);
				for (const step of steps) await step(db);
				expect(await saved(db)).toEqual(await recompute(db));
				db.close();
				await Dexie.delete(db.name);
			}),
			{ numRuns: 150 }
		);
	}, 120_000);

	it('equals a full recount after large batches of ordered ids, some already stored', async () => {
		// Batches of 64 ids and more, close together: the middleware then reads which are stored
		// with one key range instead of a lookup each.
		const banyak = fc.array(
			fc.tuple(fc.integer({ min: 0, max: 159 }), responseArb).map(([n, r]) => ({
				...r,
				id: `b${String(n).padStart(3, '0')}`
			})),
			{ minLength: 64, maxLength: 120 }
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(banyak, { minLength: 1, maxLength: 3 }),
				fc.array(koreksi, { maxLength: 3 }),
				async (batches, koreksiList) => {
					const db = openDb(uniqueName());
					cleanup.push(db);
					await db.koreksi.bulkPut(koreksiList.map((k) => ({ ...k, responseId: 'b007' })));
					for (const batch of batches) await db.responses.bulkPut(batch);
					expect(await saved(db)).toEqual(await recompute(db));
					db.close();
					await Dexie.delete(db.name);
				}
			),
			{ numRuns: 25 }
		);
	}, 120_000);

	it('counts a voided response for nothing and a corrected one with its corrections', async () => {
		const db = freshDb();
		await addResponses(db, [
			response({ id: 'a', jenisLayanan: 'KTP' }),
			response({ id: 'b', jenisLayanan: 'KK' })
		]);
		await addKoreksi(db, {
			id: 'k-a',
			responseId: 'a',
			jenis: 'batal',
			waktu: '2026-03-01T10:00:00+07:00',
			oleh: 'Siti',
			alasan: 'ganda'
		});
		await addKoreksi(db, {
			id: 'k-b',
			responseId: 'b',
			jenis: 'koreksi',
			waktu: '2026-03-01T10:00:00+07:00',
			oleh: 'Siti',
			jenisLayanan: 'Akta'
		});
		const [row] = await rekapForPeriode(db, '2026-TW1');
		expect(row?.responden).toBe(1);
		expect(row?.layanan).toEqual([{ jenis: 'Akta', jumlah: 1 }]);
		expect(await saved(db)).toEqual(await recompute(db));
	});

	it('follows the demo being loaded and removed', async () => {
		const db = freshDb();
		await addResponses(db, [response({ id: 'milik-sendiri', unitId: 'unit-a' })]);
		await loadDemo(db);
		expect((await db.skmRekap.count()) > 1).toBe(true);
		expect(await saved(db)).toEqual(await recompute(db));
		await removeDemo(db);
		expect(await saved(db)).toEqual(await recompute(db));
		expect((await saved(db)).map((r) => r.id)).toEqual(['2026-TW1|unit-a']);
	}, 60_000);
});

describe('the v6 upgrade', () => {
	it('builds the rekap of a v5 database from its responses and corrections', async () => {
		const name = uniqueName();
		const v5 = new Dexie(name);
		cleanup.push(v5);
		for (const { version, stores, upgrade } of SCHEMA_VERSIONS.filter((v) => v.version <= 5)) {
			const declared = v5.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
		const responses = [
			response({ id: 'a', unitId: 'unit-a' }),
			response({ id: 'b', unitId: 'unit-a', periodeId: '2026-TW2' }),
			response({ id: 'c', unitId: 'unit-b', jenisLayanan: 'KTP' }),
			response({ id: 'd', unitId: 'unit-b' })
		];
		await v5.table('responses').bulkPut(responses);
		await v5.table('koreksi').bulkPut([
			{
				id: 'k1',
				responseId: 'd',
				jenis: 'batal',
				waktu: '2026-03-01T10:00:00+07:00',
				oleh: 'Siti',
				alasan: 'ganda'
			},
			{
				id: 'k2',
				responseId: 'c',
				jenis: 'koreksi',
				waktu: '2026-03-01T10:00:00+07:00',
				oleh: 'Siti',
				jawaban: { u1: 1, u2: 1, u3: 1, u4: 1, u5: 1, u6: 1, u7: 1, u8: 1, u9: 1 }
			}
		] satisfies SkmKoreksi[]);
		v5.close();

		const db = openDb(name);
		cleanup.push(db);
		const rows = await saved(db);
		expect(rows.map((r) => [r.id, r.responden])).toEqual([
			['2026-TW1|unit-a', 1],
			['2026-TW1|unit-b', 1],
			['2026-TW2|unit-a', 1]
		]);
		expect(rows).toEqual(await recompute(db));
	});
});
