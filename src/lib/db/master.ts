/** Master data: units, periods, program indicators and service populations. */
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

/** All units, in id order. */
export async function listUnits(db: RaporDb): Promise<Unit[]> {
	return db.units.toArray();
}

export async function putUnits(db: RaporDb, units: readonly Unit[]): Promise<void> {
	const valid = parseAll(unitSchema, units, 'unit');
	await db.transaction('rw', db.units, () => db.units.bulkPut(valid));
}

/** All periods, in id order (which is chronological: "2026-TW1" < "2026-TW2"). */
export async function listPeriode(db: RaporDb): Promise<Periode[]> {
	return db.periode.toArray();
}

export async function putPeriode(db: RaporDb, periode: readonly Periode[]): Promise<void> {
	const valid = parseAll(periodeSchema, periode, 'periode');
	for (const p of valid) {
		if (p.id !== `${p.tahun}-TW${p.triwulan}`) {
			throw new Error(`periode ${p.id} does not match tahun ${p.tahun} triwulan ${p.triwulan}`);
		}
	}
	await db.transaction('rw', db.periode, () => db.periode.bulkPut(valid));
}

/** The program indicators of every OPD for one year. */
export async function listIndikator(db: RaporDb, tahun: number): Promise<Indikator[]> {
	return db.indikator.where('tahun').equals(tahun).toArray();
}

export async function putIndikator(db: RaporDb, indikator: readonly Indikator[]): Promise<void> {
	const valid = parseAll(indikatorSchema, indikator, 'indikator');
	await db.transaction('rw', db.indikator, () => db.indikator.bulkPut(valid));
}

/** The service populations (N of the sample-size table) of every unit in one period. */
export async function listPopulasi(db: RaporDb, periodeId: string): Promise<Populasi[]> {
	return db.populasi.where('periodeId').equals(periodeId).toArray();
}

export async function putPopulasi(db: RaporDb, populasi: readonly Populasi[]): Promise<void> {
	const valid = parseAll(populasiSchema, populasi, 'populasi');
	await db.transaction('rw', db.populasi, async () => {
		await assertOnePerUnitPeriode(db.populasi, valid, 'populasi');
		await db.populasi.bulkPut(valid);
	});
}
