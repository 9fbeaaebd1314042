import { KINERJA_MUTU, mutuFromValue, type KinerjaUnit, type Mutu } from './mutu';
import { roundTo } from './rounding';
import { SEXES, OCCUPATIONS, EDUCATION_LEVELS } from './constants';
import type { Answer, Profil } from './schemas';
import { UNSUR_KEYS, type UnsurKey } from './unsur';

/** `eksak`: 1/9; `dibulatkan`: the 0,111 printed in many published reports. */
export type BobotSkm = 'eksak' | 'dibulatkan';

const UNSUR_COUNT = UNSUR_KEYS.length;
/** Conversion of the 1–4 IKM to the 25–100 value. */
const CONVERSION = 25;
/** How many of the lowest unsur a report lists as improvement priorities. */
const LOWEST_COUNT = 3;

/** PermenPANRB 14/2017, Lampiran: every unsur weighs 1/9 ("0,111" in the worked example). */
export function bobotUnsur(mode: BobotSkm): number {
	return mode === 'eksak' ? 1 / UNSUR_COUNT : 0.111;
}

export interface SkmResult {
	responden: number;
	/** Respondents who answered each unsur (blanks left out). */
	dijawab: Record<UnsurKey, number>;
	nrr: Record<UnsurKey, number | null>;
	nrrTertimbang: Record<UnsurKey, number | null>;
	bobot: number;
	bobotSkm: BobotSkm;
	/** 1–4 scale, unrounded. */
	ikm: number | null;
	/** 25–100, rounded to two decimals half up. */
	nilai: number | null;
	mutu: Mutu | null;
	kinerja: KinerjaUnit | null;
	mutuUnsur: Record<UnsurKey, Mutu | null>;
	/** Up to three lowest NRR, ascending, ties in key order; only unsur with answers. */
	unsurTerendah: UnsurKey[];
	/** Unsur nobody answered; any of them leaves the IKM undefined. */
	unsurKosong: UnsurKey[];
}

function byUnsur<T>(f: (key: UnsurKey, i: number) => T): Record<UnsurKey, T> {
	const out = {} as Record<UnsurKey, T>;
	UNSUR_KEYS.forEach((key, i) => (out[key] = f(key, i)));
	return out;
}

/**
 * The additive part of an SKM: respondents, and per unsur the sum of the answers and how many
 * answered. Sums of small integers are exact in any order, so a rekap kept by adding and
 * subtracting responses one by one scores exactly like a fresh pass over all of them.
 */
export interface AnswerRekap {
	responden: number;
	jumlah: Record<UnsurKey, number>;
	dijawab: Record<UnsurKey, number>;
}

export function emptyAnswerRekap(): AnswerRekap {
	return { responden: 0, jumlah: byUnsur(() => 0), dijawab: byUnsur(() => 0) };
}

/** Adds (arah 1) or takes away (arah -1) one response's answers; blanks count for nothing. */
export function updateAnswerRekap(rekap: AnswerRekap, j: Answer, arah: 1 | -1): void {
	rekap.responden += arah;
	for (const key of UNSUR_KEYS) {
		// `!= null` also treats an absent key in imported data as a blank.
		const score = j[key];
		if (score == null) continue;
		rekap.jumlah[key] += arah * score;
		rekap.dijawab[key] += arah;
	}
}

/** The rekap of many answers in one pass with no allocation per response. */
export function answerRekap(answer: readonly Answer[]): AnswerRekap {
	const count = new Float64Array(UNSUR_COUNT);
	const dijawab = new Uint32Array(UNSUR_COUNT);
	const add = (i: number, score: number | null | undefined) => {
		if (score == null) return;
		count[i]! += score;
		dijawab[i]!++;
	};
	// Unrolled: named property reads stay monomorphic, about 3× faster than j[key] in a loop.
	for (let r = 0; r < answer.length; r++) {
		const j = answer[r]!;
		add(0, j.u1);
		add(1, j.u2);
		add(2, j.u3);
		add(3, j.u4);
		add(4, j.u5);
		add(5, j.u6);
		add(6, j.u7);
		add(7, j.u8);
		add(8, j.u9);
	}
	return {
		responden: answer.length,
		jumlah: byUnsur((_, i) => count[i]!),
		dijawab: byUnsur((_, i) => dijawab[i]!)
	};
}

