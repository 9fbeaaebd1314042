import {
	capaianIndikator,
	kategoriCapaian,
	type HasilCapaian,
	type KategoriCapaian
} from './capaian';
import { parsePeriodeId } from './periode';
import { bulatkan } from './rounding';
import { salahBobot } from './periksa';
import type { BobotIndeks, Indikator, Pengaturan, Realisasi } from './schemas';

export type KomponenKey = 'anggaran' | 'fisik' | 'kinerja' | 'p3dn';
export const KOMPONEN_KEYS: readonly KomponenKey[] = ['anggaran', 'fisik', 'kinerja', 'p3dn'];

/** Missing-data codes, shown to users through i18n; listed in this order. */
export type Kekurangan =
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
export const BATAS_KOMPONEN = 100;

/** Zone of the index rounded to two decimals (defaults: hijau ≥ 76, kuning ≥ 51, else merah). */
export function zonaDari(indeks: number, zona: Pengaturan['zona']): Zona {
	const v = bulatkan(indeks, 2);
	if (v >= zona.hijau) return 'hijau';
	if (v >= zona.kuning) return 'kuning';
	return 'merah';
}

export interface CapaianBaris {
	indikator: Indikator;
	target: number | null;
	realisasi: number | null;
	hasil: HasilCapaian;
	kategori: KategoriCapaian | null;
}

export interface Komponen {
	/** Uncapped %. */
	nilai: number | null;
	/** Capped at BATAS_KOMPONEN for the index. */
	dipakai: number | null;
	bobot: number;
	/** bobot × dipakai / 100. */
	kontribusi: number | null;
}

export interface HasilIndeks {
	unitId: string;
	periodeId: string;
	komponen: Record<KomponenKey, Komponen>;
	indikator: CapaianBaris[];
	/** Σ bobot × dipakai / 100, rounded to two decimals; null while weighted data is missing. */
	indeks: number | null;
	zona: Zona | null;
	kekurangan: Kekurangan[];
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
type Ukur = { nilai: number } | { kurang: Kekurangan[] };

const URUTAN_KEKURANGAN: readonly Kekurangan[] = [
	'belum-ada-realisasi',
	'pagu',
	'pagu-nol',
	'realisasi-anggaran',
	'realisasi-fisik',
	'indikator',
	'p3dn'
];

function validBobot(bobot: BobotIndeks): BobotIndeks {
	const salah = salahBobot(bobot);
	// Settings are validated at the boundary; reaching this is a programming error.
	if (salah) throw new Error(salah);
	return bobot;
}

function barisCapaian(input: IndeksInput, triwulan: number, p: Pengaturan): CapaianBaris[] {
	const realisasiPer = new Map(input.realisasi?.indikator.map((r) => [r.indikatorId, r.realisasi]));
	return input.indikator.map((indikator) => {
		const target = indikator.target[triwulan - 1] ?? null;
		const realisasi = realisasiPer.get(indikator.id) ?? null;
		const hasil = capaianIndikator(realisasi, target, indikator.polaritas, p);
		const kategori = hasil.status === 'ok' ? kategoriCapaian(hasil.nilai) : null;
		return { indikator, target, realisasi, hasil, kategori };
	});
}

function ukurAnggaran(r: Realisasi): Ukur {
	const kurang: Kekurangan[] = [];
	if (r.pagu == null) kurang.push('pagu');
	else if (r.pagu === 0) kurang.push('pagu-nol');
	if (r.realisasiAnggaran == null) kurang.push('realisasi-anggaran');
	if (kurang.length > 0 || r.pagu == null || r.realisasiAnggaran == null) return { kurang };
	return { nilai: (r.realisasiAnggaran * 100) / r.pagu };
}

function ukurFisik(r: Realisasi): Ukur {
	return r.realisasiFisik == null ? { kurang: ['realisasi-fisik'] } : { nilai: r.realisasiFisik };
}

function ukurKinerja(baris: readonly CapaianBaris[]): Ukur {
	let jumlah = 0;
	let n = 0;
	for (const b of baris) {
		if (b.hasil.status !== 'ok') continue;
		jumlah += b.hasil.dipakai;
		n++;
	}
	return n === 0 ? { kurang: ['indikator'] } : { nilai: jumlah / n };
}

function ukurP3dn(r: Realisasi, rumus: Pengaturan['rumusP3dn']): Ukur {
	const { realisasiPdn, komitmenPdn, totalPengadaan } = r.p3dn;
	const penyebut = rumus === 'komitmen' ? komitmenPdn : totalPengadaan;
	if (realisasiPdn == null || penyebut == null || penyebut === 0) return { kurang: ['p3dn'] };
	return { nilai: (realisasiPdn * 100) / penyebut };
}

/**
 * Indeks Kinerja OPD per triwulan (Kota Magelang's "rapotan OPD"; docs/domain.md): each component as a
 * percentage capped at BATAS_KOMPONEN, index = Σ bobot × component / 100. Components: realisasi
 * anggaran / pagu, realisasi fisik, mean capaian of program indicators, P3DN.
 */
export function hitungIndeksOpd(input: IndeksInput, pengaturan: Pengaturan): HasilIndeks {
	const bobot = validBobot(pengaturan.bobotIndeks);
	const { triwulan } = parsePeriodeId(input.periodeId);
	const { realisasi } = input;
	const indikator = barisCapaian(input, triwulan, pengaturan);

	const belum: Ukur = { kurang: ['belum-ada-realisasi'] };
	const ukuran: Record<KomponenKey, Ukur> = realisasi
		? {
				anggaran: ukurAnggaran(realisasi),
				fisik: ukurFisik(realisasi),
				kinerja: ukurKinerja(indikator),
				p3dn: ukurP3dn(realisasi, pengaturan.rumusP3dn)
			}
		: { anggaran: belum, fisik: belum, kinerja: belum, p3dn: belum };

	const kekurangan = new Set<Kekurangan>();
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
		const dipakai = Math.min(u.nilai, BATAS_KOMPONEN);
		const kontribusi = (b * dipakai) / 100;
		komponen[key] = { nilai: u.nilai, dipakai, bobot: b, kontribusi };
		total += kontribusi;
	}

	const indeks = kekurangan.size === 0 ? bulatkan(total, 2) : null;
	return {
		unitId: input.unitId,
		periodeId: input.periodeId,
		komponen,
		indikator,
		indeks,
		zona: indeks === null ? null : zonaDari(indeks, pengaturan.zona),
		kekurangan: URUTAN_KEKURANGAN.filter((k) => kekurangan.has(k)),
		indikatorTanpaRealisasi: realisasi
			? indikator.filter((b) => b.hasil.status === 'tanpa-realisasi').length
			: 0,
		status: realisasi?.status ?? null
	};
}
