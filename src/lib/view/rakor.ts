/**
 * Rakor mode: everything a meeting shows for one triwulan (the ranking with each OPD's components
 * and indicators, each OPD's trend, the SKM of the service units), live or as pinned, the slides
 * made of it, and how pinned figures differ from the live ones. Pure: the reads are in
 * state/bacaan.ts.
 */
import {
	bandingkanOpd,
	bandingkanSkm,
	sorotan,
	susunSlide,
	type BedaOpd,
	type BedaSkm,
	type NilaiOpd,
	type NilaiSkm,
	type Slide,
	type Sorotan
} from '$lib/domain/rakor';
import { trenOpd, type RankingView, type TitikTren } from './ranking';
import type { SkmView } from './skm';

export interface DataRakor {
	ranking: RankingView;
	skm: SkmView;
	/** Each OPD's index and rank in every triwulan of the year, by unit id. */
	tren: Record<string, TitikTren[]>;
}

export function susunDataRakor(
	ranking: RankingView,
	skm: SkmView,
	setahun: readonly RankingView[]
): DataRakor {
	const tren = Object.fromEntries(
		ranking.rows.map((r) => [r.unit.id, trenOpd(setahun, r.unit.id)])
	);
	return { ranking, skm, tren };
}

export interface Presentasi {
	slides: Slide[];
	sorotan: Sorotan;
}

export function susunPresentasi(data: DataRakor): Presentasi {
	const groups = sorotan(
		data.ranking.rows.map((r) => ({ unitId: r.unit.id, peringkat: r.baris.peringkat }))
	);
	const slides = susunSlide(
		data.ranking.rows.map((r) => r.unit.id),
		groups,
		data.skm.units.length
	);
	return { slides, sorotan: groups };
}

const nilaiOpd = (data: DataRakor): NilaiOpd[] =>
	data.ranking.rows.map((r) => ({
		unitId: r.unit.id,
		nama: r.unit.nama,
		peringkat: r.baris.peringkat,
		indeks: r.hasil.indeks
	}));

const nilaiSkm = (data: DataRakor): NilaiSkm[] =>
	data.skm.units.map((u) => ({
		unitId: u.unit.id,
		nama: u.unit.nama,
		nilai: u.hasil.nilai,
		mutu: u.hasil.mutu,
		responden: u.hasil.responden
	}));

export interface Banding {
	opd: BedaOpd[];
	skm: BedaSkm[];
	/** The pemda-wide IKM then and now. */
	pemda: { dulu: number | null; kini: number | null };
}

/** Pinned figures (`dulu`) against the live ones (`kini`). */
export function bandingRakor(dulu: DataRakor, kini: DataRakor): Banding {
	return {
		opd: bandingkanOpd(nilaiOpd(dulu), nilaiOpd(kini)),
		skm: bandingkanSkm(nilaiSkm(dulu), nilaiSkm(kini)),
		pemda: { dulu: dulu.skm.pemda.nilai, kini: kini.skm.pemda.nilai }
	};
}
