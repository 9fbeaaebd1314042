/** Cumulative realisation entries of the OPD, one per OPD per triwulan: reads (writes: realisasi-write.ts). */
import { effectiveEntry } from '$lib/domain/realisasi-status';
import type { Realisasi } from '$lib/domain/schemas';
import type { RaporDb } from './schema';

export async function realisasiForPeriode(db: RaporDb, periodeId: string): Promise<Realisasi[]> {
	return db.realisasi.where('periodeId').equals(periodeId).toArray();
}

export async function realisasiForUnit(
	db: RaporDb,
	unitId: string,
	periodeId: string
): Promise<Realisasi | undefined> {
	// Two entries exist only where one predates derived ids; the same one counts everywhere.
	return effectiveEntry(
		await db.realisasi.where('[unitId+periodeId]').equals([unitId, periodeId]).toArray()
	);
}

/** A write that would drop or change history entries already stored; history is append-only. */
export class HistoryRewrittenError extends Error {
	override readonly name = 'HistoryRewrittenError';

	constructor(readonly id: string) {
		super(`realisasi ${id}: the stored riwayat must stay the start of the new one`);
	}
}
