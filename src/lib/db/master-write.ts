/**
 * Master data writes, each validated with its zod schema first. Apart from the reads (master.ts)
 * so that a screen that only reads does not load zod.
 */
import { periodeId } from '$lib/domain/periode';
import {
	indikatorSchema,
	periodeSchema,
	populasiSchema,
	unitSchema,
	type Indikator,
	type Periode,
	type Populasi,
	type Unit
} from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { assertOnePerUnitPeriode, parseAll } from './validate';

export async function putUnits(db: RaporDb, units: readonly Unit[]): Promise<void> {
	const valid = parseAll(unitSchema, units, 'unit');
	await db.transaction('rw', db.units, () => db.units.bulkPut(valid));
}

export async function putPeriode(db: RaporDb, periode: readonly Periode[]): Promise<void> {
	const valid = parseAll(periodeSchema, periode, 'periode');
	for (const p of valid) {
		if (p.id !== periodeId(p.tahun, p.triwulan)) {
			throw new Error(`periode ${p.id} does not match tahun ${p.tahun} triwulan ${p.triwulan}`);
		}
	}
	await db.transaction('rw', db.periode, () => db.periode.bulkPut(valid));
}

export async function putIndikator(db: RaporDb, indikator: readonly Indikator[]): Promise<void> {
	const valid = parseAll(indikatorSchema, indikator, 'indikator');
	await db.transaction('rw', db.indikator, () => db.indikator.bulkPut(valid));
}

export async function putPopulasi(db: RaporDb, populasi: readonly Populasi[]): Promise<void> {
	const valid = parseAll(populasiSchema, populasi, 'populasi');
	await db.transaction('rw', db.populasi, async () => {
		await assertOnePerUnitPeriode(db.populasi, valid, 'populasi');
		await db.populasi.bulkPut(valid);
	});
}
