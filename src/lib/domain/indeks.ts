import {
	capaianIndikator,
	kategoriCapaian,
	type CapaianResult,
	type KategoriCapaian
} from './capaian';
import { parsePeriodeId } from './periode';
import { roundTo } from './rounding';
import { invalidBobot } from './check';
import type { BobotIndeks, Indikator, Settings, Realisasi } from './schemas';

export type KomponenKey = 'anggaran' | 'fisik' | 'kinerja' | 'p3dn';
export const KOMPONEN_KEYS: readonly KomponenKey[] = ['anggaran', 'fisik', 'kinerja', 'p3dn'];

/** Missing-data codes, shown to users through i18n; listed in this order. */
export type Shortfall =
	| 'belum-ada-realisasi'
	| 'pagu'
	| 'pagu-nol'
	| 'realisasi-anggaran'
	| 'realisasi-fisik'
	| 'indikator'
	| 'p3dn';

export type Zona = 'hijau' | 'kuning' | 'merah';

/**
 * Every component counts at most 100 % in the index. The configurable cap (batasCapaian) only
 * lets one indicator's over-achievement offset another's shortfall inside the kinerja mean.
 */
export const KOMPONEN_LIMITS = 100;

/** Zone of the index rounded to two decimals (defaults: hijau ≥ 76, kuning ≥ 51, else merah). */
export function zonaOf(indeks: number, zona: Settings['zona']): Zona {
	const v = roundTo(indeks, 2);
	if (v >= zona.hijau) return 'hijau';
	if (v >= zona.kuning) return 'kuning';
	return 'merah';
}

export interface CapaianRow {
	indikator: Indikator;
	target: number | null;
	realisasi: number | null;
	hasil: CapaianResult;
	kategori: KategoriCapaian | null;
}

export interface Komponen {
	/** Uncapped %. */
	nilai: number | null;
	/** Capped at KOMPONEN_LIMITS for the index. */
	dipakai: number | null;
	bobot: number;
	/** bobot × dipakai / 100. */
	kontribusi: number | null;
}

export interface IndeksResult {
	unitId: string;
	periodeId: string;
	komponen: Record<KomponenKey, Komponen>;
	indikator: CapaianRow[];
	/** Σ bobot × dipakai / 100, rounded to two decimals; null while weighted data is missing. */
	indeks: number | null;
	zona: Zona | null;
	kekurangan: Shortfall[];
	/**
	 * Indicators with a target this triwulan but no realisasi entered. They are left out of the
	 * kinerja mean (not scored 0) and named, so an OPD cannot look better by leaving bad ones blank.
	 */
	indikatorTanpaRealisasi: number;
	status: Realisasi['status'] | null;
}

export interface IndeksInput {
	unitId: string;
	periodeId: string;
	realisasi: Realisasi | undefined;
	/** The OPD's indicators for the period's year. */
	indikator: readonly Indikator[];
}

/** A component's value, or the codes of the data it lacks. */
type Measure = { nilai: number } | { kurang: Shortfall[] };

const SHORTFALL_ORDER: readonly Shortfall[] = [
	'belum-ada-realisasi',
	'pagu',
	'pagu-nol',
	'realisasi-anggaran',
	'realisasi-fisik',
	'indikator',
	'p3dn'
];

function validBobot(bobot: BobotIndeks): BobotIndeks {
	const wrong = invalidBobot(bobot);
	// Settings are validated at the boundary; reaching this is a programming error.
	if (wrong) throw new Error(wrong);
	return bobot;
}

function capaianRow(input: IndeksInput, triwulan: number, p: Settings): CapaianRow[] {
	const realisasiPer = new Map(input.realisasi?.indikator.map((r) => [r.indikatorId, r.realisasi]));
	return input.indikator.map((indikator) => {
		const target = indikator.target[triwulan - 1] ?? null;
		const realisasi = realisasiPer.get(indikator.id) ?? null;
		const result = capaianIndikator(realisasi, target, indikator.polaritas, p);
		const kategori = result.status === 'ok' ? kategoriCapaian(result.nilai) : null;
		return { indikator, target, realisasi, hasil: result, kategori };
	});
}

