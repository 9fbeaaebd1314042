import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA_VERSIONS, openDb, type RaporDb } from '$lib/db/schema';
import { saranOfUnit, type Saran } from '$lib/db/skm-saran';
import { effectiveResponse } from '$lib/domain/koreksi';
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { freshDb, response, uniqueName } from './factories';

const UNIT = 'unit-a';
const PERIODE = '2026-TW1';

/** What the screen showed before the index: every effective response of the unit read. */
async function saranFromAll(db: RaporDb, limit: number) {
	const milikUnit = await db.responses
		.where('[unitId+periodeId]')
		.equals([UNIT, PERIODE])
		.toArray();
	const all: Saran[] = effectiveResponse(milikUnit, await db.koreksi.toArray())
		.filter((r) => r.saran && r.saran.trim())
		.map((r) => ({ waktu: r.waktu, teks: r.saran!.trim() }))
		.sort((a, b) => b.waktu.localeCompare(a.waktu));
	return { terbaru: all.slice(0, limit), jumlah: all.length };
}

const id = fc.integer({ min: 1, max: 12 }).map((n) => `r${n}`);
// A stored response's saran as the app writes it: trimmed, or absent when empty.
const responseSaran = fc.option(fc.constantFrom('Antrean panjang', 'Ramah', 'Parkir sempit'), {
	nil: undefined
});
// A correction may clear a saran ('') or carry spaces.
const saranKoreksi = fc.option(fc.constantFrom('Antrean panjang', ' Parkir sempit ', '', '  '), {
	nil: undefined
});
// Distinct times per id, so the order of the newest is fully defined.
const responseArb: fc.Arbitrary<SkmResponse> = fc
	.record({
		id,
		unitId: fc.constantFrom(UNIT, UNIT, 'unit-b'),
		periodeId: fc.constantFrom(PERIODE, PERIODE, '2026-TW2'),
		saran: responseSaran
	})
	.map(({ saran, ...r }) =>
		response({
			...r,
			waktu: `2026-02-${r.id.slice(1).padStart(2, '0')}T09:00:00+07:00`,
			...(saran === undefined ? {} : { saran })
		})
	);
const koreksi: fc.Arbitrary<SkmKoreksi> = fc
	.record({
		id: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
		responseId: id,
		batal: fc.boolean(),
		saran: saranKoreksi
	})
	.map(({ batal: cancel, saran, ...k }) => ({
		...k,
		waktu: '2026-03-01T10:00:00+07:00',
		oleh: 'Siti',
		...(cancel
			? { jenis: 'batal' as const, alasan: 'ganda' }
			: { jenis: 'koreksi' as const, ...(saran === undefined ? {} : { saran }) })
	}));

describe("a unit's saran on its SKM screen", () => {
	it('are the newest ones and their count, as if every response of the unit were read', async () => {
		const db = freshDb();
		await fc.assert(
			fc.asyncProperty(
				fc.array(responseArb, { maxLength: 15 }),
				fc.array(koreksi, { maxLength: 5 }),
				fc.integer({ min: 1, max: 6 }),
				async (responses, koreksiList, limit) => {
					await db.transaction('rw', db.responses, db.koreksi, async () => {
						await db.responses.clear();
						await db.koreksi.clear();
					});
					await db.responses.bulkPut(responses);
					await db.koreksi.bulkPut(koreksiList);
					expect(await saranOfUnit(db, UNIT, PERIODE, limit)).toEqual(
						await saranFromAll(db, limit)
					);
				}
			),
			{ numRuns: 120 }
		);
	}, 60_000);

	it('lists a saran added by a correction and drops one of a voided response', async () => {
		const db = freshDb();
		await db.responses.bulkPut([
			response({ id: 'a', unitId: UNIT, waktu: '2026-02-01T09:00:00+07:00', saran: 'Ramah' }),
			response({ id: 'b', unitId: UNIT, waktu: '2026-02-02T09:00:00+07:00' }),
			response({ id: 'c', unitId: UNIT, waktu: '2026-02-03T09:00:00+07:00', saran: 'Lambat' })
		]);
		await db.koreksi.bulkPut([
			{
				id: 'k1',
				responseId: 'b',
				jenis: 'koreksi',
				waktu: '2026-03-01T10:00:00+07:00',
				oleh: 'Siti',
				saran: 'Toilet kotor'
			},
			{
				id: 'k2',
				responseId: 'c',
				jenis: 'batal',
				waktu: '2026-03-01T10:00:00+07:00',
				oleh: 'Siti',
				alasan: 'ganda'
			}
		] satisfies SkmKoreksi[]);
		expect(await saranOfUnit(db, UNIT, PERIODE)).toEqual({
			terbaru: [
				{ waktu: '2026-02-02T09:00:00+07:00', teks: 'Toilet kotor' },
				{ waktu: '2026-02-01T09:00:00+07:00', teks: 'Ramah' }
			],
			jumlah: 2
		});
	});
});

const cleanup: Dexie[] = [];
afterEach(async () => {
	const dbs = cleanup.splice(0);
	dbs.forEach((db) => db.close());
	for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

describe('the v7 upgrade', () => {
	it('indexes the saran a v6 database already holds, keeping every response', async () => {
		const name = uniqueName();
		const v6 = new Dexie(name);
		cleanup.push(v6);
		for (const { version, stores, upgrade } of SCHEMA_VERSIONS.filter((v) => v.version <= 6)) {
			const declared = v6.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
		await v6
			.table('responses')
			.bulkPut([
				response({ id: 'a', unitId: UNIT, saran: 'Ramah' }),
				response({ id: 'b', unitId: UNIT }),
				response({ id: 'c', unitId: 'unit-b', saran: 'Lambat' })
			]);
		v6.close();

		const db = openDb(name);
		cleanup.push(db);
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		expect(await db.responses.count()).toBe(3);
		expect(await saranOfUnit(db, UNIT, PERIODE)).toEqual({
			terbaru: [{ waktu: response().waktu, teks: 'Ramah' }],
			jumlah: 1
		});
	});
});
