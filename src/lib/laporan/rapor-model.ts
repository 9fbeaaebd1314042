/**
 * What the Rapor OPD of a triwulan holds, from the ranking screen's own core (susunPeringkat):
 * the ranking with movement against the previous triwulan, each OPD's components and indicators,
 * and each OPD's index in the year's triwulan up to this one, for the trend.
 */
import { parsePeriodeId, periodeId, periodeSebelumnya } from '$lib/domain/periode';
import type { Indikator, Pengaturan, Realisasi, Triwulan, Unit } from '$lib/domain/schemas';
import { susunPeringkat, type RankingView } from '$lib/view/ranking';

export interface TrenPeriode {
	periodeId: string;
	/** Index by unit id; null where the OPD has no index that triwulan. */
	indeks: ReadonlyMap<string, number | null>;
}

export interface LaporanRapor {
	view: RankingView;
	/** TW I of the year up to this triwulan, oldest first. */
	tren: TrenPeriode[];
}

export interface RaporInput {
	periodeId: string;
	units: readonly Unit[];
	/** The indicators of this year (and of last year when this is TW I). */
	indikator: readonly Indikator[];
	/** Realisation entries of each period the report needs (see periodeRapor). */
	realisasi: ReadonlyMap<string, readonly Realisasi[]>;
	pengaturan: Pengaturan;
}

/** TW I of the period's year up to the period itself, oldest first. */
function tahunBerjalan(id: string): string[] {
	const { tahun, triwulan } = parsePeriodeId(id);
	return [1, 2, 3, 4].filter((tw) => tw <= triwulan).map((tw) => periodeId(tahun, tw as Triwulan));
}

/** The periods whose realisation a report needs: the year up to this triwulan, and the one before. */
export function periodeRapor(id: string): string[] {
	return [...new Set([...tahunBerjalan(id), periodeSebelumnya(id)])];
}

function indeksPer(view: RankingView): TrenPeriode {
	return {
		periodeId: view.periodeId,
		indeks: new Map(view.rows.map((r) => [r.unit.id, r.hasil.indeks]))
	};
}

export function laporanRapor(input: RaporInput): LaporanRapor {
	const realisasi = (id: string) => input.realisasi.get(id) ?? [];
	const susun = (id: string, lalu: readonly Realisasi[]) =>
		susunPeringkat({
			periodeId: id,
			units: input.units,
			indikator: input.indikator,
			realisasiKini: realisasi(id),
			realisasiLalu: lalu,
			pengaturan: input.pengaturan
		});
	const view = susun(input.periodeId, realisasi(periodeSebelumnya(input.periodeId)));
	const tren = tahunBerjalan(input.periodeId).map((id) =>
		indeksPer(id === input.periodeId ? view : susun(id, []))
	);
	return { view, tren };
}
