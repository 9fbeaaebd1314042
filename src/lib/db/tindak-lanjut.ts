/**
 * A unit's SKM follow-up on the device: its RTL per survey period and its Forum Konsultasi Publik
 * records; synced with rapor-realisasi. Reads only (no zod, so the reports and rakor reads that
 * use them stay off the first page's bundle); writes are in ./tindak-lanjut-write.ts.
 */
import type { ForumKonsultasi, Rtl } from '$lib/domain/schemas';
import type { RaporDb } from './schema';

export async function readRtl(db: RaporDb, id: string): Promise<Rtl | undefined> {
	return db.rtl.get(id);
}

/** Every RTL of a unit, oldest period first. */
export async function rtlForUnit(db: RaporDb, unitId: string): Promise<Rtl[]> {
	const list = await db.rtl.where('unitId').equals(unitId).toArray();
	return list.sort((a, b) => a.periodeId.localeCompare(b.periodeId));
}

/** The RTL of every unit for one survey period. */
export async function rtlForPeriode(db: RaporDb, periodeId: string): Promise<Rtl[]> {
	return db.rtl.where('periodeId').equals(periodeId).toArray();
}

export async function readForum(db: RaporDb, id: string): Promise<ForumKonsultasi | undefined> {
	return db.forumKonsultasi.get(id);
}

/** A unit's forum records, newest meeting first. */
export async function forumForUnit(db: RaporDb, unitId: string): Promise<ForumKonsultasi[]> {
	const list = await db.forumKonsultasi.where('unitId').equals(unitId).toArray();
	return list.sort((a, b) => b.tanggal.localeCompare(a.tanggal) || a.id.localeCompare(b.id));
}