/**
 * SKM of one unit (PermenPANRB 14/2017, Lampiran): NRR_i = Σ answers_i / respondents answering i;
 * IKM = Σ NRR_i × bobot; nilai = IKM × 25, rounded half up to two decimals, then graded.
 */
export function computeSkm(answer: readonly Answer[], bobotSkm: BobotSkm = 'eksak'): SkmResult {
	return computeSkmFromRekap(answerRekap(answer), bobotSkm);
}

/** The SKM from a rekap (see AnswerRekap); the same result as computeSkm over its responses. */
export function computeSkmFromRekap(rekap: AnswerRekap, bobotSkm: BobotSkm = 'eksak'): SkmResult {
	const { jumlah: count, dijawab } = rekap;
	const bobot = bobotUnsur(bobotSkm);
	const nrr = byUnsur((k) => (dijawab[k] > 0 ? count[k] / dijawab[k] : null));
	const emptyUnsur = UNSUR_KEYS.filter((k) => nrr[k] === null);
	const lengkap = rekap.responden > 0 && emptyUnsur.length === 0;

	let totalNrr = 0;
	for (const k of UNSUR_KEYS) totalNrr += nrr[k] ?? 0;
	// With the exact weight, Σ NRR / 9 avoids the float residue of nine × (1/9).
	const ikm = lengkap ? (bobotSkm === 'eksak' ? totalNrr / UNSUR_COUNT : totalNrr * bobot) : null;
	const value = ikm === null ? null : roundTo(ikm * CONVERSION, 2);
	const mutu = value === null ? null : mutuFromValue(value);

	return {
		responden: rekap.responden,
		dijawab: byUnsur((k) => dijawab[k]),
		nrr,
		nrrTertimbang: byUnsur((k) => {
			const v = nrr[k];
			return v === null ? null : v * bobot;
		}),
		bobot,
		bobotSkm,
		ikm,
		nilai: value,
		mutu,
		kinerja: mutu === null ? null : KINERJA_MUTU[mutu],
		mutuUnsur: byUnsur((k) => {
			const v = nrr[k];
			return v === null ? null : mutuFromValue(v * CONVERSION);
		}),
		unsurTerendah: lowestUnsur(nrr),
		unsurKosong: emptyUnsur
	};
}

/** The improvement priorities: the three lowest NRR among the answered unsur, key order on ties. */
export function lowestUnsur(nrr: Readonly<Record<UnsurKey, number | null>>): UnsurKey[] {
	const dijawab = UNSUR_KEYS.filter((k) => nrr[k] !== null);
	// Array.prototype.sort is stable, so equal NRR keep key order.
	return dijawab.sort((a, b) => nrr[a]! - nrr[b]!).slice(0, LOWEST_COUNT);
}

export type IkmPemda = 'rerata-unit' | 'gabungan';

export interface SkmPemdaResult {
	mode: IkmPemda;
	/** Units with a value (the ones a `rerata-unit` mean is taken over). */
	unit: number;
	/** Respondents behind the figure: of the averaged units, or all pooled. */
	responden: number;
	nilai: number | null;
	ikm: number | null;
	mutu: Mutu | null;
	kinerja: KinerjaUnit | null;
}

/**
 * Pemda-wide IKM: by default the unweighted mean of unit IKM values; `gabungan` pools every
 * respondent into one SKM (docs/domain.md, SKM; which one is always stated with the result).
 */
