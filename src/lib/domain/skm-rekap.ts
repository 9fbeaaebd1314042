/**
 * The SKM rekap of one unit in one period: everything the SKM screens and reports count (answers
 * per unsur, profile categories, service types), kept additive so that a stored rekap can follow
 * every write by adding and taking away single effective responses instead of re-reading them all.
 */
import type { SkmResponse } from './schemas';
import {
	emptyAnswerRekap,
	emptyProfilRekap,
	updateAnswerRekap,
	updateProfilRekap,
	type AnswerRekap,
	type ProfilRekap
} from './skm';
import { UNSUR_KEYS } from './unsur';

export interface ServiceCounts {
	jenis: string;
	jumlah: number;
}

export interface SkmRekap extends AnswerRekap {
	profil: ProfilRekap;
	/** Respondents per service type (blank ones left out), by jenis in code-point order. */
	layanan: ServiceCounts[];
}

/** What of an (effective) response a rekap counts. */
export type RekapResponse = Pick<SkmResponse, 'jawaban' | 'profil' | 'jenisLayanan'>;

export function emptySkmRekap(): SkmRekap {
	return { ...emptyAnswerRekap(), profil: emptyProfilRekap(), layanan: [] };
}

function updateServices(layanan: ServiceCounts[], kind: string, difference: number): void {
	let i = 0;
	while (i < layanan.length && layanan[i]!.jenis < kind) i++;
	const entry = layanan[i];
	if (entry?.jenis === kind) {
		entry.jumlah += difference;
		if (entry.jumlah === 0) layanan.splice(i, 1);
	} else {
		layanan.splice(i, 0, { jenis: kind, jumlah: difference });
	}
}

/** Adds (arah 1) or takes away (arah -1) one effective response; changes `rekap` in place. */
export function updateSkmRekap(rekap: SkmRekap, r: RekapResponse, arah: 1 | -1): void {
	// Rows written before validation existed may lack answers or a profile.
	updateAnswerRekap(rekap, r.jawaban ?? {}, arah);
	updateProfilRekap(rekap.profil, r.profil, arah);
	if (r.jenisLayanan) updateServices(rekap.layanan, r.jenisLayanan, arah);
}

/** The rekap of a list of effective responses, from nothing. */
export function buildSkmRekap(responses: readonly RekapResponse[]): SkmRekap {
	const rekap = emptySkmRekap();
	for (const r of responses) updateSkmRekap(rekap, r, 1);
	return rekap;
}

/** True when the rekap counts nobody (every count is back to zero). */
export function emptyRekap(rekap: SkmRekap): boolean {
	return rekap.responden === 0;
}

/** The sum of several rekap, e.g. every unit's into the pemda's. */
export function mergeSkmRekap(list: readonly SkmRekap[]): SkmRekap {
	const total = emptySkmRekap();
	for (const r of list) {
		total.responden += r.responden;
		for (const k of UNSUR_KEYS) {
			total.jumlah[k] += r.jumlah[k];
			total.dijawab[k] += r.dijawab[k];
		}
		for (const part of ['jenisKelamin', 'usia', 'pendidikan', 'pekerjaan'] as const) {
			const target = total.profil[part];
			for (const [kategori, n] of Object.entries(r.profil[part])) {
				target[kategori] = (target[kategori] ?? 0) + n;
			}
		}
		for (const l of r.layanan) updateServices(total.layanan, l.jenis, l.jumlah);
	}
	return total;
}
