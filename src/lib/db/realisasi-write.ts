/** Realisation entry writes, validated with zod (apart from the reads in realisasi.ts, see master-write.ts). */
import { realisasiSchema, type Realisasi } from '$lib/domain/schemas';
import { HistoryRewrittenError } from './realisasi';
import type { RaporDb } from './schema';
import { assertOnePerUnitPeriode, parseAll, sameDocument } from './validate';

function extendsHistory(old: Realisasi['riwayat'], baru: Realisasi['riwayat']): boolean {
	const stored = old ?? [];
	const next = baru ?? [];
	return stored.length <= next.length && stored.every((r, i) => sameDocument(r, next[i]));
}

/**
 * Validates and stores realisation entries in one transaction. Refuses a second entry for an OPD
 * and triwulan under a different id (DuplicateUnitPeriodeError), and a change that rewrites the
 * stored history instead of appending to it (HistoryRewrittenError); nothing is written then.
 */
export async function putRealisasi(db: RaporDb, list: readonly Realisasi[]): Promise<void> {
	const valid = parseAll(realisasiSchema, list, 'realisasi');
	await db.transaction('rw', db.realisasi, async () => {
		await assertOnePerUnitPeriode(db.realisasi, valid, 'realisasi');
		const stored = await db.realisasi.bulkGet(valid.map((r) => r.id));
		valid.forEach((r, i) => {
			if (!extendsHistory(stored[i]?.riwayat, r.riwayat)) throw new HistoryRewrittenError(r.id);
		});
		await db.realisasi.bulkPut(valid);
	});
}
