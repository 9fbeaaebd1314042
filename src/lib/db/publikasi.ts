/**
 * Published SKM results (aggregates only) on the device; synced with rapor-master, the admin
 * writes them (./publikasi-write.ts). Reads only, without zod.
 */
import { PEMDA_PAGE } from '$lib/domain/publikasi';
import type { PublikasiSkm } from '$lib/domain/schemas';
import type { RaporDb } from './schema';

export async function readPublikasi(db: RaporDb, id: string): Promise<PublikasiSkm | undefined> {
	return db.publikasiSkm.get(id);
}

export async function publikasiForPeriode(db: RaporDb, periodeId: string): Promise<PublikasiSkm[]> {
	return db.publikasiSkm.where('periodeId').equals(periodeId).toArray();
}

/** Every published pemda page (ids "pemda:<periodeId>"), any period. */
export async function pemdaPages(db: RaporDb): Promise<PublikasiSkm[]> {
	const list = await db.publikasiSkm.where(':id').startsWith(`${PEMDA_PAGE}:`).toArray();
	return list.filter((p) => p.unitId === undefined);
}
