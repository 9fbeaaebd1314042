/**
 * What the Rapor OPD of a triwulan holds, from the ranking screen's own core (buildRanking):
 * the ranking with movement against the previous triwulan, each OPD's components and indicators,
 * and each OPD's index in the year's triwulan up to this one, for the trend.
 */
import { parsePeriodeId, periodeId, previousPeriode } from '$lib/domain/periode';
import type { Indikator, Settings, Realisasi, Triwulan, Unit } from '$lib/domain/schemas';
import { buildRanking, type RankingView } from '$lib/view/ranking';

export interface PeriodeTrend {
	periodeId: string;
	/** Index by unit id; null where the OPD has no index that triwulan. */
	indeks: ReadonlyMap<string, number | null>;
}

export interface RaporReport {
	view: RankingView;
	/** TW I of the year up to this triwulan, oldest first. */
	tren: PeriodeTrend[];
}

export interface RaporInput {
	periodeId: string;
	units: readonly Unit[];
	/** The indicators of this year (and of last year when this is TW I). */
	indikator: readonly Indikator[];
	/** Realisation entries of each period the report needs (see raporPeriode). */
	realisasi: ReadonlyMap<string, readonly Realisasi[]>;
	pengaturan: Settings;
}

/** TW I of the period's year up to the period itself, oldest first. */
function currentYear(id: string): string[] {
	const { tahun, triwulan } = parsePeriodeId(id);
	return [1, 2, 3, 4].filter((tw) => tw <= triwulan).map((tw) => periodeId(tahun, tw as Triwulan));
}

/** The periods whose realisation a report needs: the year up to this triwulan, and the one before. */
export function raporPeriode(id: string): string[] {
	return [...new Set([...currentYear(id), previousPeriode(id)])];
}

function indeksOf(view: RankingView): PeriodeTrend {
	return {
		periodeId: view.periodeId,
		indeks: new Map(view.rows.map((r) => [r.unit.id, r.hasil.indeks]))
	};
}

export function buildRaporReport(input: RaporInput): RaporReport {
	const realisasi = (id: string) => input.realisasi.get(id) ?? [];
	const build = (id: string, lalu: readonly Realisasi[]) =>
		buildRanking({
			periodeId: id,
			units: input.units,
			indikator: input.indikator,
			realisasiKini: realisasi(id),
			realisasiLalu: lalu,
			pengaturan: input.pengaturan
		});
	const view = build(input.periodeId, realisasi(previousPeriode(input.periodeId)));
	const tren = currentYear(input.periodeId).map((id) =>
		indeksOf(id === input.periodeId ? view : build(id, []))
	);
	return { view, tren };
}
