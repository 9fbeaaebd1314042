import type { Triwulan } from './schemas';
import { localTime } from './local-time';

const PERIODE_PATTERN = /^(\d{4})-TW([1-4])$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** A period is one triwulan of one year: "2026-TW1". */
export function periodeId(tahun: number, triwulan: Triwulan): string {
	if (!Number.isInteger(tahun) || tahun < 1000 || tahun > 9999) {
		throw new RangeError(`tahun out of range: ${tahun}`);
	}
	if (![1, 2, 3, 4].includes(triwulan)) throw new RangeError(`bad triwulan: ${triwulan}`);
	return `${tahun}-TW${triwulan}`;
}

export function parsePeriodeId(id: string): { tahun: number; triwulan: Triwulan } {
	const m = PERIODE_PATTERN.exec(id);
	if (!m) throw new RangeError(`bad periodeId: ${id}`);
	return { tahun: Number(m[1]), triwulan: Number(m[2]) as Triwulan };
}

/** The triwulan before; TW I goes back to TW IV of the previous year. */
export function previousPeriode(id: string): string {
	const { tahun, triwulan } = parsePeriodeId(id);
	return triwulan === 1 ? periodeId(tahun - 1, 4) : periodeId(tahun, (triwulan - 1) as Triwulan);
}

/** TW I Jan–Mar, II Apr–Jun, III Jul–Sep, IV Oct–Dec. */
export function triwulanFromMonth(month: number): Triwulan {
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new RangeError(`bad bulan: ${month}`);
	}
	return Math.ceil(month / 3) as Triwulan;
}

/**
 * The period of a moment, from the calendar date as written: the respondent's local date at the
 * offset they answered in, so 23:30 WIB on 31 March stays in TW I.
 */
export function periodeFromTime(iso: string): string {
	const m = DATE_PATTERN.exec(iso);
	const month = Number(m?.[2]);
	const day = Number(m?.[3]);
	if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
		throw new RangeError(`bad ISO date: ${iso}`);
	}
	return periodeId(Number(m[1]), triwulanFromMonth(month));
}

/**
 * The period to open by default at `now` (the app's trusted time, not necessarily the device
 * clock): the latest of `ids` (ascending) that has started by the local date of `now`, else the
 * last one; undefined for an empty list.
 */
export function latestStartedPeriode(ids: readonly string[], now: Date): string | undefined {
	const current = periodeFromTime(localTime(now));
	return ids.filter((id) => id <= current).at(-1) ?? ids.at(-1);
}
