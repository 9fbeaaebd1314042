/** Cumulative realisation entries of the OPD, one per OPD per triwulan. */
import { entriBerlaku } from '$lib/domain/realisasi-status';
import { realisasiSchema, type Realisasi } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { assertOnePerUnitPeriode, parseAll, sameDocument } from './validate';

export async function realisasiForPeriode(db: RaporDb, periodeId: string): Promise<Realisasi[]> {
	return db.realisasi.where('periodeId').equals(periodeId).toArray();
}

export async function realisasiForUnit(
	db: RaporDb,
	unitId: string,
	periodeId: string
): Promise<Realisasi | undefined> {
	// Two entries exist only where one predates derived ids; the same one counts everywhere.
	return entriBerlaku(
		await db.realisasi.where('[unitId+periodeId]').equals([unitId, periodeId]).toArray()
	);
}

/** A write that would drop or change history entries already stored; history is append-only. */
export class RiwayatDitulisUlangError extends Error {
	override readonly name = 'RiwayatDitulisUlangError';

	constructor(readonly id: string) {
		super(`realisasi ${id}: the stored riwayat must stay the start of the new one`);
	}
}

function memperpanjang(lama: Realisasi['riwayat'], baru: Realisasi['riwayat']): boolean {
	const stored = lama ?? [];
	const next = baru ?? [];
	return stored.length <= next.length && stored.every((r, i) => sameDocument(r, next[i]));
}

/**
 * Validates and stores realisation entries in one transaction. Refuses a second entry for an OPD
 * and triwulan under a different id (DuplicateUnitPeriodeError), and a change that rewrites the
 * stored history instead of appending to it (RiwayatDitulisUlangError); nothing is written then.
 */
export async function putRealisasi(db: RaporDb, list: readonly Realisasi[]): Promise<void> {
	const valid = parseAll(realisasiSchema, list, 'realisasi');
	await db.transaction('rw', db.realisasi, async () => {
		await assertOnePerUnitPeriode(db.realisasi, valid, 'realisasi');
		const stored = await db.realisasi.bulkGet(valid.map((r) => r.id));
		valid.forEach((r, i) => {
			if (!memperpanjang(stored[i]?.riwayat, r.riwayat)) throw new RiwayatDitulisUlangError(r.id);
		});
		await db.realisasi.bulkPut(valid);
	});
}
