/**
 * The server's respondent counts per unit (GET /api/skm/jumlah), kept on the device with the time
 * the server counted them, so that offline the screens show the last known count and its time
 * rather than this device's own responses. Kept in localStorage, one key per device database
 * (`rapor.jumlahUnit@rapor@<account>`): small, derived data that needs no schema version, and
 * never mixed between accounts sharing a phone.
 */
import { validPeriodeId, validTime } from '$lib/domain/check';
import type { Populasi, Unit } from '$lib/domain/schemas';

/** The server's counts of one period: when it counted (ISO 8601) and the count per unit id. */
export interface ServerCounts {
	periode: string;
	waktu: string;
	unit: Record<string, number>;
}

/**
 * The server's answer or a cached entry, checked by hand (this runs on the first page, which
 * carries no zod); null when it is not a valid one. Unknown fields are dropped.
 */
export function readServerCounts(value: unknown): ServerCounts | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const { periode, waktu: time, unit } = value as Record<string, unknown>;
	if (!validPeriodeId(periode) || !validTime(time)) return null;
	if (typeof unit !== 'object' || unit === null || Array.isArray(unit)) return null;
	const count = Object.values(unit);
	if (!count.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) return null;
	return { periode, waktu: time, unit: { ...(unit as Record<string, number>) } };
}

/** Periods kept per database: the current triwulan and a few before it are enough. */
export const PERIODE_KEPT = 8;

export type TextStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const cacheKey = (namaDatabase: string) => `rapor.jumlahUnit@${namaDatabase}`;

/** Every period's last known counts of one database; anything unreadable counts as nothing. */
export function readCache(
	storage: TextStorage,
	namaDatabase: string
): Record<string, ServerCounts> {
	let raw: unknown;
	try {
		raw = JSON.parse(storage.getItem(cacheKey(namaDatabase)) ?? '{}');
	} catch {
		return {};
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
	const out: Record<string, ServerCounts> = {};
	for (const value of Object.values(raw)) {
		const count = readServerCounts(value);
		if (count) out[count.periode] = count;
	}
	return out;
}

/**
 * `baru` merged into `lama`: it replaces the period's counts only when the server counted later
 * (an answer that arrives late never overwrites a newer one); the most recent periods are kept.
 */
export function mergeCounts(
	old: Readonly<Record<string, ServerCounts>>,
	baru: ServerCounts
): Record<string, ServerCounts> {
	const ada = old[baru.periode];
	if (ada && Date.parse(ada.waktu) > Date.parse(baru.waktu)) return { ...old };
	const all = { ...old, [baru.periode]: baru };
	const terbaru = Object.keys(all)
		.sort((a, b) => b.localeCompare(a))
		.slice(0, PERIODE_KEPT);
	return Object.fromEntries(terbaru.map((p) => [p, all[p]!]));
}

/** Stores `baru` and returns what is now kept; a full or refused storage keeps only memory. */
export function saveCache(
	storage: TextStorage,
	namaDatabase: string,
	baru: ServerCounts
): Record<string, ServerCounts> {
	const all = mergeCounts(readCache(storage, namaDatabase), baru);
	try {
		storage.setItem(cacheKey(namaDatabase), JSON.stringify(all));
	} catch {
		// Quota or private mode: the counts still show until the page closes.
	}
	return all;
}

export interface ServiceUnit {
	unit: Unit;
	populasi: number | null;
}

/** The service units (SKM) with their population, the account's own units first, then by name. */
export function serviceUnits(
	units: readonly Unit[],
	populasi: readonly Populasi[],
	milik: readonly string[]
): ServiceUnit[] {
	const punya = new Set(milik);
	const count = new Map(populasi.map((p) => [p.unitId, p.jumlah]));
	return units
		.filter((u) => u.layananSkm)
		.sort(
			(a, b) =>
				Number(punya.has(b.id)) - Number(punya.has(a.id)) || a.nama.localeCompare(b.nama, 'id')
		)
		.map((unit) => ({ unit, populasi: count.get(unit.id) ?? null }));
}
