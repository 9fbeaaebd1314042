/**
 * What an SKM report holds, from the same scoring core as the SKM screens (buildSkmFromRekap and
 * buildSkmUnitFromRekap): every service unit's result, profile, saran and sample adequacy, and
 * for the pemda report the pemda-wide IKM and the profile of all its respondents. The figures
 * come from the stored rekap; only the saran (free text) come from the responses themselves.
 */
import type { Rtl, Settings, SkmResponse, Unit } from '$lib/domain/schemas';
import { computeSkmFromRekap, type SkmPemdaResult, type ProfilRekap } from '$lib/domain/skm';
import { emptySkmRekap, mergeSkmRekap } from '$lib/domain/skm-rekap';
import { rtlBefore, rtlEffect, type UnsurEffect } from '$lib/domain/tindak-lanjut';
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
	/** The rencana tindak lanjut of the report's period, in the order of `unit`. */
	rtl: Rtl[];
	/** "Did it work?": each unit with an RTL of an earlier period, in the order of `unit`. */
	rtlHasil: RtlResult[];
}

/** The unsur an earlier RTL targeted, their NRR in its period and in the report's. */
export interface RtlResult {
	unitId: string;
	/** The period the RTL followed up (its `periodeId`). */
	periodeId: string;
	efek: UnsurEffect[];
}

export type ResponseSaran = Pick<SkmResponse, 'waktu' | 'saran'>;

/** A unit's rekap in a named period. */
export interface UnitRekapAt extends UnitRekap {
	periodeId: string;
}

/** The follow-up the report shows; both optional, a report without them has no RTL part. */
export interface RtlInput {
	/** The report's units' RTL of any period (later ones than the report's are left out). */
	rtl?: readonly Rtl[];
	/** The rekap of the earlier periods those units' RTL followed up (see rtlBefore). */
	rekapEarlier?: readonly UnitRekapAt[];
}

export interface SkmReportInput extends SkmRekapInput, RtlInput {
	/** Each unit's effective responses (or just those with a saran), for the saran list. */
	saran: ReadonlyMap<string, readonly ResponseSaran[]>;
}

type AnyInput = (SkmInput & RtlInput) | SkmReportInput;

/** The report's input from the effective responses themselves (tests, small data). */
function fromResponses(input: AnyInput): SkmReportInput {
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

/**
 * The RTL of the report's period per unit, and for each unit with an RTL of an earlier period
 * (the latest one, rtlBefore) its targeted unsur's NRR then and now (rtlEffect).
 */
function followUp(
	data: SkmReportInput,
	unit: readonly SkmUnitDetail[]
): Pick<SkmReport, 'rtl' | 'rtlHasil'> {
	const all = data.rtl ?? [];
	const rtl: Rtl[] = [];
	const rtlHasil: RtlResult[] = [];
	for (const d of unit) {
		const list = all.filter((r) => r.unitId === d.unit.id);
		const now = list.find((r) => r.periodeId === data.periodeId);
		if (now) rtl.push(now);
		const before = rtlBefore(list, data.periodeId);
		if (!before) continue;
		const then = data.rekapEarlier?.find(
			(r) => r.unitId === d.unit.id && r.periodeId === before.periodeId
		);
		const nrrThen = computeSkmFromRekap(then ?? emptySkmRekap(), data.pengaturan.bobotSkm).nrr;
		rtlHasil.push({
			unitId: d.unit.id,
			periodeId: before.periodeId,
			efek: rtlEffect(before, nrrThen, d.hasil.nrr)
		});
	}
	return { rtl, rtlHasil };
}

export function buildSkmPemdaReport(input: AnyInput): SkmReport {
	const data = fromResponses(input);
	const view = buildSkmFromRekap(data);
	const rekap = new Map(data.rekap.map((r) => [r.unitId, r]));
	const unit = view.units.map((row) => unitDetails(data, rekap, row.unit));
	const all = mergeSkmRekap(unit.flatMap((u) => rekap.get(u.unit.id) ?? []));
	return {
		periodeId: data.periodeId,
		pengaturan: data.pengaturan,
		pemda: { hasil: view.pemda, profil: all.profil },
		unit,
		...followUp(data, unit)
	};
}

/** One unit's own report, as its SKM screen shows it; null when the unit is not in the data. */
export function buildSkmUnitReport(input: AnyInput, unitId: string): SkmReport | null {
	const data = fromResponses(input);
	const unit = data.units.find((u) => u.id === unitId);
	if (!unit) return null;
	const rekap = new Map(data.rekap.filter((r) => r.unitId === unitId).map((r) => [r.unitId, r]));
	const detail = [unitDetails(data, rekap, unit)];
	return {
		periodeId: data.periodeId,
		pengaturan: data.pengaturan,
		pemda: null,
		unit: detail,
		...followUp(data, detail)
	};
}
