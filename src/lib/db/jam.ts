/**
 * What this device knows about its clock (src/lib/domain/jam.ts): the last measurement against
 * the server, kept in the meta table of this database, and the newest response it made.
 */
import type { BuktiJam, UkuranJam } from '$lib/domain/jam';
import { instan } from '$lib/domain/waktu-lokal';
import { META_PERANGKAT_ID } from './perangkat';
import type { RaporDb } from './schema';

export const META_JAM = 'jam:ukuran';

function ukuranSah(value: unknown): value is UkuranJam {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { selisihMs, diukurPada } = value as Record<string, unknown>;
	return Number.isFinite(selisihMs) && Number.isFinite(diukurPada);
}

/** Responses looked at for the newest one this device made (newest first by waktu). */
const REKAMAN_DIPERIKSA = 500;

export async function bacaUkuranJam(db: RaporDb): Promise<UkuranJam | null> {
	const value: unknown = (await db.meta.get(META_JAM))?.value;
	if (!ukuranSah(value)) return null;
	return { selisihMs: value.selisihMs, diukurPada: value.diukurPada };
}

/** The latest measurement replaces any earlier one (the device clock may have been set since). */
export async function simpanUkuranJam(db: RaporDb, ukuran: UkuranJam): Promise<void> {
	await db.meta.put({ key: META_JAM, value: { ...ukuran } });
}

/** The latest waktu of a response this device made, ms; null when it made none. */
export async function rekamanTerbaru(db: RaporDb, perangkatId: string): Promise<number | null> {
	const terbaru = await db.responses.orderBy('waktu').reverse().limit(REKAMAN_DIPERIKSA).toArray();
	const milik = terbaru
		.filter((r) => r.perangkatId === perangkatId)
		.map((r) => instan(r.waktu))
		.filter(Number.isFinite);
	return milik.length > 0 ? Math.max(...milik) : null;
}

/** What tells the time on this device (read only: fit for a liveQuery). */
export async function buktiJam(
	db: RaporDb,
	waktuBuild: number | null,
	sekarang = Date.now()
): Promise<BuktiJam> {
	const perangkatId = (await db.meta.get(META_PERANGKAT_ID))?.value;
	const [ukuran, rekaman] = await Promise.all([
		bacaUkuranJam(db),
		typeof perangkatId === 'string' ? rekamanTerbaru(db, perangkatId) : null
	]);
	return { sekarang, ukuran, waktuBuild, rekamanTerbaru: rekaman };
}
