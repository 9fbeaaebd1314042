/**
 * Rakor mode: everything a meeting shows for one triwulan (the ranking with each OPD's components
 * and indicators, each OPD's trend, the SKM of the service units), live or as pinned, the slides
 * made of it, and how pinned figures differ from the live ones. Pure: the reads are in
 * state/bacaan.ts.
 */
import {
	compareOpd,
	compareSkm,
	highlights,
	buildSlides,
	type OpdDifference,
	type SkmDifference,
	type OpdValues,
	type SkmValues,
	type Slide,
	type Highlights
} from '$lib/domain/rakor';
import { opdTrend, type RankingView, type TrendPoint } from './ranking';
import type { SkmView } from './skm';

export interface RakorData {
	ranking: RankingView;
	skm: SkmView;
	/** Each OPD's index and rank in every triwulan of the year, by unit id. */
	tren: Record<string, TrendPoint[]>;
}

export function buildRakorData(
	ranking: RankingView,
	skm: SkmView,
	setahun: readonly RankingView[]
): RakorData {
	const tren = Object.fromEntries(
		ranking.rows.map((r) => [r.unit.id, opdTrend(setahun, r.unit.id)])
	);
	return { ranking, skm, tren };
}

export interface Presentation {
	slides: Slide[];
	sorotan: Highlights;
}

export function buildPresentation(data: RakorData): Presentation {
	const groups = highlights(
		data.ranking.rows.map((r) => ({ unitId: r.unit.id, peringkat: r.baris.peringkat }))
	);
	const slides = buildSlides(
		data.ranking.rows.map((r) => r.unit.id),
		groups,
		data.skm.units.length
	);
	return { slides, sorotan: groups };
}

const opdValue = (data: RakorData): OpdValues[] =>
	data.ranking.rows.map((r) => ({
		unitId: r.unit.id,
		nama: r.unit.nama,
		peringkat: r.baris.peringkat,
		indeks: r.hasil.indeks
	}));

const skmValue = (data: RakorData): SkmValues[] =>
	data.skm.units.map((u) => ({
		unitId: u.unit.id,
		nama: u.unit.nama,
		nilai: u.hasil.nilai,
		mutu: u.hasil.mutu,
		responden: u.hasil.responden
	}));

export interface Comparison {
	opd: OpdDifference[];
	skm: SkmDifference[];
	/** The pemda-wide IKM then and now. */
	pemda: { dulu: number | null; kini: number | null };
}

/** Pinned figures (`dulu`) against the live ones (`kini`). */
export function compareRakor(dulu: RakorData, kini: RakorData): Comparison {
	return {
		opd: compareOpd(opdValue(dulu), opdValue(kini)),
		skm: compareSkm(skmValue(dulu), skmValue(kini)),
		pemda: { dulu: dulu.skm.pemda.nilai, kini: kini.skm.pemda.nilai }
	};
}
