import { parsePeriodeId } from './periode';
import { roundTo } from './rounding';

/**
 * Display formats written out by hand rather than through Intl, so every device, Node and the
 * exports print the same thing whatever ICU data they ship.
 */
export type Locale = 'id' | 'en';

export const MONTHS_ID = [
	'Januari',
	'Februari',
	'Maret',
	'April',
	'Mei',
	'Juni',
	'Juli',
	'Agustus',
	'September',
	'Oktober',
	'November',
	'Desember'
] as const;

export const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** Printed for a value that is not a finite number. */
const NOT_A_NUMBER = '–';
const MINUS = '-';

interface Separators {
	ribuan: string;
	desimal: string;
}

const SEPARATORS: Record<Locale, Separators> = {
	id: { ribuan: '.', desimal: ',' },
	en: { ribuan: ',', desimal: '.' }
};

function group(bulat: string, ribuan: string): string {
	return bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ribuan);
}

/** Fixed-point digits; from 1e21 on toFixed switches to exponent notation, BigInt does not. */
function fixed(x: number, digits: number): string {
	if (x < 1e21) return x.toFixed(digits);
	return BigInt(x).toString() + (digits > 0 ? '.' + '0'.repeat(digits) : '');
}

/** "1.234.567,89" (id) or "1,234,567.89" (en), rounded half up; negatives with a hyphen-minus. */
export function formatNumber(x: number, digits = 2, locale: Locale = 'id'): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const { ribuan, desimal } = SEPARATORS[locale];
	const r = roundTo(x, digits);
	const [bulat = '0', pecahan] = fixed(Math.abs(r), digits).split('.');
	const mark = r < 0 ? MINUS : '';
	const text = group(bulat, ribuan) + (pecahan ? desimal + pecahan : '');
	return mark + text;
}

/**
 * "Rp1.234.567": whole Rupiah, rounded half up. No space after "Rp", as the Indonesian spelling
 * rules (PUEBI) write it and docs/domain.md asks, although Intl's id-ID currency format puts one.
 */
export function formatRupiah(x: number, locale: Locale = 'id'): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const text = formatNumber(x, 0, locale);
	return text.startsWith(MINUS) ? `${MINUS}Rp${text.slice(MINUS.length)}` : `Rp${text}`;
}

/** "78,34%". */
export function formatPercent(x: number, digits = 2, locale: Locale = 'id'): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	return `${formatNumber(x, digits, locale)}%`;
}

/**
 * "30 Desember 2019" from the calendar date as written in an ISO 8601 string (the local date at its
 * offset, never converted to the device's zone). Text that is not an ISO date is returned as is.
 */
export function formatDate(iso: string, locale: Locale = 'id'): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	const month = (locale === 'id' ? MONTHS_ID : MONTHS_EN)[Number(m?.[2]) - 1];
	if (!m || !month) return iso;
	return `${Number(m[3])} ${month} ${m[1]}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "TW II 2026" (id) or "Q2 2026" (en) for the period id "2026-TW2". */
export function formatPeriode(id: string, locale: Locale = 'id'): string {
	const { tahun: year, triwulan } = parsePeriodeId(id);
	return locale === 'id' ? `TW ${ROMAN[triwulan - 1]} ${year}` : `Q${triwulan} ${year}`;
}

/**
 * A moment on the device's clock, for "last synced": "10.42" on the day of `now`, else
 * "24 Nov 10.42" (id) / "24 Nov 10:42" (en).
 */
export function formatMoment(
	saat: string | number,
	locale: Locale = 'id',
	sekarang = Date.now()
): string {
	const d = new Date(saat);
	const tag = locale === 'id' ? 'id-ID' : 'en-GB';
	const jam = d.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit' });
	if (d.toDateString() === new Date(sekarang).toDateString()) return jam;
	return `${d.toLocaleDateString(tag, { day: 'numeric', month: 'short' })} ${jam}`;
}

const SPACE = /[\s\u00a0\u202f]/g;
const ANY_MINUS = /^[-\u2212\u2013]/;

/**
 * Reads a number as people type it: "1.234.567,89", "1234567,89", "Rp 1.234.567", "78,34%",
 * "-5". Grouping separators must group by three; a lone separator that does not is read as the
 * decimal point ("78.5" in id is 78,5). Returns null for anything else, never NaN.
 */
export function parseNumber(text: string, locale: Locale = 'id'): number | null {
	const { ribuan, desimal } = SEPARATORS[locale];
	let s = text.replace(SPACE, '');
	let negatif = false;
	if (ANY_MINUS.test(s)) {
		negatif = true;
		s = s.slice(1);
	}
	s = s.replace(/^rp\.?/i, '').replace(/%$/, '');
	if (!negatif && ANY_MINUS.test(s)) {
		negatif = true;
		s = s.slice(1);
	}
	const angka = normalize(s, ribuan, desimal);
	if (angka === null) return null;
	const n = Number(angka);
	if (!Number.isFinite(n)) return null;
	const result = negatif ? -n : n;
	return result === 0 ? 0 : result;
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns "1.234,5" (with the given separators) into "1234.5", or null when it is malformed. */
function normalize(s: string, ribuan: string, desimal: string): string | null {
	const r = escape(ribuan);
	const d = escape(desimal);
	const berkelompok = new RegExp(`^\\d{1,3}(?:${r}\\d{3})+(?:${d}\\d+)?$`);
	const polos = new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)$`);
	// A single "ribuan" separator not followed by exactly three digits is a decimal point typed
	// in the other convention.
	const lainnya = new RegExp(`^\\d+${r}(?:\\d{1,2}|\\d{4,})$`);
	if (berkelompok.test(s)) return s.split(ribuan).join('').replace(desimal, '.');
	if (polos.test(s)) return s.replace(desimal, '.');
	if (lainnya.test(s)) return s.replace(ribuan, '.');
	return null;
}
