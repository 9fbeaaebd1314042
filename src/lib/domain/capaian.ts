import { roundTo } from './rounding';
import type { Polarity } from './schemas';

export interface CapaianOptions {
	/** `selisih`: (2 − realisasi/target) × 100 floored at 0; `rasio`: target / realisasi × 100. */
	rumusNegatif: 'selisih' | 'rasio';
	/** Cap applied before the capaian enters an index (100, or e.g. 120). */
	batasCapaian: number;
}

export type CapaianResult =
	| { status: 'ok'; /** uncapped % */ nilai: number; /** min(nilai, batas) */ dipakai: number }
	| { status: 'tanpa-target' | 'tanpa-realisasi' };

const isFiniteNumber = (x: number | null | undefined): x is number =>
	x != null && Number.isFinite(x);

/**
 * Capaian of one indicator against its target, as SAKIP performance reports compute it (docs/domain.md,
 * Indeks Kinerja OPD): positive polarity realisasi / target × 100; negative polarity either
 * (2 − realisasi / target) × 100 floored at 0, or target / realisasi × 100. A missing or zero
 * target excludes the indicator; nothing is ever divided by zero.
 */
export function capaianIndikator(
	realisasi: number | null | undefined,
	target: number | null | undefined,
	polaritas: Polarity,
	opsi: CapaianOptions
): CapaianResult {
	if (!isFiniteNumber(target) || target === 0) return { status: 'tanpa-target' };
	if (!isFiniteNumber(realisasi)) return { status: 'tanpa-realisasi' };
	const value = capaianValue(realisasi, target, polaritas, opsi);
	return { status: 'ok', nilai: value, dipakai: Math.min(value, opsi.batasCapaian) };
}

// × 100 before dividing keeps decimal results exact more often (110 / 100 × 100 = 110,000…01).
function capaianValue(
	realisasi: number,
	target: number,
	polaritas: Polarity,
	opsi: CapaianOptions
): number {
	if (polaritas === 'positif') return (realisasi * 100) / target;
	if (opsi.rumusNegatif === 'selisih') return Math.max(0, 200 - (realisasi * 100) / target);
	// Realisasi 0 on a lower-is-better indicator is the best possible outcome: the cap.
	if (realisasi === 0) return opsi.batasCapaian;
	return (target * 100) / realisasi;
}

export type KategoriCapaian = 'sangat-tinggi' | 'tinggi' | 'sedang' | 'rendah' | 'sangat-rendah';

/** Permendagri 86/2017 capaian categories, on the value rounded to two decimals. */
export function kategoriCapaian(nilai: number): KategoriCapaian {
	const v = roundTo(nilai, 2);
	if (v >= 91) return 'sangat-tinggi';
	if (v >= 76) return 'tinggi';
	if (v >= 66) return 'sedang';
	if (v >= 51) return 'rendah';
	return 'sangat-rendah';
}
