/** Pure assembly for the realisation screens (joins of db rows and domain results). */
import { hitungIndeksOpd, type HasilIndeks } from '$lib/domain/indeks';
import { parsePeriodeId, periodeDariWaktu } from '$lib/domain/periode';
import { riwayatTerakhir } from '$lib/domain/realisasi-status';
import type { Indikator, Pengaturan, Realisasi, Riwayat, Unit } from '$lib/domain/schemas';
import { waktuLokal } from '$lib/domain/waktu-lokal';

/** Everything the form of one OPD's entry for one triwulan needs. */
export interface EntriData {
	/** What was asked for: the screen shows the data only once it matches the current choice. */
	unitId: string;
	periodeId: string;
	unit: Unit | undefined;
	/** The OPD's program indicators for the triwulan's year, in id order. */
	indikator: Indikator[];
	/** The stored entry, if any. */
	realisasi: Realisasi | undefined;
	/** The previous triwulan's pagu in the same budget year, offered when this one has none. */
	paguSebelumnya: { periodeId: string; pagu: number } | null;
	pengaturan: Pengaturan;
}

/** The triwulan of `now` when it is in the list, else the latest one; null for an empty list. */
export function periodeBawaan(ids: readonly string[], now: Date): string | null {
	if (ids.length === 0) return null;
	const kini = periodeDariWaktu(waktuLokal(now));
	if (ids.includes(kini)) return kini;
	return [...ids].sort().at(-1)!;
}

/** The pagu worth suggesting: the previous triwulan's, only within the same budget year. */
export function paguUsulan(
	periodeId: string,
	sebelumnya: Realisasi | undefined
): EntriData['paguSebelumnya'] {
	if (!sebelumnya || sebelumnya.pagu == null) return null;
	if (parsePeriodeId(sebelumnya.periodeId).tahun !== parsePeriodeId(periodeId).tahun) return null;
	return { periodeId: sebelumnya.periodeId, pagu: sebelumnya.pagu };
}

export interface BarisMenunggu {
	unit: Unit | undefined;
	realisasi: Realisasi;
	hasil: HasilIndeks;
	/** When and by whom it was submitted (absent for entries that came submitted, e.g. demo). */
	diajukan: Riwayat | null;
}

/** Submitted entries of a triwulan, scored, oldest submission first (unknown times last). */
export function susunMenunggu(input: {
	periodeId: string;
	units: readonly Unit[];
	indikator: readonly Indikator[];
	realisasi: readonly Realisasi[];
	pengaturan: Pengaturan;
}): BarisMenunggu[] {
	const units = new Map(input.units.map((u) => [u.id, u]));
	const baris = input.realisasi
		.filter((r) => r.status === 'diajukan' && r.periodeId === input.periodeId)
		.map((realisasi) => ({
			unit: units.get(realisasi.unitId),
			realisasi,
			hasil: hitungIndeksOpd(
				{
					unitId: realisasi.unitId,
					periodeId: input.periodeId,
					realisasi,
					indikator: input.indikator.filter((i) => i.unitId === realisasi.unitId)
				},
				input.pengaturan
			),
			diajukan: riwayatTerakhir(realisasi, 'ajukan')
		}));
	const kunci = (b: BarisMenunggu) => (b.diajukan ? Date.parse(b.diajukan.waktu) : Infinity);
	return baris.sort(
		(a, b) =>
			kunci(a) - kunci(b) || (a.unit?.nama ?? a.realisasi.unitId).localeCompare(b.unit?.nama ?? '')
	);
}

/** A query string ("?periode=…&unit=…") with `ubahan` applied; null removes a key. */
export function queryDengan(search: string, ubahan: Record<string, string | null>): string {
	const q = new URLSearchParams(search);
	for (const [kunci, nilai] of Object.entries(ubahan)) {
		if (nilai === null) q.delete(kunci);
		else q.set(kunci, nilai);
	}
	const teks = q.toString();
	return teks ? `?${teks}` : '';
}
