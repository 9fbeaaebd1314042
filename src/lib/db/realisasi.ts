/** Cumulative realisation entries of the OPD, one per OPD per triwulan. */
import { realisasiSchema, type Realisasi } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { assertOnePerUnitPeriode, parseAll } from './validate';

export async function realisasiForPeriode(db: RaporDb, periodeId: string): Promise<Realisasi[]> {
	return db.realisasi.where('periodeId').equals(periodeId).toArray();
}

export async function realisasiForUnit(
	db: RaporDb,
	unitId: string,
	periodeId: string
): Promise<Realisasi | undefined> {
	return db.realisasi.where('[unitId+periodeId]').equals([unitId, periodeId]).first();
}

/**
 * Validates and stores realisation entries in one transaction. Refuses a second entry for an OPD
 * and triwulan under a different id (DuplicateUnitPeriodeError); nothing is written then.
 */
export async function putRealisasi(db: RaporDb, list: readonly Realisasi[]): Promise<void> {
	const valid = parseAll(realisasiSchema, list, 'realisasi');
	await db.transaction('rw', db.realisasi, async () => {
		await assertOnePerUnitPeriode(db.realisasi, valid, 'realisasi');
		await db.realisasi.bulkPut(valid);
	});
}
