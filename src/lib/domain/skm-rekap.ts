/**
 * The SKM rekap of one unit in one period: everything the SKM screens and reports count (answers
 * per unsur, profile categories, service types), kept additive so that a stored rekap can follow
 * every write by adding and taking away single effective responses instead of re-reading them all.
 */
import type { SkmResponse } from './schemas';
import {
	rekapJawabanKosong,
	rekapProfilKosong,
	ubahRekapJawaban,
	ubahRekapProfil,
	type RekapJawaban,
	type RekapProfil
} from './skm';
import { UNSUR_KEYS } from './unsur';

export interface JumlahLayanan {
	jenis: string;
	jumlah: number;
}

export interface RekapSkm extends RekapJawaban {
	profil: RekapProfil;
	/** Respondents per service type (blank ones left out), by jenis in code-point order. */
	layanan: JumlahLayanan[];
}

/** What of an (effective) response a rekap counts. */
export type ResponsRekap = Pick<SkmResponse, 'jawaban' | 'profil' | 'jenisLayanan'>;

export function rekapSkmKosong(): RekapSkm {
	return { ...rekapJawabanKosong(), profil: rekapProfilKosong(), layanan: [] };
}

function ubahLayanan(layanan: JumlahLayanan[], jenis: string, selisih: number): void {
	let i = 0;
	while (i < layanan.length && layanan[i]!.jenis < jenis) i++;
	const entry = layanan[i];
	if (entry?.jenis === jenis) {
		entry.jumlah += selisih;
		if (entry.jumlah === 0) layanan.splice(i, 1);
	} else {
		layanan.splice(i, 0, { jenis, jumlah: selisih });
	}
}

/** Adds (arah 1) or takes away (arah -1) one effective response; changes `rekap` in place. */
export function ubahRekapSkm(rekap: RekapSkm, r: ResponsRekap, arah: 1 | -1): void {
	// Rows written before validation existed may lack answers or a profile.
	ubahRekapJawaban(rekap, r.jawaban ?? {}, arah);
	ubahRekapProfil(rekap.profil, r.profil, arah);
	if (r.jenisLayanan) ubahLayanan(rekap.layanan, r.jenisLayanan, arah);
}

/** The rekap of a list of effective responses, from nothing. */
export function rekapSkm(responses: readonly ResponsRekap[]): RekapSkm {
	const rekap = rekapSkmKosong();
	for (const r of responses) ubahRekapSkm(rekap, r, 1);
	return rekap;
}

/** True when the rekap counts nobody (every count is back to zero). */
export function rekapKosong(rekap: RekapSkm): boolean {
	return rekap.responden === 0;
}

/** The sum of several rekap, e.g. every unit's into the pemda's. */
export function gabungRekapSkm(daftar: readonly RekapSkm[]): RekapSkm {
	const total = rekapSkmKosong();
	for (const r of daftar) {
		total.responden += r.responden;
		for (const k of UNSUR_KEYS) {
			total.jumlah[k] += r.jumlah[k];
			total.dijawab[k] += r.dijawab[k];
		}
		for (const bagian of ['jenisKelamin', 'usia', 'pendidikan', 'pekerjaan'] as const) {
			const tujuan = total.profil[bagian];
			for (const [kategori, n] of Object.entries(r.profil[bagian])) {
				tujuan[kategori] = (tujuan[kategori] ?? 0) + n;
			}
		}
		for (const l of r.layanan) ubahLayanan(total.layanan, l.jenis, l.jumlah);
	}
	return total;
}