export function computeSkmPemda(
	unitResult: readonly SkmResult[],
	allAnswer: readonly Answer[],
	mode: IkmPemda,
	bobotSkm: BobotSkm
): SkmPemdaResult {
	const gabungan = mode === 'gabungan' ? answerRekap(allAnswer) : emptyAnswerRekap();
	return computeSkmPemdaFromRekap(unitResult, gabungan, mode, bobotSkm);
}

/** computeSkmPemda with the pooled respondents given as one summed rekap. */
export function computeSkmPemdaFromRekap(
	unitResult: readonly SkmResult[],
	gabungan: AnswerRekap,
	mode: IkmPemda,
	bobotSkm: BobotSkm
): SkmPemdaResult {
	const bernilai = unitResult.filter((h) => h.nilai !== null && h.ikm !== null);
	if (mode === 'gabungan') {
		const h = computeSkmFromRekap(gabungan, bobotSkm);
		const { responden, nilai: value, ikm, mutu, kinerja } = h;
		return { mode, unit: bernilai.length, responden, nilai: value, ikm, mutu, kinerja };
	}
	const responden = bernilai.reduce((s, h) => s + h.responden, 0);
	if (bernilai.length === 0) {
		return { mode, unit: 0, responden, nilai: null, ikm: null, mutu: null, kinerja: null };
	}
	const nilai = roundTo(bernilai.reduce((s, h) => s + h.nilai!, 0) / bernilai.length, 2);
	const ikm = bernilai.reduce((s, h) => s + h.ikm!, 0) / bernilai.length;
	const mutu = mutuFromValue(nilai);
	return { mode, unit: bernilai.length, responden, nilai, ikm, mutu, kinerja: KINERJA_MUTU[mutu] };
}

export const AGE_BANDS = ['<20', '20–29', '30–39', '40–49', '50–59', '≥60'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const NOT_FILLED = 'tidakDiisi';

export interface ProfilRekap {
	jenisKelamin: Record<string, number>;
	usia: Record<string, number>;
	pendidikan: Record<string, number>;
	pekerjaan: Record<string, number>;
}

export function ageBand(usia: number): AgeBand {
	if (usia < 20) return '<20';
	if (usia < 30) return '20–29';
	if (usia < 40) return '30–39';
	if (usia < 50) return '40–49';
	if (usia < 60) return '50–59';
	return '≥60';
}

function empty(kategori: readonly string[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const k of kategori) out[k] = 0;
	out[NOT_FILLED] = 0;
	return out;
}

export function emptyProfilRekap(): ProfilRekap {
	return {
		jenisKelamin: empty(SEXES),
		usia: empty(AGE_BANDS),
		pendidikan: empty(EDUCATION_LEVELS),
		pekerjaan: empty(OCCUPATIONS)
	};
}

function count(rekap: Record<string, number>, kategori: string | undefined, arah: 1 | -1): void {
	const key = kategori !== undefined && Object.hasOwn(rekap, kategori) ? kategori : NOT_FILLED;
	rekap[key] = (rekap[key] ?? 0) + arah;
}

/** Adds (arah 1) or takes away (arah -1) one respondent's profile; blanks as `tidakDiisi`. */
export function updateProfilRekap(rekap: ProfilRekap, p: Profil | undefined, arah: 1 | -1): void {
	const usia = p?.usia;
	count(rekap.jenisKelamin, p?.jenisKelamin, arah);
	count(rekap.usia, usia == null || !Number.isFinite(usia) ? undefined : ageBand(usia), arah);
	count(rekap.pendidikan, p?.pendidikan, arah);
	count(rekap.pekerjaan, p?.pekerjaan, arah);
}

/** Respondent profile counts; every category is present (0 when none), blanks as `tidakDiisi`. */
export function profilRekap(profil: readonly Profil[]): ProfilRekap {
	const rekap = emptyProfilRekap();
	for (const p of profil) updateProfilRekap(rekap, p, 1);
	return rekap;
}
