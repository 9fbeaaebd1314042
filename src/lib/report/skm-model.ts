/**
 * What an SKM report holds, from the same scoring core as the SKM screens (buildSkmFromRekap and
 * buildSkmUnitFromRekap): every service unit's result, profile, saran and sample adequacy, and
 * for the pemda report the pemda-wide IKM and the profile of all its respondents. The figures
 * come from the stored rekap; only the saran (free text) come from the responses themselves.
 */
import type { Settings, SkmResponse, Unit } from '$lib/domain/schemas';
import type { SkmPemdaResult, ProfilRekap } from '$lib/domain/skm';
import { mergeSkmRekap } from '$lib/domain/skm-rekap';
import {
	groupByUnit,
	rekapPerUnit,
	buildSkmFromRekap,
	buildSkmUnitFromRekap,
	type UnitRekap,
	type SkmInput,
	type SkmRekapInput,
	type SkmUnitDetail
} from '$lib/view/skm';

export interface SkmReport {
	periodeId: string;
	pengaturan: Settings;
	/** The pemda-wide result and the profile of all respondents; null in one unit's report. */
	pemda: { hasil: SkmPemdaResult; profil: ProfilRekap } | null;
	/** Best IKM first, as the SKM screen lists them. */
	unit: SkmUnitDetail[];
}

export type ResponseSaran = Pick<SkmResponse, 'waktu' | 'saran'>;

export interface SkmReportInput extends SkmRekapInput {
	/** Each unit's effective responses (or just those with a saran), for the saran list. */
	saran: ReadonlyMap<string, readonly ResponseSaran[]>;
}

/** The report's input from the effective responses themselves (tests, small data). */
function fromResponses(input: SkmInput | SkmReportInput): SkmReportInput {
	if (!('responses' in input)) return input;
	const { responses, ...rest } = input;
	return { ...rest, rekap: rekapPerUnit(responses), saran: groupByUnit(responses) };
}

function unitDetails(
	input: SkmReportInput,
	rekap: ReadonlyMap<string, UnitRekap>,
	unit: Unit
): SkmUnitDetail {
	const populasi = input.populasi.find((p) => p.unitId === unit.id)?.jumlah;
	const saran = input.saran.get(unit.id) ?? [];
	return buildSkmUnitFromRekap(unit, rekap.get(unit.id), saran, populasi, input.pengaturan);
}

export function buildSkmPemdaReport(input: SkmInput | SkmReportInput): SkmReport {
	const data = fromResponses(input);
	const view = buildSkmFromRekap(data);
	const rekap = new Map(data.rekap.map((r) => [r.unitId, r]));
	const unit = view.units.map((row) => unitDetails(data, rekap, row.unit));
	const all = mergeSkmRekap(unit.flatMap((u) => rekap.get(u.unit.id) ?? []));
	return {
		periodeId: data.periodeId,
		pengaturan: data.pengaturan,
		pemda: { hasil: view.pemda, profil: all.profil },
		unit
	};
}

/** One unit's own report, as its SKM screen shows it; null when the unit is not in the data. */
export function buildSkmUnitReport(
	input: SkmInput | SkmReportInput,
	unitId: string
): SkmReport | null {
	const data = fromResponses(input);
	const unit = data.units.find((u) => u.id === unitId);
	if (!unit) return null;
	const rekap = new Map(data.rekap.filter((r) => r.unitId === unitId).map((r) => [r.unitId, r]));
	return {
		periodeId: data.periodeId,
		pengaturan: data.pengaturan,
		pemda: null,
		unit: [unitDetails(data, rekap, unit)]
	};
}
