import { roundTo } from './rounding';

export type Mutu = 'A' | 'B' | 'C' | 'D';
export type KinerjaUnit = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** Lower bounds on the 25–100 scale; the published intervals leave gaps, closed upward here. */
export const MUTU_LIMITS: Readonly<Record<Exclude<Mutu, 'D'>, number>> = {
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
export function mutuFromValue(nilai: number): Mutu {
	const v = roundTo(nilai, 2);
	if (v >= MUTU_LIMITS.A) return 'A';
	if (v >= MUTU_LIMITS.B) return 'B';
	if (v >= MUTU_LIMITS.C) return 'C';
	return 'D';
}
