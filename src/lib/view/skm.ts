import { sampelAdequacy, type SampelAdequacy } from '$lib/domain/krejcie-morgan';
import type { Settings, Populasi, SkmResponse, Unit } from '$lib/domain/schemas';
import {
	computeSkmFromRekap,
	computeSkmPemdaFromRekap,
	type SkmResult,
	type SkmPemdaResult,
	type ProfilRekap
} from '$lib/domain/skm';
import { mergeSkmRekap, buildSkmRekap, emptySkmRekap, type SkmRekap } from '$lib/domain/skm-rekap';

export interface SkmUnitRow {
	unit: Unit;
	hasil: SkmResult;
	sampel: SampelAdequacy | null;
}

export interface SkmView {
	periodeId: string;
	units: SkmUnitRow[];
	pemda: SkmPemdaResult;
	pengaturan: Settings;
}

export interface SkmInput {
	periodeId: string;
	units: readonly Unit[];
	responses: readonly SkmResponse[];
	populasi: readonly Populasi[];
	pengaturan: Settings;
}

export function groupByUnit(responses: readonly SkmResponse[]): Map<string, SkmResponse[]> {
	const groups = new Map<string, SkmResponse[]>();
	for (const response of responses) {
		const group = groups.get(response.unitId);
		if (group) group.push(response);
		else groups.set(response.unitId, [response]);
	}
	return groups;
}

/** The rekap of one unit in the period (see domain/skm-rekap.ts). */
export interface UnitRekap extends SkmRekap {
	unitId: string;
}

export interface SkmRekapInput extends Omit<SkmInput, 'responses'> {
	/** One per unit with effective responses; units without one have none. */
	rekap: readonly UnitRekap[];
}

/** Per unit rekap of a list of effective responses. */
export function rekapPerUnit(responses: readonly SkmResponse[]): UnitRekap[] {
	return [...groupByUnit(responses)].map(([unitId, list]) => ({ unitId, ...buildSkmRekap(list) }));
}

/** SKM of every service unit in a period, best first, and the pemda-wide IKM. */
export function buildSkm(input: SkmInput): SkmView {
	const { responses, ...rest } = input;
	return buildSkmFromRekap({ ...rest, rekap: rekapPerUnit(responses) });
}

/** buildSkm from the stored rekap: the cost grows with the number of units, not responses. */
export function buildSkmFromRekap(input: SkmRekapInput): SkmView {
	const { pengaturan: settings } = input;
	const rekap = new Map(input.rekap.map((r) => [r.unitId, r]));
	const populasi = new Map(input.populasi.map((p) => [p.unitId, p.jumlah]));
	const units = input.units
		.filter((u) => u.layananSkm)
		.map((unit) => {
			const result = computeSkmFromRekap(rekap.get(unit.id) ?? emptySkmRekap(), settings.bobotSkm);
			return {
				unit,
				hasil: result,
				sampel: sampelAdequacy(populasi.get(unit.id), result.responden)
			};
		})
		.sort((a, b) => (b.hasil.nilai ?? -1) - (a.hasil.nilai ?? -1));
	const gabungan = mergeSkmRekap(
		units.flatMap((u) => {
			const r = rekap.get(u.unit.id);
			return r ? [r] : [];
		})
	);
	const pemda = computeSkmPemdaFromRekap(
		units.map((u) => u.hasil),
		gabungan,
		settings.ikmPemda,
		settings.bobotSkm
	);
	return { periodeId: input.periodeId, units, pemda, pengaturan: settings };
}

export interface SkmUnitDetail extends SkmUnitRow {
	profil: ProfilRekap;
	saran: { waktu: string; teks: string }[];
	/** How many saran there are; the screen lists only the newest (`saran`). */
	jumlahSaran: number;
	jumlahLayanan: { jenis: string; jumlah: number }[];
}

/** A unit's SKM as its screen shows it, with the period it is of (a screen may still show the
 * previous period's while the next one is read). */
export interface SkmUnitScreen extends SkmUnitDetail {
	periodeId: string;
}

export function buildSkmUnit(
	unit: Unit,
	responses: readonly SkmResponse[],
	populasi: number | undefined,
	settings: Settings
): SkmUnitDetail {
	return buildSkmUnitFromRekap(unit, buildSkmRekap(responses), responses, populasi, settings);
}

/**
 * One unit's SKM detail: the figures from its rekap; the saran (free text, not counted) from
 * `saranDari`, its effective responses, which may be just those with a saran.
 */
export function buildSkmUnitFromRekap(
	unit: Unit,
	rekap: SkmRekap | undefined,
	saranDari: readonly Pick<SkmResponse, 'waktu' | 'saran'>[],
	populasi: number | undefined,
	settings: Settings
): SkmUnitDetail {
	const r = rekap ?? emptySkmRekap();
	const result = computeSkmFromRekap(r, settings.bobotSkm);
	const saran = saranDari
		.filter((x) => x.saran && x.saran.trim())
		.map((x) => ({ waktu: x.waktu, teks: x.saran!.trim() }))
		.sort((a, b) => b.waktu.localeCompare(a.waktu));
	return {
		unit,
		hasil: result,
		sampel: sampelAdequacy(populasi, result.responden),
		profil: r.profil,
		saran,
		jumlahSaran: saran.length,
		jumlahLayanan: r.layanan.map(({ jenis: kind, jumlah: count }) => ({
			jenis: kind,
			jumlah: count
		}))
	};
}
