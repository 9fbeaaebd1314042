import { kecukupanSampel, type KecukupanSampel } from '$lib/domain/krejcie-morgan';
import type { Pengaturan, Populasi, SkmResponse, Unit } from '$lib/domain/schemas';
import {
	hitungSkm,
	hitungSkmPemda,
	rekapProfil,
	type HasilSkm,
	type HasilSkmPemda,
	type RekapProfil
} from '$lib/domain/skm';

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

/** SKM of every service unit in a period, best first, and the pemda-wide IKM. */
export function susunSkm(input: SkmInput): SkmView {
	const { pengaturan } = input;
	const groups = groupByUnit(input.responses);
	const populasi = new Map(input.populasi.map((p) => [p.unitId, p.jumlah]));
	const units = input.units
		.filter((u) => u.layananSkm)
		.map((unit) => {
			const responses = groups.get(unit.id) ?? [];
			const hasil = hitungSkm(
				responses.map((r) => r.jawaban),
				pengaturan.bobotSkm
			);
			return { unit, hasil, sampel: kecukupanSampel(populasi.get(unit.id), hasil.responden) };
		})
		.sort((a, b) => (b.hasil.nilai ?? -1) - (a.hasil.nilai ?? -1));
	const layanan = new Set(units.map((u) => u.unit.id));
	const pemda = hitungSkmPemda(
		units.map((u) => u.hasil),
		input.responses.filter((r) => layanan.has(r.unitId)).map((r) => r.jawaban),
		pengaturan.ikmPemda,
		pengaturan.bobotSkm
	);
	return { periodeId: input.periodeId, units, pemda, pengaturan };
}

export interface SkmUnitDetail extends SkmUnitRow {
	profil: RekapProfil;
	saran: { waktu: string; teks: string }[];
	jumlahLayanan: { jenis: string; jumlah: number }[];
}

export function susunSkmUnit(
	unit: Unit,
	responses: readonly SkmResponse[],
	populasi: number | undefined,
	pengaturan: Pengaturan
): SkmUnitDetail {
	const hasil = hitungSkm(
		responses.map((r) => r.jawaban),
		pengaturan.bobotSkm
	);
	const layanan = new Map<string, number>();
	for (const r of responses) {
		if (r.jenisLayanan) layanan.set(r.jenisLayanan, (layanan.get(r.jenisLayanan) ?? 0) + 1);
	}
	return {
		unit,
		hasil,
		sampel: kecukupanSampel(populasi, hasil.responden),
		profil: rekapProfil(responses.map((r) => r.profil)),
		saran: responses
			.filter((r) => r.saran && r.saran.trim())
			.map((r) => ({ waktu: r.waktu, teks: r.saran!.trim() }))
			.sort((a, b) => b.waktu.localeCompare(a.waktu)),
		jumlahLayanan: [...layanan].map(([jenis, jumlah]) => ({ jenis, jumlah }))
	};
}
