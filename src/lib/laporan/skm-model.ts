/**
 * What an SKM report holds, from the same scoring core as the SKM screens (susunSkm and
 * susunSkmUnit): every service unit's result, profile, saran and sample adequacy, and for the
 * pemda report the pemda-wide IKM and the profile of all its respondents.
 */
import type { Pengaturan, SkmResponse, Unit } from '$lib/domain/schemas';
import { rekapProfil, type HasilSkmPemda, type RekapProfil } from '$lib/domain/skm';
import {
	groupByUnit,
	susunSkm,
	susunSkmUnit,
	type SkmInput,
	type SkmUnitDetail
} from '$lib/state/skm';

export interface LaporanSkm {
	periodeId: string;
	pengaturan: Pengaturan;
	/** The pemda-wide result and the profile of all respondents; null in one unit's report. */
	pemda: { hasil: HasilSkmPemda; profil: RekapProfil } | null;
	/** Best IKM first, as the SKM screen lists them. */
	unit: SkmUnitDetail[];
}

function detailUnit(
	input: SkmInput,
	perUnit: ReadonlyMap<string, readonly SkmResponse[]>,
	unit: Unit
): SkmUnitDetail {
	const populasi = input.populasi.find((p) => p.unitId === unit.id)?.jumlah;
	return susunSkmUnit(unit, perUnit.get(unit.id) ?? [], populasi, input.pengaturan);
}

export function laporanSkmPemda(input: SkmInput): LaporanSkm {
	const view = susunSkm(input);
	const perUnit = groupByUnit(input.responses);
	const unit = view.units.map((row) => detailUnit(input, perUnit, row.unit));
	const responden = unit.flatMap((u) => perUnit.get(u.unit.id) ?? []);
	return {
		periodeId: input.periodeId,
		pengaturan: input.pengaturan,
		pemda: { hasil: view.pemda, profil: rekapProfil(responden.map((r) => r.profil)) },
		unit
	};
}

/** One unit's own report, as its SKM screen shows it; null when the unit is not in the data. */
export function laporanSkmUnit(input: SkmInput, unitId: string): LaporanSkm | null {
	const unit = input.units.find((u) => u.id === unitId);
	if (!unit) return null;
	const responses = input.responses.filter((r) => r.unitId === unitId);
	return {
		periodeId: input.periodeId,
		pengaturan: input.pengaturan,
		pemda: null,
		unit: [detailUnit(input, new Map([[unitId, responses]]), unit)]
	};
}
