/**
 * What an SKM report holds, from the same scoring core as the SKM screens (susunSkmDariRekap and
 * susunSkmUnitDariRekap): every service unit's result, profile, saran and sample adequacy, and
 * for the pemda report the pemda-wide IKM and the profile of all its respondents. The figures
 * come from the stored rekap; only the saran (free text) come from the responses themselves.
 */
import type { Pengaturan, SkmResponse, Unit } from '$lib/domain/schemas';
import type { HasilSkmPemda, RekapProfil } from '$lib/domain/skm';
import { gabungRekapSkm } from '$lib/domain/skm-rekap';
import {
	groupByUnit,
	rekapPerUnit,
	susunSkmDariRekap,
	susunSkmUnitDariRekap,
	type RekapUnit,
	type SkmInput,
	type SkmRekapInput,
	type SkmUnitDetail
} from '$lib/view/skm';

export interface LaporanSkm {
	periodeId: string;
	pengaturan: Pengaturan;
	/** The pemda-wide result and the profile of all respondents; null in one unit's report. */
	pemda: { hasil: HasilSkmPemda; profil: RekapProfil } | null;
	/** Best IKM first, as the SKM screen lists them. */
	unit: SkmUnitDetail[];
}

export type SaranRespons = Pick<SkmResponse, 'waktu' | 'saran'>;

export interface LaporanSkmInput extends SkmRekapInput {
	/** Each unit's effective responses (or just those with a saran), for the saran list. */
	saran: ReadonlyMap<string, readonly SaranRespons[]>;
}

/** The report's input from the effective responses themselves (tests, small data). */
function dariRespons(input: SkmInput | LaporanSkmInput): LaporanSkmInput {
	if (!('responses' in input)) return input;
	const { responses, ...rest } = input;
	return { ...rest, rekap: rekapPerUnit(responses), saran: groupByUnit(responses) };
}

function detailUnit(
	input: LaporanSkmInput,
	rekap: ReadonlyMap<string, RekapUnit>,
	unit: Unit
): SkmUnitDetail {
	const populasi = input.populasi.find((p) => p.unitId === unit.id)?.jumlah;
	const saran = input.saran.get(unit.id) ?? [];
	return susunSkmUnitDariRekap(unit, rekap.get(unit.id), saran, populasi, input.pengaturan);
}

export function laporanSkmPemda(input: SkmInput | LaporanSkmInput): LaporanSkm {
	const data = dariRespons(input);
	const view = susunSkmDariRekap(data);
	const rekap = new Map(data.rekap.map((r) => [r.unitId, r]));
	const unit = view.units.map((row) => detailUnit(data, rekap, row.unit));
	const semua = gabungRekapSkm(unit.flatMap((u) => rekap.get(u.unit.id) ?? []));
	return {
		periodeId: data.periodeId,
		pengaturan: data.pengaturan,
		pemda: { hasil: view.pemda, profil: semua.profil },
		unit
	};
}

/** One unit's own report, as its SKM screen shows it; null when the unit is not in the data. */
export function laporanSkmUnit(
	input: SkmInput | LaporanSkmInput,
	unitId: string
): LaporanSkm | null {
	const data = dariRespons(input);
	const unit = data.units.find((u) => u.id === unitId);
	if (!unit) return null;
	const rekap = new Map(data.rekap.filter((r) => r.unitId === unitId).map((r) => [r.unitId, r]));
	return {
		periodeId: data.periodeId,
		pengaturan: data.pengaturan,
		pemda: null,
		unit: [detailUnit(data, rekap, unit)]
	};
}
