import { KINERJA_MUTU, mutuDariNilai, type KinerjaUnit, type Mutu } from './mutu';
import { bulatkan } from './rounding';
import { JENIS_KELAMIN, PEKERJAAN, PENDIDIKAN } from './konstanta';
import type { Jawaban, Profil } from './schemas';
import { UNSUR_KEYS, type UnsurKey } from './unsur';

/** `eksak`: 1/9; `dibulatkan`: the 0,111 printed in many published reports. */
export type BobotSkm = 'eksak' | 'dibulatkan';

const JUMLAH_UNSUR = UNSUR_KEYS.length;
/** Conversion of the 1–4 IKM to the 25–100 value. */
const KONVERSI = 25;
/** How many of the lowest unsur a report lists as improvement priorities. */
const JUMLAH_TERENDAH = 3;

/** PermenPANRB 14/2017, Lampiran: every unsur weighs 1/9 ("0,111" in the worked example). */
export function bobotUnsur(mode: BobotSkm): number {
	return mode === 'eksak' ? 1 / JUMLAH_UNSUR : 0.111;
}

export interface HasilSkm {
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

function perUnsur<T>(f: (key: UnsurKey, i: number) => T): Record<UnsurKey, T> {
	const out = {} as Record<UnsurKey, T>;
	UNSUR_KEYS.forEach((key, i) => (out[key] = f(key, i)));
	return out;
}

/**
 * The additive part of an SKM: respondents, and per unsur the sum of the answers and how many
 * answered. Sums of small integers are exact in any order, so a rekap kept by adding and
 * subtracting responses one by one scores exactly like a fresh pass over all of them.
 */
export interface RekapJawaban {
	responden: number;
	jumlah: Record<UnsurKey, number>;
	dijawab: Record<UnsurKey, number>;
}

export function rekapJawabanKosong(): RekapJawaban {
	return { responden: 0, jumlah: perUnsur(() => 0), dijawab: perUnsur(() => 0) };
}

/** Adds (arah 1) or takes away (arah -1) one response's answers; blanks count for nothing. */
export function ubahRekapJawaban(rekap: RekapJawaban, j: Jawaban, arah: 1 | -1): void {
	rekap.responden += arah;
	for (const key of UNSUR_KEYS) {
		// `!= null` also treats an absent key in imported data as a blank.
		const skor = j[key];
		if (skor == null) continue;
		rekap.jumlah[key] += arah * skor;
		rekap.dijawab[key] += arah;
	}
}

/** The rekap of many answers in one pass with no allocation per response. */
export function rekapJawaban(jawaban: readonly Jawaban[]): RekapJawaban {
	const jumlah = new Float64Array(JUMLAH_UNSUR);
	const dijawab = new Uint32Array(JUMLAH_UNSUR);
	const tambah = (i: number, skor: number | null | undefined) => {
		if (skor == null) return;
		jumlah[i]! += skor;
		dijawab[i]!++;
	};
	// Unrolled: named property reads stay monomorphic, about 3× faster than j[key] in a loop.
	for (let r = 0; r < jawaban.length; r++) {
		const j = jawaban[r]!;
		tambah(0, j.u1);
		tambah(1, j.u2);
		tambah(2, j.u3);
		tambah(3, j.u4);
		tambah(4, j.u5);
		tambah(5, j.u6);
		tambah(6, j.u7);
		tambah(7, j.u8);
		tambah(8, j.u9);
	}
	return {
		responden: jawaban.length,
		jumlah: perUnsur((_, i) => jumlah[i]!),
		dijawab: perUnsur((_, i) => dijawab[i]!)
	};
}

/**
 * SKM of one unit (PermenPANRB 14/2017, Lampiran): NRR_i = Σ answers_i / respondents answering i;
 * IKM = Σ NRR_i × bobot; nilai = IKM × 25, rounded half up to two decimals, then graded.
 */
export function hitungSkm(jawaban: readonly Jawaban[], bobotSkm: BobotSkm = 'eksak'): HasilSkm {
	return hitungSkmDariRekap(rekapJawaban(jawaban), bobotSkm);
}

/** The SKM from a rekap (see RekapJawaban); the same result as hitungSkm over its responses. */
export function hitungSkmDariRekap(rekap: RekapJawaban, bobotSkm: BobotSkm = 'eksak'): HasilSkm {
	const { jumlah, dijawab } = rekap;
	const bobot = bobotUnsur(bobotSkm);
	const nrr = perUnsur((k) => (dijawab[k] > 0 ? jumlah[k] / dijawab[k] : null));
	const unsurKosong = UNSUR_KEYS.filter((k) => nrr[k] === null);
	const lengkap = rekap.responden > 0 && unsurKosong.length === 0;

	let totalNrr = 0;
	for (const k of UNSUR_KEYS) totalNrr += nrr[k] ?? 0;
	// With the exact weight, Σ NRR / 9 avoids the float residue of nine × (1/9).
	const ikm = lengkap ? (bobotSkm === 'eksak' ? totalNrr / JUMLAH_UNSUR : totalNrr * bobot) : null;
	const nilai = ikm === null ? null : bulatkan(ikm * KONVERSI, 2);
	const mutu = nilai === null ? null : mutuDariNilai(nilai);

	return {
		responden: rekap.responden,
		dijawab: perUnsur((k) => dijawab[k]),
		nrr,
		nrrTertimbang: perUnsur((k) => {
			const v = nrr[k];
			return v === null ? null : v * bobot;
		}),
		bobot,
		bobotSkm,
		ikm,
		nilai,
		mutu,
		kinerja: mutu === null ? null : KINERJA_MUTU[mutu],
		mutuUnsur: perUnsur((k) => {
			const v = nrr[k];
			return v === null ? null : mutuDariNilai(v * KONVERSI);
		}),
		unsurTerendah: unsurTerendah(nrr),
		unsurKosong
	};
}

function unsurTerendah(nrr: Record<UnsurKey, number | null>): UnsurKey[] {
	const dijawab = UNSUR_KEYS.filter((k) => nrr[k] !== null);
	// Array.prototype.sort is stable, so equal NRR keep key order.
	return dijawab.sort((a, b) => nrr[a]! - nrr[b]!).slice(0, JUMLAH_TERENDAH);
}

export type IkmPemda = 'rerata-unit' | 'gabungan';

export interface HasilSkmPemda {
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
export function hitungSkmPemda(
	hasilUnit: readonly HasilSkm[],
	semuaJawaban: readonly Jawaban[],
	mode: IkmPemda,
	bobotSkm: BobotSkm
): HasilSkmPemda {
	const gabungan = mode === 'gabungan' ? rekapJawaban(semuaJawaban) : rekapJawabanKosong();
	return hitungSkmPemdaDariRekap(hasilUnit, gabungan, mode, bobotSkm);
}

/** hitungSkmPemda with the pooled respondents given as one summed rekap. */
export function hitungSkmPemdaDariRekap(
	hasilUnit: readonly HasilSkm[],
	gabungan: RekapJawaban,
	mode: IkmPemda,
	bobotSkm: BobotSkm
): HasilSkmPemda {
	const bernilai = hasilUnit.filter((h) => h.nilai !== null && h.ikm !== null);
	if (mode === 'gabungan') {
		const h = hitungSkmDariRekap(gabungan, bobotSkm);
		const { responden, nilai, ikm, mutu, kinerja } = h;
		return { mode, unit: bernilai.length, responden, nilai, ikm, mutu, kinerja };
	}
	const responden = bernilai.reduce((s, h) => s + h.responden, 0);
	if (bernilai.length === 0) {
		return { mode, unit: 0, responden, nilai: null, ikm: null, mutu: null, kinerja: null };
	}
	const nilai = bulatkan(bernilai.reduce((s, h) => s + h.nilai!, 0) / bernilai.length, 2);
	const ikm = bernilai.reduce((s, h) => s + h.ikm!, 0) / bernilai.length;
	const mutu = mutuDariNilai(nilai);
	return { mode, unit: bernilai.length, responden, nilai, ikm, mutu, kinerja: KINERJA_MUTU[mutu] };
}

export const USIA_BANDS = ['<20', '20–29', '30–39', '40–49', '50–59', '≥60'] as const;
export type UsiaBand = (typeof USIA_BANDS)[number];

export const TIDAK_DIISI = 'tidakDiisi';

export interface RekapProfil {
	jenisKelamin: Record<string, number>;
	usia: Record<string, number>;
	pendidikan: Record<string, number>;
	pekerjaan: Record<string, number>;
}

export function usiaBand(usia: number): UsiaBand {
	if (usia < 20) return '<20';
	if (usia < 30) return '20–29';
	if (usia < 40) return '30–39';
	if (usia < 50) return '40–49';
	if (usia < 60) return '50–59';
	return '≥60';
}

function kosong(kategori: readonly string[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const k of kategori) out[k] = 0;
	out[TIDAK_DIISI] = 0;
	return out;
}

export function rekapProfilKosong(): RekapProfil {
	return {
		jenisKelamin: kosong(JENIS_KELAMIN),
		usia: kosong(USIA_BANDS),
		pendidikan: kosong(PENDIDIKAN),
		pekerjaan: kosong(PEKERJAAN)
	};
}

function hitung(rekap: Record<string, number>, kategori: string | undefined, arah: 1 | -1): void {
	const key = kategori !== undefined && Object.hasOwn(rekap, kategori) ? kategori : TIDAK_DIISI;
	rekap[key] = (rekap[key] ?? 0) + arah;
}

/** Adds (arah 1) or takes away (arah -1) one respondent's profile; blanks as `tidakDiisi`. */
export function ubahRekapProfil(rekap: RekapProfil, p: Profil | undefined, arah: 1 | -1): void {
	const usia = p?.usia;
	hitung(rekap.jenisKelamin, p?.jenisKelamin, arah);
	hitung(rekap.usia, usia == null || !Number.isFinite(usia) ? undefined : usiaBand(usia), arah);
	hitung(rekap.pendidikan, p?.pendidikan, arah);
	hitung(rekap.pekerjaan, p?.pekerjaan, arah);
}

/** Respondent profile counts; every category is present (0 when none), blanks as `tidakDiisi`. */
export function rekapProfil(profil: readonly Profil[]): RekapProfil {
	const rekap = rekapProfilKosong();
	for (const p of profil) ubahRekapProfil(rekap, p, 1);
	return rekap;
}
