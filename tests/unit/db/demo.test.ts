import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { META_DEMO, ensureDemoOnFirstStart, hasDemo, loadDemo, removeDemo } from '$lib/db/demo';
import { listUnits } from '$lib/db/master';
import { putUnits } from '$lib/db/master-write';
import { putRealisasi } from '$lib/db/realisasi-write';
import { countResponses } from '$lib/db/responses';
import { addResponses } from '$lib/db/responses-write';
import { openDb, type RaporDb } from '$lib/db/schema';
import { generateDemo } from '$lib/demo/generate';
import { freshDb, realisasi, response, unit } from './factories';

const demo = generateDemo();
const demoRecords =
	demo.units.length +
	demo.jenisLayanan.length +
	demo.populasi.length +
	demo.indikator.length +
	demo.realisasi.length +
	demo.responses.length +
	demo.rtl.length +
	demo.forumKonsultasi.length +
	demo.publikasiSkm.length;

async function counts(db: RaporDb) {
	return {
		units: await db.units.count(),
		jenisLayanan: await db.jenisLayanan.count(),
		periode: await db.periode.count(),
		populasi: await db.populasi.count(),
		indikator: await db.indikator.count(),
		realisasi: await db.realisasi.count(),
		responses: await db.responses.count(),
		rtl: await db.rtl.count(),
		forumKonsultasi: await db.forumKonsultasi.count(),
		publikasiSkm: await db.publikasiSkm.count()
	};
}

const demoCounts = {
	units: demo.units.length,
	jenisLayanan: demo.jenisLayanan.length,
	periode: demo.periode.length,
	populasi: demo.populasi.length,
	indikator: demo.indikator.length,
	realisasi: demo.realisasi.length,
	responses: demo.responses.length,
	rtl: demo.rtl.length,
	forumKonsultasi: demo.forumKonsultasi.length,
	publikasiSkm: demo.publikasiSkm.length
};

describe('demo data on first start', () => {
	it('is loaded the first time the database is opened', async () => {
		const db = freshDb();
		expect(await ensureDemoOnFirstStart(db)).toBe('loaded');
		expect(await counts(db)).toEqual(demoCounts);
		expect(await hasDemo(db)).toBe(true);
		expect(await db.responses.get(demo.responses[0]!.id)).toEqual(demo.responses[0]);
	});

	it('is not loaded again on the next start, in this or another connection', async () => {
		const db = freshDb();
		await ensureDemoOnFirstStart(db);
		await db.responses.delete(demo.responses[0]!.id);
		expect(await ensureDemoOnFirstStart(db)).toBe('skipped');
		const again = openDb(db.name);
		expect(await ensureDemoOnFirstStart(again)).toBe('skipped');
		again.close();
		expect(await countResponses(db)).toBe(demo.responses.length - 1);
	});

	it('is loaded once when two tabs start together', async () => {
		const db = freshDb();
		const other = openDb(db.name);
		const results = await Promise.all([ensureDemoOnFirstStart(db), ensureDemoOnFirstStart(other)]);
		other.close();
		expect(results.sort()).toEqual(['loaded', 'skipped']);
		expect(await counts(db)).toEqual(demoCounts);
	});

	it('is not loaded into a database that already holds data', async () => {
		const db = freshDb();
		await putUnits(db, [unit()]);
		expect(await ensureDemoOnFirstStart(db)).toBe('skipped');
		expect(await listUnits(db)).toEqual([unit()]);
	});
});

describe('removing demo data', () => {
	it('deletes every demo record and nothing else', async () => {
		const db = freshDb();
		await ensureDemoOnFirstStart(db);
		await putUnits(db, [unit()]);
		await addResponses(db, [response({ periodeId: '2026-TW1' })]);
		await putRealisasi(db, [realisasi()]);

		expect(await removeDemo(db)).toBe(demoRecords);
		expect(await hasDemo(db)).toBe(false);
		expect(await counts(db)).toEqual({
			units: 1,
			jenisLayanan: 0,
			periode: 4,
			populasi: 0,
			indikator: 0,
			realisasi: 1,
			responses: 1,
			rtl: 0,
			forumKonsultasi: 0,
			publikasiSkm: 0
		});
		expect(await db.responses.get('skm-1')).toEqual(response());
		expect((await db.meta.get(META_DEMO))?.value).toMatchObject({ status: 'removed' });
	});

	it('keeps it removed on later starts', async () => {
		const db = freshDb();
		await ensureDemoOnFirstStart(db);
		await removeDemo(db);
		expect(await ensureDemoOnFirstStart(db)).toBe('skipped');
		expect(await hasDemo(db)).toBe(false);
	});

	it('before the first start also keeps the demo from arriving later', async () => {
		const db = freshDb();
		expect(await removeDemo(db)).toBe(0);
		expect(await ensureDemoOnFirstStart(db)).toBe('skipped');
		expect(await hasDemo(db)).toBe(false);
	});
});

describe('loading demo data on request', () => {
	it('brings it back after removal', async () => {
		const db = freshDb();
		await ensureDemoOnFirstStart(db);
		await removeDemo(db);
		expect(await loadDemo(db)).toBe(demoRecords + demo.periode.length);
		expect(await counts(db)).toEqual(demoCounts);
		expect((await db.meta.get(META_DEMO))?.value).toMatchObject({ status: 'loaded' });
	});

	it('is idempotent', async () => {
		const db = freshDb();
		await loadDemo(db);
		await loadDemo(db);
		expect(await counts(db)).toEqual(demoCounts);
		expect(await ensureDemoOnFirstStart(db)).toBe('skipped');
	});
});
