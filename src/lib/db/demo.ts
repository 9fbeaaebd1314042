/**
 * The Kota Wiradesa demo data in the device database: loaded on the very first start only,
 * removable in one step without touching real data (every demo id starts with DEMO_PREFIX),
 * loadable again on request. Periods are calendar facts ("2026-TW1") shared with real data: they
 * stay on removal.
 */
import type { Table } from 'dexie';
import { generateDemo, type DemoData } from '$lib/demo/generate';
import { DEMO_PREFIX } from '$lib/demo/catalog';
import {
	indikatorSchema,
	jenisLayananSchema,
	periodeSchema,
	populasiSchema,
	realisasiSchema,
	rtlSchema,
	forumKonsultasiSchema,
	publikasiSkmSchema,
	skmResponseSchema,
	unitSchema
} from '$lib/domain/schemas';
import { META_INITIALISED, type RaporDb } from './schema';
import { parseAll } from './validate';

/**
 * meta key: { status: 'loaded' | 'removed', at, tempat? } of the last demo load or removal;
 * `tempat` says where a load ran: 'worker' (off the main thread) or 'halaman' (the page itself).
 */
export const META_DEMO = 'demo';

/** Records per bulkPut: every slice is one short request burst, not one 3,000-record clone. */
const SLICE = 500;

/** Tables whose demo records carry DEMO_PREFIX in their id. */
const DEMO_TABLES = [
	'units',
	'jenisLayanan',
	'populasi',
	'indikator',
	'responses',
	'realisasi',
	'rtl',
	'forumKonsultasi',
	'publikasiSkm'
] as const;

function tablesOf(db: RaporDb) {
	return [
		db.units,
		db.jenisLayanan,
		db.periode,
		db.populasi,
		db.indikator,
		db.responses,
		db.realisasi,
		db.rtl,
		db.forumKonsultasi,
		db.publikasiSkm,
		db.meta
	];
}

function validated(data: DemoData): DemoData {
	return {
		units: parseAll(unitSchema, data.units, 'unit'),
		jenisLayanan: parseAll(jenisLayananSchema, data.jenisLayanan, 'jenis-layanan'),
		periode: parseAll(periodeSchema, data.periode, 'periode'),
		populasi: parseAll(populasiSchema, data.populasi, 'populasi'),
		indikator: parseAll(indikatorSchema, data.indikator, 'indikator'),
		realisasi: parseAll(realisasiSchema, data.realisasi, 'realisasi'),
		responses: parseAll(skmResponseSchema, data.responses, 'skm-response'),
		rtl: parseAll(rtlSchema, data.rtl, 'rtl'),
		forumKonsultasi: parseAll(forumKonsultasiSchema, data.forumKonsultasi, 'forumKonsultasi'),
		publikasiSkm: parseAll(publikasiSkmSchema, data.publikasiSkm, 'publikasiSkm')
	};
}

/** Where this code runs: a worker has WorkerGlobalScope as a global, a page does not. */
function runningIn(): 'worker' | 'halaman' {
	return 'WorkerGlobalScope' in globalThis ? 'worker' : 'halaman';
}

async function putInSlices<T>(table: Table<T, string>, rows: readonly T[]): Promise<void> {
	for (let start = 0; start < rows.length; start += SLICE) {
		await table.bulkPut(rows.slice(start, start + SLICE));
	}
}

/** Writes the demo set; call inside a transaction over tablesOf(db). Returns the record count. */
async function writeDemo(db: RaporDb, data: DemoData, at: string): Promise<number> {
	await db.units.bulkPut(data.units);
	await db.jenisLayanan.bulkPut(data.jenisLayanan);
	await db.periode.bulkPut(data.periode);
	await db.populasi.bulkPut(data.populasi);
	await db.indikator.bulkPut(data.indikator);
	await putInSlices(db.realisasi, data.realisasi);
	await putInSlices(db.responses, data.responses);
	await db.rtl.bulkPut(data.rtl);
	await db.forumKonsultasi.bulkPut(data.forumKonsultasi);
	await db.publikasiSkm.bulkPut(data.publikasiSkm);
	await db.meta.put({ key: META_DEMO, value: { status: 'loaded', at, tempat: runningIn() } });
	if (!(await db.meta.get(META_INITIALISED))) {
		await db.meta.put({ key: META_INITIALISED, value: { at } });
	}
	return Object.values(data).reduce((sum, list) => sum + list.length, 0);
}

async function holdsData(db: RaporDb): Promise<boolean> {
	const counts = await Promise.all([db.units.count(), db.responses.count(), db.realisasi.count()]);
	return counts.some((n) => n > 0);
}

/**
 * Loads the demo data the first time this database is ever opened and records that it was. Never
 * again afterwards, so demo data the user removed stays removed; a database that already holds
 * data (e.g. upgraded from v1) is never treated as new.
 */
export async function ensureDemoOnFirstStart(db: RaporDb): Promise<'loaded' | 'skipped'> {
	if (await db.meta.get(META_INITIALISED)) return 'skipped';
	const data = validated(generateDemo());
	return db.transaction('rw', tablesOf(db), async () => {
		// Another tab may have started first.
		if (await db.meta.get(META_INITIALISED)) return 'skipped';
		const at = new Date().toISOString();
		if (await holdsData(db)) {
			await db.meta.put({ key: META_INITIALISED, value: { at } });
			return 'skipped';
		}
		await writeDemo(db, data, at);
		return 'loaded';
	});
}

/** Loads the demo data on request; idempotent (same ids, same documents). Returns the count. */
export async function loadDemo(db: RaporDb): Promise<number> {
	const data = validated(generateDemo());
	return db.transaction('rw', tablesOf(db), () => writeDemo(db, data, new Date().toISOString()));
}

/** Deletes every demo record in one transaction and records it; returns how many were deleted. */
export async function removeDemo(db: RaporDb): Promise<number> {
	return db.transaction('rw', tablesOf(db), async () => {
		let removed = 0;
		for (const name of DEMO_TABLES) {
			removed += await db
				.table<{ id: string }, string>(name)
				.where(':id')
				.startsWith(DEMO_PREFIX)
				.delete();
		}
		const at = new Date().toISOString();
		await db.meta.put({ key: META_DEMO, value: { status: 'removed', at } });
		if (!(await db.meta.get(META_INITIALISED))) {
			await db.meta.put({ key: META_INITIALISED, value: { at } });
		}
		return removed;
	});
}

export async function hasDemo(db: RaporDb): Promise<boolean> {
	for (const name of DEMO_TABLES) {
		const keys = await db
			.table<{ id: string }, string>(name)
			.where(':id')
			.startsWith(DEMO_PREFIX)
			.limit(1)
			.primaryKeys();
		if (keys.length > 0) return true;
	}
	return false;
}
