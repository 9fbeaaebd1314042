import { computeIndeksOpd, type IndeksResult } from '$lib/domain/indeks';
import { parsePeriodeId, previousPeriode } from '$lib/domain/periode';
import { computeRanking, type UnitRank } from '$lib/domain/ranking';
import { entriesByUnit } from '$lib/domain/realisasi-status';
import type { Indikator, Settings, Realisasi, Unit } from '$lib/domain/schemas';

export interface RankingInput {
	periodeId: string;
	units: readonly Unit[];
	indikator: readonly Indikator[];
	realisasiKini: readonly Realisasi[];
	realisasiLalu: readonly Realisasi[];
	pengaturan: Settings;
}

export interface RankingRow {
	unit: Unit;
	realisasi: Realisasi | undefined;
	hasil: IndeksResult;
	sebelumnya: IndeksResult;
	baris: UnitRank;
}

export interface RankingView {
	periodeId: string;
	periodeLalu: string;
	rows: RankingRow[];
	pengaturan: Settings;
	/** How many realisation entries the ranking rests on, and how many are not yet verified. */
	jumlahRealisasi: number;
	belumDiverifikasi: number;
}

/** Scores every ranked OPD for a triwulan and the one before, and ranks them. */
export function buildRanking(input: RankingInput): RankingView {
	const { periodeId, pengaturan: settings } = input;
	const periodeLalu = previousPeriode(periodeId);
	const tahunKini = parsePeriodeId(periodeId).tahun;
	const tahunLalu = parsePeriodeId(periodeLalu).tahun;
	const byUnit = <T extends { unitId: string }>(list: readonly T[]) => {
		const map = new Map<string, T[]>();
		for (const item of list) map.set(item.unitId, [...(map.get(item.unitId) ?? []), item]);
		return map;
	};
	const indikatorPerUnit = byUnit(input.indikator);
	const kini = entriesByUnit(input.realisasiKini);
	const lalu = entriesByUnit(input.realisasiLalu);
	const dinilai = input.units.filter((u) => u.dinilaiIndeks);

	const scored = dinilai.map((unit) => {
		const indikator = indikatorPerUnit.get(unit.id) ?? [];
		return {
			unit,
			realisasi: kini.get(unit.id),
			hasil: computeIndeksOpd(
				{
					unitId: unit.id,
					periodeId,
					realisasi: kini.get(unit.id),
					indikator: indikator.filter((i) => i.tahun === tahunKini)
				},
				settings
			),
			sebelumnya: computeIndeksOpd(
				{
					unitId: unit.id,
					periodeId: periodeLalu,
					realisasi: lalu.get(unit.id),
					indikator: indikator.filter((i) => i.tahun === tahunLalu)
				},
				settings
			)
		};
	});
	const row = computeRanking(
		scored.map((s) => ({ unitId: s.unit.id, indeks: s.hasil.indeks })),
		scored.map((s) => ({ unitId: s.unit.id, indeks: s.sebelumnya.indeks }))
	);
	const scoredById = new Map(scored.map((s) => [s.unit.id, s]));
	const rows = row.map((b) => ({ ...scoredById.get(b.unitId)!, baris: b }));
	const dinilaiIds = new Set(dinilai.map((u) => u.id));
	const relevant = [...kini.values()].filter((r) => dinilaiIds.has(r.unitId));
	return {
		periodeId,
		periodeLalu,
		rows,
		pengaturan: settings,
		jumlahRealisasi: relevant.length,
		belumDiverifikasi: relevant.filter((r) => r.status !== 'diverifikasi').length
	};
}

/** One OPD's index and rank in one triwulan. */
export interface TrendPoint {
	periodeId: string;
	indeks: number | null;
	peringkat: number | null;
}

/** An OPD's index and rank across rankings (one per triwulan, in order). */
export function opdTrend(views: readonly RankingView[], unitId: string): TrendPoint[] {
	return views.map((view) => {
		const row = view.rows.find((r) => r.unit.id === unitId);
		return {
			periodeId: view.periodeId,
			indeks: row?.hasil.indeks ?? null,
			peringkat: row?.baris.peringkat ?? null
		};
	});
}
