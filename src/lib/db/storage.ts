/**
 * The browser's storage for the device database: persistence (so the browser does not evict
 * IndexedDB under storage pressure), space used and left, and detection of a database the browser
 * emptied. The StorageManager and localStorage are parameters, so this runs and is tested in Node.
 */
import { META_INITIALISED, type RaporDb } from './schema';

export const MB = 1024 * 1024;

/** Warn when less than this share of the quota, or fewer bytes, are left. */
export const WARNING_LIMIT = { persen: 10, byte: 50 * MB } as const;
/** Refuse new work (a new survey, a new entry) when less than this is left. */
export const FULL_LIMIT = { persen: 2, byte: 10 * MB } as const;

export type SpaceLevel = 'cukup' | 'menipis' | 'penuh' | 'tidak-diketahui';

export interface SpaceStatus {
	tingkat: SpaceLevel;
	/** Bytes; null when the browser does not tell. */
	terpakai: number | null;
	kuota: number | null;
	sisa: number | null;
	/** Share of the quota left, 0–100. */
	persenSisa: number | null;
}

type StorageApi = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

/** navigator.storage where the browser has it (not in old Safari, WebViews or Node). */
export function storageManager(): Partial<StorageApi> | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** How full the storage is, from navigator.storage.estimate()'s usage and quota. */
export function assessSpace(perkiraan: StorageEstimate | null | undefined): SpaceStatus {
	const used = perkiraan?.usage;
	const kuota = perkiraan?.quota;
	if (used === undefined || kuota === undefined || !(kuota > 0)) {
		return {
			tingkat: 'tidak-diketahui',
			terpakai: used ?? null,
			kuota: kuota ?? null,
			sisa: null,
			persenSisa: null
		};
	}
	const remaining = Math.max(0, kuota - used);
	const remainingPercent = (remaining / kuota) * 100;
	const di = (limit: { persen: number; byte: number }) =>
		remainingPercent < limit.persen || remaining < limit.byte;
	const tingkat: SpaceLevel = di(FULL_LIMIT) ? 'penuh' : di(WARNING_LIMIT) ? 'menipis' : 'cukup';
	return { tingkat, terpakai: used, kuota, sisa: remaining, persenSisa: remainingPercent };
}

export async function estimateSpace(
	storage: Partial<StorageApi> | undefined = storageManager()
): Promise<SpaceStatus> {
	if (!storage?.estimate) return assessSpace(null);
	try {
		return assessSpace(await storage.estimate());
	} catch {
		return assessSpace(null);
	}
}

/** Whether storage is persistent; null when the browser cannot say. */
export async function isPersisted(
	storage: Partial<StorageApi> | undefined = storageManager()
): Promise<boolean | null> {
	if (!storage?.persisted) return null;
	try {
		return await storage.persisted();
	} catch {
		return null;
	}
}

/** Asks for persistent storage; true when granted, null when the browser has no such request. */
export async function requestPersist(
	storage: Partial<StorageApi> | undefined = storageManager()
): Promise<boolean | null> {
	if (!storage?.persist) return null;
	try {
		return (await storage.persisted?.()) || (await storage.persist());
	} catch {
		return false;
	}
}

/**
 * localStorage key of the demo database's marker (kept, so devices that already hold it keep it).
 * Every database has its own marker: see markerKey.
 */
export const MARKER_KEY = 'rapor.db-initialised';

/** The marker of one database: `rapor` (the demo) keeps the old key, `rapor@<account>` its own. */
export function markerKey(namaDatabase: string): string {
	return namaDatabase === 'rapor' ? MARKER_KEY : `${MARKER_KEY}:${namaDatabase}`;
}

type MarkerStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type DataState = 'aman' | 'baru' | 'hilang';

async function initialisedAt(db: RaporDb): Promise<string | null> {
	const meta = await db.meta.get(META_INITIALISED);
	if (meta === undefined) return null;
	const at = (meta.value as { at?: unknown } | null)?.at;
	return typeof at === 'string' ? at : 'ada';
}

/**
 * Records when this database was created, once (an account's database on its first open; the
 * demo's is written with the demo data). A database the browser emptied gets a new time here,
 * which no longer matches its marker.
 */
export async function ensureInitialised(db: RaporDb): Promise<void> {
	await db.transaction('rw', db.meta, async () => {
		if (await db.meta.get(META_INITIALISED)) return;
		await db.meta.put({ key: META_INITIALISED, value: { at: new Date().toISOString() } });
	});
}

/**
 * Whether the browser emptied this database since this device last saw it. Each database has its
 * own marker in localStorage (markerKey), holding the time the database was initialised, so
 * signing in to an account never compares its database with the demo's. A database without its
 * `initialised` record, or initialised at another time (the app starts a fresh one after an
 * eviction), while its marker exists, was emptied: 'hilang'. No marker yet: it is written ('baru').
 * The marker is only moved on to the new database by markDataKnown (the user saw the
 * warning). Limits: a browser that clears localStorage together with IndexedDB (Safari's 7-day
 * rule, "clear site data") leaves no marker to compare with.
 */
export async function checkDataLost(db: RaporDb, penanda: MarkerStorage): Promise<DataState> {
	const at = await initialisedAt(db);
	const key = markerKey(db.name);
	const saved = penanda.getItem(key);
	if (saved === null) {
		if (at !== null) penanda.setItem(key, at);
		return 'baru';
	}
	return at === saved ? 'aman' : 'hilang';
}

/** The user has seen that data was lost: the marker now follows the current database. */
export async function markDataKnown(db: RaporDb, penanda: MarkerStorage): Promise<void> {
	const at = await initialisedAt(db);
	if (at !== null) penanda.setItem(markerKey(db.name), at);
}
