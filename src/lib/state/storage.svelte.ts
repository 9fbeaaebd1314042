/**
 * The device's storage as the screens see it: whether it is persistent, how much space is used
 * and left, whether the browser emptied the database; and the checks other forms call:
 * cukupRuang() before new work, mintaPersistenSekali() on the first save of field data.
 */
import {
	mintaPersisten,
	perkiraanRuang,
	periksaDataHilang,
	sudahPersisten,
	tandaiDataDiketahui,
	type StatusRuang
} from '$lib/db/storage';
import { fmt } from '$lib/i18n/format.svelte';
import { t } from '$lib/i18n/locale.svelte';
import { database } from './app.svelte';

/** localStorage flag: persistence was asked for once on a save (a button can always ask again). */
const KUNCI_SUDAH_MINTA = 'rapor.persist-diminta';

class Penyimpanan {
	/** true granted, false refused, null the browser cannot say; undefined until checked. */
	persisten = $state<boolean | null | undefined>(undefined);
	ruang = $state<StatusRuang | null>(null);
	/** The browser emptied the device database since this device last saw it. */
	dataHilang = $state(false);
	memeriksa = $state(false);
	/** The first check of this page has answered (tests wait for it before judging the alarm). */
	diperiksa = $state(false);
}

export const penyimpanan = new Penyimpanan();

let pemeriksaanAwal: Promise<void> | null = null;

/** Reads persistence, the estimate and the eviction marker; once per page unless `ulang`. */
export function muatStatusPenyimpanan(ulang = false): Promise<void> {
	if (pemeriksaanAwal && !ulang) return pemeriksaanAwal;
	pemeriksaanAwal = (async () => {
		penyimpanan.memeriksa = true;
		try {
			const [persisten, ruang] = await Promise.all([sudahPersisten(), perkiraanRuang()]);
			penyimpanan.persisten = persisten;
			penyimpanan.ruang = ruang;
			if (typeof localStorage !== 'undefined') {
				const keadaan = await periksaDataHilang(await database(), localStorage);
				penyimpanan.dataHilang = keadaan === 'hilang';
			}
		} finally {
			penyimpanan.memeriksa = false;
			penyimpanan.diperiksa = true;
		}
	})();
	return pemeriksaanAwal;
}

/** Asks the browser to keep the data (the button on Pengaturan). */
export async function mintaPenyimpananPersisten(): Promise<boolean | null> {
	const hasil = await mintaPersisten();
	penyimpanan.persisten = hasil;
	if (typeof localStorage !== 'undefined') localStorage.setItem(KUNCI_SUDAH_MINTA, '1');
	return hasil;
}

/**
 * Asks once per device, on the first save of field data (a response, a realisation entry, master
 * data); later saves do not ask again. Never throws.
 */
export async function mintaPersistenSekali(): Promise<void> {
	try {
		if (typeof localStorage === 'undefined' || localStorage.getItem(KUNCI_SUDAH_MINTA)) return;
		await mintaPenyimpananPersisten();
	} catch {
		// Asking is a courtesy: a browser that refuses or throws must not break the save.
	}
}

/** The user has read the data-loss warning. */
export async function akuiDataHilang(): Promise<void> {
	if (typeof localStorage !== 'undefined') {
		await tandaiDataDiketahui(await database(), localStorage);
	}
	penyimpanan.dataHilang = false;
}

export type CekRuang = { ok: true; peringatan: string | null } | { ok: false; pesan: string };

/** Space left as "12,5 MB". */
export const teksMB = (byte: number | null) =>
	byte === null ? '–' : `${fmt.angka(byte / (1024 * 1024), 1)} MB`;

/**
 * Call before starting new work (a new respondent, a new realisation entry, an import): refuses
 * when the device is nearly full, with a message to show; warns when space is running low. A
 * browser that does not report its space is given the benefit of the doubt.
 */
export async function cukupRuang(): Promise<CekRuang> {
	const ruang = await perkiraanRuang();
	penyimpanan.ruang = ruang;
	const sisa = teksMB(ruang.sisa);
	if (ruang.tingkat === 'penuh') return { ok: false, pesan: t('ruang.penuhTolak', { sisa }) };
	if (ruang.tingkat === 'menipis') return { ok: true, peringatan: t('ruang.menipis', { sisa }) };
	return { ok: true, peringatan: null };
}
