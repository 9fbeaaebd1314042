import { kecukupanSampel, type KecukupanSampel } from '$lib/domain/krejcie-morgan';
import type { Pengaturan, Populasi, SkmResponse, Unit } from '$lib/domain/schemas';
import {
	hitungSkmDariRekap,
	hitungSkmPemdaDariRekap,
	type HasilSkm,
	type HasilSkmPemda,
	type RekapProfil
} from '$lib/domain/skm';
import { gabungRekapSkm, rekapSkm, rekapSkmKosong, type RekapSkm } from '$lib/domain/skm-rekap';

export interface SkmUnitRow {
	unit: Unit;
	hasil: HasilSkm;
	sampel: KecukupanSampel | null;
}

export interface SkmView {
	periodeId: string;
	units: SkmUnitRow[];
	pemda: HasilSkmPemda;
	pengaturan: Pengaturan;
}

export interface SkmInput {
	periodeId: string;
	units: readonly Unit[];
	responses: readonly SkmResponse[];
	populasi: readonly Populasi[];
	pengaturan: Pengaturan;
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
export interface RekapUnit extends RekapSkm {
	unitId: string;
}

export interface SkmRekapInput extends Omit<SkmInput, 'responses'> {
	/** One per unit with effective responses; units without one have none. */
	rekap: readonly RekapUnit[];
}

/** Per unit rekap of a list of effective responses. */
export function rekapPerUnit(responses: readonly SkmResponse[]): RekapUnit[] {
	return [...groupByUnit(responses)].map(([unitId, list]) => ({ unitId, ...rekapSkm(list) }));
}

/** SKM of every service unit in a period, best first, and the pemda-wide IKM. */
export function susunSkm(input: SkmInput): SkmView {
	const { responses, ...rest } = input;
	return susunSkmDariRekap({ ...rest, rekap: rekapPerUnit(responses) });
}

/** susunSkm from the stored rekap: the cost grows with the number of units, not responses. */
export function susunSkmDariRekap(input: SkmRekapInput): SkmView {
	const { pengaturan } = input;
	const rekap = new Map(input.rekap.map((r) => [r.unitId, r]));
	const populasi = new Map(input.populasi.map((p) => [p.unitId, p.jumlah]));
	const units = input.units
		.filter((u) => u.layananSkm)
		.map((unit) => {
			const hasil = hitungSkmDariRekap(rekap.get(unit.id) ?? rekapSkmKosong(), pengaturan.bobotSkm);
			return { unit, hasil, sampel: kecukupanSampel(populasi.get(unit.id), hasil.responden) };
		})
		.sort((a, b) => (b.hasil.nilai ?? -1) - (a.hasil.nilai ?? -1));
	const gabungan = gabungRekapSkm(
		units.flatMap((u) => {
			const r = rekap.get(u.unit.id);
			return r ? [r] : [];
		})
	);
	const pemda = hitungSkmPemdaDariRekap(
		units.map((u) => u.hasil),
		gabungan,
		pengaturan.ikmPemda,
		pengaturan.bobotSkm
	);
	return { periodeId: input.periodeId, units, pemda, pengaturan };
}

export interface SkmUnitDetail extends SkmUnitRow {
	profil: RekapProfil;
	saran: { waktu: string; teks: string }[];
	/** How many saran there are; the screen lists only the newest (`saran`). */
	jumlahSaran: number;
	jumlahLayanan: { jenis: string; jumlah: number }[];
}

export function susunSkmUnit(
	unit: Unit,
	responses: readonly SkmResponse[],
	populasi: number | undefined,
	pengaturan: Pengaturan
): SkmUnitDetail {
	return susunSkmUnitDariRekap(unit, rekapSkm(responses), responses, populasi, pengaturan);
}

/**
 * One unit's SKM detail: the figures from its rekap; the saran (free text, not counted) from
 * `saranDari`, its effective responses, which may be just those with a saran.
 */
export function susunSkmUnitDariRekap(
	unit: Unit,
	rekap: RekapSkm | undefined,
	saranDari: readonly Pick<SkmResponse, 'waktu' | 'saran'>[],
	populasi: number | undefined,
	pengaturan: Pengaturan
): SkmUnitDetail {
	const r = rekap ?? rekapSkmKosong();
	const hasil = hitungSkmDariRekap(r, pengaturan.bobotSkm);
	const saran = saranDari
		.filter((x) => x.saran && x.saran.trim())
		.map((x) => ({ waktu: x.waktu, teks: x.saran!.trim() }))
		.sort((a, b) => b.waktu.localeCompare(a.waktu));
	return {
		unit,
		hasil,
		sampel: kecukupanSampel(populasi, hasil.responden),
		profil: r.profil,
		saran,
		jumlahSaran: saran.length,
		jumlahLayanan: r.layanan.map(({ jenis, jumlah }) => ({ jenis, jumlah }))
	};
}
