/**
 * The browser's storage for the device database: persistence (so the browser does not evict
 * IndexedDB under storage pressure), space used and left, and detection of a database the browser
 * emptied. The StorageManager and localStorage are parameters, so this runs and is tested in Node.
 */
import { META_INITIALISED, type RaporDb } from './schema';

export const MB = 1024 * 1024;

/** Warn when less than this share of the quota, or fewer bytes, are left. */
export const BATAS_PERINGATAN = { persen: 10, byte: 50 * MB } as const;
/** Refuse new work (a new survey, a new entry) when less than this is left. */
export const BATAS_PENUH = { persen: 2, byte: 10 * MB } as const;

export type TingkatRuang = 'cukup' | 'menipis' | 'penuh' | 'tidak-diketahui';

export interface StatusRuang {
	tingkat: TingkatRuang;
	/** Bytes; null when the browser does not tell. */
	terpakai: number | null;
	kuota: number | null;
	sisa: number | null;
	/** Share of the quota left, 0–100. */
	persenSisa: number | null;
}

type Penyimpanan = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

/** navigator.storage where the browser has it (not in old Safari, WebViews or Node). */
export function storageManager(): Partial<Penyimpanan> | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** How full the storage is, from navigator.storage.estimate()'s usage and quota. */
export function nilaiRuang(perkiraan: StorageEstimate | null | undefined): StatusRuang {
	const terpakai = perkiraan?.usage;
	const kuota = perkiraan?.quota;
	if (terpakai === undefined || kuota === undefined || !(kuota > 0)) {
		return {
			tingkat: 'tidak-diketahui',
			terpakai: terpakai ?? null,
			kuota: kuota ?? null,
			sisa: null,
			persenSisa: null
		};
	}
	const sisa = Math.max(0, kuota - terpakai);
	const persenSisa = (sisa / kuota) * 100;
	const di = (batas: { persen: number; byte: number }) =>
		persenSisa < batas.persen || sisa < batas.byte;
	const tingkat: TingkatRuang = di(BATAS_PENUH)
		? 'penuh'
		: di(BATAS_PERINGATAN)
			? 'menipis'
			: 'cukup';
	return { tingkat, terpakai, kuota, sisa, persenSisa };
}

export async function perkiraanRuang(
	storage: Partial<Penyimpanan> | undefined = storageManager()
): Promise<StatusRuang> {
	if (!storage?.estimate) return nilaiRuang(null);
	try {
		return nilaiRuang(await storage.estimate());
	} catch {
		return nilaiRuang(null);
	}
}

/** Whether storage is persistent; null when the browser cannot say. */
export async function sudahPersisten(
	storage: Partial<Penyimpanan> | undefined = storageManager()
): Promise<boolean | null> {
	if (!storage?.persisted) return null;
	try {
		return await storage.persisted();
	} catch {
		return null;
	}
}

/** Asks for persistent storage; true when granted, null when the browser has no such request. */
export async function mintaPersisten(
	storage: Partial<Penyimpanan> | undefined = storageManager()
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
 * Every database has its own marker: see kunciPenanda.
 */
export const KUNCI_PENANDA = 'rapor.db-initialised';

/** The marker of one database: `rapor` (the demo) keeps the old key, `rapor@<account>` its own. */
export function kunciPenanda(namaDatabase: string): string {
	return namaDatabase === 'rapor' ? KUNCI_PENANDA : `${KUNCI_PENANDA}:${namaDatabase}`;
}

type PenyimpananKunci = Pick<Storage, 'getItem' | 'setItem'>;

export type KeadaanData = 'aman' | 'baru' | 'hilang';

async function waktuInisialisasi(db: RaporDb): Promise<string | null> {
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
export async function pastikanInisialisasi(db: RaporDb): Promise<void> {
	await db.transaction('rw', db.meta, async () => {
		if (await db.meta.get(META_INITIALISED)) return;
		await db.meta.put({ key: META_INITIALISED, value: { at: new Date().toISOString() } });
	});
}

/**
 * Whether the browser emptied this database since this device last saw it. Each database has its
 * own marker in localStorage (kunciPenanda), holding the time the database was initialised, so
 * signing in to an account never compares its database with the demo's. A database without its
 * `initialised` record, or initialised at another time (the app starts a fresh one after an
 * eviction), while its marker exists, was emptied: 'hilang'. No marker yet: it is written ('baru').
 * The marker is only moved on to the new database by tandaiDataDiketahui (the user saw the
 * warning). Limits: a browser that clears localStorage together with IndexedDB (Safari's 7-day
 * rule, "clear site data") leaves no marker to compare with.
 */
export async function periksaDataHilang(
	db: RaporDb,
	penanda: PenyimpananKunci
): Promise<KeadaanData> {
	const at = await waktuInisialisasi(db);
	const kunci = kunciPenanda(db.name);
	const tersimpan = penanda.getItem(kunci);
	if (tersimpan === null) {
		if (at !== null) penanda.setItem(kunci, at);
		return 'baru';
	}
	return at === tersimpan ? 'aman' : 'hilang';
}

/** The user has seen that data was lost: the marker now follows the current database. */
export async function tandaiDataDiketahui(db: RaporDb, penanda: PenyimpananKunci): Promise<void> {
	const at = await waktuInisialisasi(db);
	if (at !== null) penanda.setItem(kunciPenanda(db.name), at);
}
