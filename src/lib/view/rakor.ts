/**
 * Rakor mode: everything a meeting shows for one triwulan (the ranking with each OPD's components
 * and indicators, each OPD's trend, the SKM of the service units and their rencana tindak lanjut),
 * live or as pinned, the slides
 * made of it, and how pinned figures differ from the live ones. Pure: the reads are in
 * state/bacaan.ts.
 */
import {
	compareOpd,
	compareSkm,
	highlights,
	buildSlides,
	ROWS_PER_SLIDE,
	type OpdDifference,
	type SkmDifference,
	type OpdValues,
	type SkmValues,
	type Slide,
	type Highlights
} from '$lib/domain/rakor';
import type { Rtl } from '$lib/domain/schemas';
import { opdTrend, type RankingView, type TrendPoint } from './ranking';
import type { SkmUnitRow, SkmView } from './skm';

export interface RakorData {
	ranking: RankingView;
	skm: SkmView;
	/** Each OPD's index and rank in every triwulan of the year, by unit id. */
	tren: Record<string, TrendPoint[]>;
	/**
	 * The rencana tindak lanjut of the triwulan's SKM, one per unit that has one. Optional: figures
	 * pinned before RTL came into the app have none, and still show.
	 */
	rtl?: Rtl[];
}

export function buildRakorData(
	ranking: RankingView,
	skm: SkmView,
	setahun: readonly RankingView[],
	rtl: readonly Rtl[] = []
): RakorData {
	const tren = Object.fromEntries(
		ranking.rows.map((r) => [r.unit.id, opdTrend(setahun, r.unit.id)])
	);
	return { ranking, skm, tren, rtl: [...rtl] };
}

/** A service unit's RTL slide: the plan with the unit's SKM result of the period. */
export interface RtlSlide {
	row: SkmUnitRow;
	rtl: Rtl;
}

/**
 * The service units with an RTL of the meeting's period, in the SKM list's order (best IKM
 * first); an RTL of a unit that is not a service unit in the SKM view is not shown.
 */
export function rtlSlides(data: RakorData): RtlSlide[] {
	const perUnit = new Map(
		(data.rtl ?? []).filter((r) => r.periodeId === data.skm.periodeId).map((r) => [r.unitId, r])
	);
	return data.skm.units.flatMap((row) => {
		const rtl = perUnit.get(row.unit.id);
		return rtl ? [{ row, rtl }] : [];
	});
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
		data.skm.units.length,
		ROWS_PER_SLIDE,
		rtlSlides(data).map((s) => s.row.unit.id)
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
