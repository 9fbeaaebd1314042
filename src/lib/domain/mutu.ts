import { bulatkan } from './rounding';

export type Mutu = 'A' | 'B' | 'C' | 'D';
export type KinerjaUnit = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** Lower bounds on the 25–100 scale; the published intervals leave gaps, closed upward here. */
export const BATAS_MUTU: Readonly<Record<Exclude<Mutu, 'D'>, number>> = {
	A: 88.31,
	B: 76.61,
	C: 65
};

/** PermenPANRB 14/2017, Lampiran (nilai persepsi, interval konversi, mutu, kinerja unit). */
export const KINERJA_MUTU: Readonly<Record<Mutu, KinerjaUnit>> = {
	A: 'Sangat Baik',
	B: 'Baik',
	C: 'Kurang Baik',
	D: 'Tidak Baik'
};

/** Grades an IKM value (25–100) after rounding it to two decimals, half up. */
export function mutuDariNilai(nilai: number): Mutu {
	const v = bulatkan(nilai, 2);
	if (v >= BATAS_MUTU.A) return 'A';
	if (v >= BATAS_MUTU.B) return 'B';
	if (v >= BATAS_MUTU.C) return 'C';
	return 'D';
}
