/**
 * The device's storage as the screens see it: whether it is persistent, how much space is used
 * and left, whether the browser emptied the database; and the checks other forms call:
 * hasEnoughSpace() before new work, requestPersistOnce() on the first save of field data.
 */
import {
	requestPersist,
	estimateSpace,
	checkDataLost,
	isPersisted,
	markDataKnown,
	type SpaceStatus
} from '$lib/db/storage';
import { fmt } from '$lib/i18n/format.svelte';
import { t } from '$lib/i18n/locale.svelte';
import { database } from './app.svelte';

/** localStorage flag: persistence was asked for once on a save (a button can always ask again). */
const ASKED_KEY = 'rapor.persist-diminta';

class StorageState {
	/** true granted, false refused, null the browser cannot say; undefined until checked. */
	persisten = $state<boolean | null | undefined>(undefined);
	ruang = $state<SpaceStatus | null>(null);
	/** The browser emptied the device database since this device last saw it. */
	dataHilang = $state(false);
	memeriksa = $state(false);
	/** The first check of this page has answered (tests wait for it before judging the alarm). */
	diperiksa = $state(false);
}

export const storageState = new StorageState();

let initialCheck: Promise<void> | null = null;

/** Reads persistence, the estimate and the eviction marker; once per page unless `ulang`. */
export function loadStorageStatus(ulang = false): Promise<void> {
	if (initialCheck && !ulang) return initialCheck;
	initialCheck = (async () => {
		storageState.memeriksa = true;
		try {
			const [persisten, ruang] = await Promise.all([isPersisted(), estimateSpace()]);
			storageState.persisten = persisten;
			storageState.ruang = ruang;
			if (typeof localStorage !== 'undefined') {
				const keadaan = await checkDataLost(await database(), localStorage);
				storageState.dataHilang = keadaan === 'hilang';
			}
		} finally {
			storageState.memeriksa = false;
			storageState.diperiksa = true;
		}
	})();
	return initialCheck;
}

/** Asks the browser to keep the data (the button on Settings). */
export async function requestPersistentStorage(): Promise<boolean | null> {
	const result = await requestPersist();
	storageState.persisten = result;
	if (typeof localStorage !== 'undefined') localStorage.setItem(ASKED_KEY, '1');
	return result;
}

/**
 * Asks once per device, on the first save of field data (a response, a realisation entry, master
 * data); later saves do not ask again. Never throws.
 */
export async function requestPersistOnce(): Promise<void> {
	try {
		if (typeof localStorage === 'undefined' || localStorage.getItem(ASKED_KEY)) return;
		await requestPersistentStorage();
	} catch {
		// Asking is a courtesy: a browser that refuses or throws must not break the save.
	}
}

/** The user has read the data-loss warning. */
export async function acknowledgeDataLost(): Promise<void> {
	if (typeof localStorage !== 'undefined') {
		await markDataKnown(await database(), localStorage);
	}
	storageState.dataHilang = false;
}

export type SpaceCheck = { ok: true; peringatan: string | null } | { ok: false; pesan: string };

/** Space left as "12,5 MB". */
export const mbText = (byte: number | null) =>
	byte === null ? '–' : `${fmt.angka(byte / (1024 * 1024), 1)} MB`;

/**
 * Call before starting new work (a new respondent, a new realisation entry, an import): refuses
 * when the device is nearly full, with a message to show; warns when space is running low. A
 * browser that does not report its space is given the benefit of the doubt.
 */
export async function hasEnoughSpace(): Promise<SpaceCheck> {
	const ruang = await estimateSpace();
	storageState.ruang = ruang;
	const remaining = mbText(ruang.sisa);
	if (ruang.tingkat === 'penuh')
		return { ok: false, pesan: t('ruang.penuhTolak', { sisa: remaining }) };
	if (ruang.tingkat === 'menipis')
		return { ok: true, peringatan: t('ruang.menipis', { sisa: remaining }) };
	return { ok: true, peringatan: null };
}