function measureAnggaran(r: Realisasi): Measure {
	const kurang: Shortfall[] = [];
	if (r.pagu == null) kurang.push('pagu');
	else if (r.pagu === 0) kurang.push('pagu-nol');
	if (r.realisasiAnggaran == null) kurang.push('realisasi-anggaran');
	if (kurang.length > 0 || r.pagu == null || r.realisasiAnggaran == null) return { kurang };
	return { nilai: (r.realisasiAnggaran * 100) / r.pagu };
}

function measureFisik(r: Realisasi): Measure {
	return r.realisasiFisik == null ? { kurang: ['realisasi-fisik'] } : { nilai: r.realisasiFisik };
}

function measureKinerja(row: readonly CapaianRow[]): Measure {
	let count = 0;
	let n = 0;
	for (const b of row) {
		if (b.hasil.status !== 'ok') continue;
		count += b.hasil.dipakai;
		n++;
	}
	return n === 0 ? { kurang: ['indikator'] } : { nilai: count / n };
}

function measureP3dn(r: Realisasi, rumus: Settings['rumusP3dn']): Measure {
	const { realisasiPdn, komitmenPdn, totalPengadaan } = r.p3dn;
	const penyebut = rumus === 'komitmen' ? komitmenPdn : totalPengadaan;
	if (realisasiPdn == null || penyebut == null || penyebut === 0) return { kurang: ['p3dn'] };
	return { nilai: (realisasiPdn * 100) / penyebut };
}

/**
 * Indeks Kinerja OPD per triwulan (Kota Magelang's "rapotan OPD"; docs/domain.md): each component as a
 * percentage capped at KOMPONEN_LIMITS, index = Σ bobot × component / 100. Components: realisasi
 * anggaran / pagu, realisasi fisik, mean capaian of program indicators, P3DN.
 */
export function computeIndeksOpd(input: IndeksInput, settings: Settings): IndeksResult {
	const bobot = validBobot(settings.bobotIndeks);
	const { triwulan } = parsePeriodeId(input.periodeId);
	const { realisasi } = input;
	const indikator = capaianRow(input, triwulan, settings);

	const belum: Measure = { kurang: ['belum-ada-realisasi'] };
	const ukuran: Record<KomponenKey, Measure> = realisasi
		? {
				anggaran: measureAnggaran(realisasi),
				fisik: measureFisik(realisasi),
				kinerja: measureKinerja(indikator),
				p3dn: measureP3dn(realisasi, settings.rumusP3dn)
			}
		: { anggaran: belum, fisik: belum, kinerja: belum, p3dn: belum };

	const kekurangan = new Set<Shortfall>();
	const komponen = {} as Record<KomponenKey, Komponen>;
	let total = 0;
	for (const key of KOMPONEN_KEYS) {
		const u = ukuran[key];
		const b = bobot[key];
		if ('kurang' in u) {
			// A weight-0 component never blocks the index.
			if (b > 0) u.kurang.forEach((k) => kekurangan.add(k));
			komponen[key] = { nilai: null, dipakai: null, bobot: b, kontribusi: null };
			continue;
		}
		const dipakai = Math.min(u.nilai, KOMPONEN_LIMITS);
		const kontribusi = (b * dipakai) / 100;
		komponen[key] = { nilai: u.nilai, dipakai, bobot: b, kontribusi };
		total += kontribusi;
	}

	const indeks = kekurangan.size === 0 ? roundTo(total, 2) : null;
	return {
		unitId: input.unitId,
		periodeId: input.periodeId,
		komponen,
		indikator,
		indeks,
		zona: indeks === null ? null : zonaOf(indeks, settings.zona),
		kekurangan: SHORTFALL_ORDER.filter((k) => kekurangan.has(k)),
		indikatorTanpaRealisasi: realisasi
			? indikator.filter((b) => b.hasil.status === 'tanpa-realisasi').length
			: 0,
		status: realisasi?.status ?? null
	};
}
