/** Pure assembly for the realisation screens (joins of db rows and domain results). */
import { computeIndeksOpd, type IndeksResult } from '$lib/domain/indeks';
import { parsePeriodeId, periodeFromTime } from '$lib/domain/periode';
import { lastHistory } from '$lib/domain/realisasi-status';
import type { Indikator, Settings, Realisasi, HistoryEntry, Unit } from '$lib/domain/schemas';
import { localTime } from '$lib/domain/local-time';

/** Everything the form of one OPD's entry for one triwulan needs. */
export interface EntryData {
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
	pengaturan: Settings;
}

/** The triwulan of `now` when it is in the list, else the latest one; null for an empty list. */
export function defaultPeriode(ids: readonly string[], now: Date): string | null {
	if (ids.length === 0) return null;
	const kini = periodeFromTime(localTime(now));
	if (ids.includes(kini)) return kini;
	return [...ids].sort().at(-1)!;
}

/** The pagu worth suggesting: the previous triwulan's, only within the same budget year. */
export function proposedPagu(
	periodeId: string,
	sebelumnya: Realisasi | undefined
): EntryData['paguSebelumnya'] {
	if (!sebelumnya || sebelumnya.pagu == null) return null;
	if (parsePeriodeId(sebelumnya.periodeId).tahun !== parsePeriodeId(periodeId).tahun) return null;
	return { periodeId: sebelumnya.periodeId, pagu: sebelumnya.pagu };
}

export interface PendingRow {
	unit: Unit | undefined;
	realisasi: Realisasi;
	hasil: IndeksResult;
	/** When and by whom it was submitted (absent for entries that came submitted, e.g. demo). */
	diajukan: HistoryEntry | null;
}

/** Submitted entries of a triwulan, scored, oldest submission first (unknown times last). */
export function buildPending(input: {
	periodeId: string;
	units: readonly Unit[];
	indikator: readonly Indikator[];
	realisasi: readonly Realisasi[];
	pengaturan: Settings;
}): PendingRow[] {
	const units = new Map(input.units.map((u) => [u.id, u]));
	const row = input.realisasi
		.filter((r) => r.status === 'diajukan' && r.periodeId === input.periodeId)
		.map((realisasi) => ({
			unit: units.get(realisasi.unitId),
			realisasi,
			hasil: computeIndeksOpd(
				{
					unitId: realisasi.unitId,
					periodeId: input.periodeId,
					realisasi,
					indikator: input.indikator.filter((i) => i.unitId === realisasi.unitId)
				},
				input.pengaturan
			),
			diajukan: lastHistory(realisasi, 'ajukan')
		}));
	const key = (b: PendingRow) => (b.diajukan ? Date.parse(b.diajukan.waktu) : Infinity);
	return row.sort(
		(a, b) =>
			key(a) - key(b) || (a.unit?.nama ?? a.realisasi.unitId).localeCompare(b.unit?.nama ?? '')
	);
}

/** A query string ("?periode=…&unit=…") with `ubahan` applied; null removes a key. */
export function queryWith(search: string, ubahan: Record<string, string | null>): string {
	const q = new URLSearchParams(search);
	for (const [kunci, value] of Object.entries(ubahan)) {
		if (value === null) q.delete(kunci);
		else q.set(kunci, value);
	}
	const text = q.toString();
	return text ? `?${text}` : '';
}
