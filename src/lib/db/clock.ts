/**
 * What this device knows about its clock (src/lib/domain/clock.ts): the last measurement against
 * the server, kept in the meta table of this database, and the newest response it made.
 */
import type { ClockEvidence, ClockMeasurement } from '$lib/domain/clock';
import { instant } from '$lib/domain/local-time';
import { META_DEVICE_ID } from './device';
import type { RaporDb } from './schema';

export const META_CLOCK = 'jam:ukuran';

function isValidMeasurement(value: unknown): value is ClockMeasurement {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { selisihMs, diukurPada } = value as Record<string, unknown>;
	return Number.isFinite(selisihMs) && Number.isFinite(diukurPada);
}

/** Responses looked at for the newest one this device made (newest first by waktu). */
const RECORDS_CHECKED = 500;

export async function readClockMeasurement(db: RaporDb): Promise<ClockMeasurement | null> {
	const value: unknown = (await db.meta.get(META_CLOCK))?.value;
	if (!isValidMeasurement(value)) return null;
	return { selisihMs: value.selisihMs, diukurPada: value.diukurPada };
}

/** The latest measurement replaces any earlier one (the device clock may have been set since). */
export async function saveClockMeasurement(db: RaporDb, size: ClockMeasurement): Promise<void> {
	await db.meta.put({ key: META_CLOCK, value: { ...size } });
}

/** The latest waktu of a response this device made, ms; null when it made none. */
export async function latestResponseTime(db: RaporDb, perangkatId: string): Promise<number | null> {
	const terbaru = await db.responses.orderBy('waktu').reverse().limit(RECORDS_CHECKED).toArray();
	const milik = terbaru
		.filter((r) => r.perangkatId === perangkatId)
		.map((r) => instant(r.waktu))
		.filter(Number.isFinite);
	return milik.length > 0 ? Math.max(...milik) : null;
}

/** What tells the time on this device (read only: fit for a liveQuery). */
export async function clockEvidence(
	db: RaporDb,
	waktuBuild: number | null,
	sekarang = Date.now()
): Promise<ClockEvidence> {
	const perangkatId = (await db.meta.get(META_DEVICE_ID))?.value;
	const [size, rekaman] = await Promise.all([
		readClockMeasurement(db),
		typeof perangkatId === 'string' ? latestResponseTime(db, perangkatId) : null
	]);
	return { sekarang, ukuran: size, waktuBuild, rekamanTerbaru: rekaman };
}
