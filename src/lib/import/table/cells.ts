import { parseNumber } from '$lib/domain/format';
import {
	OCCUPATIONS,
	EDUCATION_LEVELS,
	YEAR_MAX,
	YEAR_MIN,
	timeSchema,
	type Profil
} from '$lib/domain/schemas';

/**
 * Readers for single cells as people type them in Indonesian spreadsheets. Each returns null for
 * text it cannot read; the row parsers turn that into an ImportError.
 */

/**
 * A number. Typed text follows the Indonesian convention through parseNumber: "." groups
 * thousands and "," is the decimal mark, so "1.234" is 1234 and "1,234" is 1,234; "Rp 1.234.567"
 * and "78,5%" are accepted. A lone "." not followed by exactly three digits is read as a decimal
 * point, so machine-written "1234567.89" and "12.5" still work. A spreadsheet number cell
 * (XLSX, `numeric`) is exact and read as is.
 */
export function readNumber(text: string, numeric = false): number | null {
	if (numeric) {
		const n = Number(text);
		return text.trim() !== '' && Number.isFinite(n) ? n : null;
	}
	return parseNumber(text, 'id');
}

export interface ParsedDate {
	/** ISO date as written, 'YYYY-MM-DD'. */
	tanggal: string;
	/** The full ISO 8601 date-time when one with an offset was given. */
	waktu?: string;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: \d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;

function isoDate(year: number, month: number, day: number): string | null {
	if (year < YEAR_MIN || year > YEAR_MAX) return null;
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY (day first, as Indonesian Excel writes
 * it), each optionally followed by a time of day, which is dropped; or an ISO 8601 date-time with
 * an offset, kept as `waktu`. The date is the calendar date as written, never shifted to UTC.
 */
export function readDate(text: string): ParsedDate | null {
	const s = text.trim();
	if (timeSchema.safeParse(s).success) {
		const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
		const tanggal = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
		return tanggal === null ? null : { tanggal, waktu: s };
	}
	const iso = ISO_DATE.exec(s);
	if (iso) return wrap(isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])));
	const dmy = DMY.exec(s);
	if (dmy) return wrap(isoDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1])));
	return null;
}

const wrap = (date: string | null): ParsedDate | null => (date === null ? null : { tanggal: date });

/** Lower case, no spaces or dots, every dash or slash as "-": "D1 – D3" → "d1-d3". */
const normalizeKey = (text: string) =>
	text
		.trim()
		.toLowerCase()
		.replace(/[\s.]+/g, '')
		.replace(/[/\u2013\u2014_]+/g, '-');

const SEXES: Readonly<Record<string, NonNullable<Profil['jenisKelamin']>>> = {
	l: 'L',
	lk: 'L',
	laki: 'L',
	'laki-laki': 'L',
	lakilaki: 'L',
	pria: 'L',
	p: 'P',
	pr: 'P',
	perempuan: 'P',
	wanita: 'P'
};

const EDUCATION_ALIASES: Readonly<Record<string, NonNullable<Profil['pendidikan']>>> = {
	sd: 'SD',
	mi: 'SD',
	'sd-mi': 'SD',
	'sd-sederajat': 'SD',
	smp: 'SMP',
	sltp: 'SMP',
	mts: 'SMP',
	'smp-mts': 'SMP',
	'smp-sederajat': 'SMP',
	sma: 'SMA',
	slta: 'SMA',
	smk: 'SMA',
	ma: 'SMA',
	'sma-smk': 'SMA',
	'sma-ma': 'SMA',
	'sma-sederajat': 'SMA',
	d1: 'D1-D3',
	d2: 'D1-D3',
	d3: 'D1-D3',
	diploma: 'D1-D3',
	d4: 'D4-S1',
	s1: 'D4-S1',
	's1-d4': 'D4-S1',
	sarjana: 'D4-S1',
	s2: 'S2',
	magister: 'S2',
	s3: 'S3',
	doktor: 'S3'
};

const OCCUPATION_ALIASES: Readonly<Record<string, NonNullable<Profil['pekerjaan']>>> = {
	asn: 'PNS',
	'pns-asn': 'PNS',
	'asn-pns': 'PNS',
	pppk: 'PNS',
	tni: 'TNI/Polri',
	polri: 'TNI/Polri',
	'tni-polri': 'TNI/Polri',
	pegawaiswasta: 'Swasta',
	karyawan: 'Swasta',
	karyawanswasta: 'Swasta',
	wiraswasta: 'Wirausaha',
	pengusaha: 'Wirausaha',
	pelajar: 'Pelajar/Mahasiswa',
	mahasiswa: 'Pelajar/Mahasiswa',
	siswa: 'Pelajar/Mahasiswa',
	'lain-lain': 'Lainnya',
	lain: 'Lainnya'
};

function enumeration<T extends string>(
	values: readonly T[],
	alias: Readonly<Record<string, T>>
): (text: string) => T | null {
	const map = new Map<string, T>(Object.entries(alias));
	for (const v of values) map.set(normalizeKey(v), v);
	return (text) => map.get(normalizeKey(text)) ?? null;
}

/** L or P; also laki-laki / perempuan, pria / wanita, any case. */
export const readSex = enumeration(['L', 'P'] as const, SEXES);
/** The EDUCATION_LEVELS values, plus common spellings (SLTA, SMK, S1, D3, …). */
export const readEducation = enumeration(EDUCATION_LEVELS, EDUCATION_ALIASES);
/** The OCCUPATIONS values, plus common spellings (ASN, TNI, Polri, wiraswasta, mahasiswa, …). */
export const readOccupation = enumeration(OCCUPATIONS, OCCUPATION_ALIASES);

/** Age in whole years; a trailing "tahun" / "thn" / "th" is allowed. */
export function readAge(text: string, numeric = false): number | null {
	const s = numeric ? text : text.replace(/\s*(tahun|thn|th)\.?$/i, '');
	const n = readNumber(s, numeric);
	return n !== null && Number.isInteger(n) ? n : null;
}
