/**
 * Device-local date-times written with their UTC offset ("2026-11-22T10:15:00+07:00"), so a
 * response's WIB/WITA/WIT moment is never ambiguous and its calendar date is the one the
 * respondent lived (see periodeFromTime).
 */

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `date` in the device's time zone, to the second, with its offset. */
export function localTime(date: Date): string {
	const offsetMinutes = -date.getTimezoneOffset();
	const sign = offsetMinutes >= 0 ? '+' : '-';
	const offset = `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
	return (
		`${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:` +
		`${pad(date.getSeconds())}${offset}`
	);
}

/** The device's calendar date of `date`, "YYYY-MM-DD". */
export function localDate(date: Date): string {
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar date as written in an ISO date-time (local to its own offset). */
export function dateFromTime(iso: string): string {
	return iso.slice(0, 10);
}

/** Instant of an ISO date-time in ms, for ordering across offsets; NaN when unreadable. */
export function instant(iso: string): number {
	return Date.parse(iso);
}

/** Now, in the device's time zone with its offset. */
export function timeNow(): string {
	return localTime(new Date());
}

/** Now as UTC ISO 8601 (device bookkeeping such as a draft's last change). */
export function isoNow(): string {
	return new Date().toISOString();
}
