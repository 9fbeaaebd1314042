/** Master data reads: units, periods, program indicators and service populations (writes: master-write.ts). */
import type { Indikator, Periode, Populasi, Unit } from '$lib/domain/schemas';
import type { RaporDb } from './schema';

/** All units, in id order. */
export async function listUnits(db: RaporDb): Promise<Unit[]> {
	return db.units.toArray();
}

/** All periods, in id order (which is chronological: "2026-TW1" < "2026-TW2"). */
export async function listPeriode(db: RaporDb): Promise<Periode[]> {
	return db.periode.toArray();
}

/** The program indicators of every OPD for one year. */
export async function listIndikator(db: RaporDb, tahun: number): Promise<Indikator[]> {
	return db.indikator.where('tahun').equals(tahun).toArray();
}

/** The service populations (N of the sample-size table) of every unit in one period. */
export async function listPopulasi(db: RaporDb, periodeId: string): Promise<Populasi[]> {
	return db.populasi.where('periodeId').equals(periodeId).toArray();
}
