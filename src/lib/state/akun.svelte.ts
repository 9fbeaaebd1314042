/**
 * The account this device works for. Signed in, the app keeps that account's data in its own
 * database (`rapor@<name>`), so people sharing a phone never mix records and signing out loses
 * nothing; not signed in, it runs the local demo. Which account is active is kept in
 * localStorage, read once per page load.
 */
import { base } from '$app/paths';
import { bacaPengguna } from '$lib/domain/periksa';
import type { Pengguna } from '$lib/domain/schemas';
import type { MessageKey } from '$lib/i18n/messages';
import { keluar, masuk, penggunaDariSesi } from '$lib/sync/sesi';

const AKUN_KEY = 'rapor.akun';

function bacaAkun(): Pengguna | null {
	if (typeof localStorage === 'undefined') return null;
	try {
		return bacaPengguna(JSON.parse(localStorage.getItem(AKUN_KEY) ?? 'null'));
	} catch {
		return null;
	}
}

/** The signed-in account of this page (fixed until the page reloads). */
export const akunAktif: Pengguna | null = bacaAkun();

export function namaDatabase(akun: Pengguna | null): string {
	return akun ? `rapor@${akun.nama}` : 'rapor';
}

/** The sync server's CouchDB API, on the app's own origin. */
export function apiBase(): string {
	return `${location.origin}${base}/db`;
}

export type HasilMasukAkun =
	| { ok: true; muatUlang: boolean }
	| { ok: false; key: MessageKey; params?: Record<string, string> };

const PESAN_GAGAL = {
	'sandi-salah': 'akun.sandiSalah',
	jaringan: 'akun.jaringan',
	server: 'akun.server',
	'bukan-akun-rapor': 'akun.bukanAkunRapor'
} as const satisfies Record<string, MessageKey>;

/**
 * Signs in. The same account again (after its session ended) carries on in place; another account
 * needs the current one signed out first; the first sign-in switches the page to the account's
 * database (`muatUlang`).
 */
export async function masukAkun(nama: string, sandi: string): Promise<HasilMasukAkun> {
	const namaBersih = nama.trim();
	if (!namaBersih || !sandi) return { ok: false, key: 'akun.isianKosong' };
	if (akunAktif && akunAktif.nama !== namaBersih) {
		return { ok: false, key: 'akun.akunLain', params: { nama: akunAktif.nama } };
	}
	const hasil = await masuk(apiBase(), namaBersih, sandi);
	if (!hasil.ok && hasil.alasan === 'terkunci') {
		return { ok: false, key: 'akun.terkunci', params: { menit: String(hasil.menit) } };
	}
	if (!hasil.ok) return { ok: false, key: PESAN_GAGAL[hasil.alasan] };
	const pengguna = penggunaDariSesi(hasil.sesi)!;
	const sama = JSON.stringify(pengguna) === JSON.stringify(akunAktif);
	localStorage.setItem(AKUN_KEY, JSON.stringify(pengguna));
	return { ok: true, muatUlang: !sama };
}

/** Ends the session on the server (when reachable) and returns this device to the demo. */
export async function keluarAkun(): Promise<void> {
	await keluar(apiBase());
	localStorage.removeItem(AKUN_KEY);
}
