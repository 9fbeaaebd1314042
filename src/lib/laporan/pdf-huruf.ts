/**
 * Text for the standard Helvetica fonts: Unicode mapped to WinAnsiEncoding (Windows-1252), the
 * encoding every PDF reader knows for them, with widths for measuring and wrapping. Indonesian
 * needs only Latin letters; typographic characters outside the encoding ("≥", "−", "→") are
 * written the way one would type them, and anything else loses its accents or becomes "?".
 */
import { LEBAR_HELVETICA, LEBAR_HELVETICA_TEBAL } from './pdf-metrik';

export type Huruf = 'biasa' | 'tebal';

/** Windows-1252 codes 0x80–0x9F that differ from Latin-1. */
const CP1252: Readonly<Record<string, number>> = {
	'€': 0x80,
	'‚': 0x82,
	ƒ: 0x83,
	'„': 0x84,
	'…': 0x85,
	'†': 0x86,
	'‡': 0x87,
	ˆ: 0x88,
	'‰': 0x89,
	Š: 0x8a,
	'‹': 0x8b,
	Œ: 0x8c,
	Ž: 0x8e,
	'‘': 0x91,
	'’': 0x92,
	'“': 0x93,
	'”': 0x94,
	'•': 0x95,
	'–': 0x96,
	'—': 0x97,
	'˜': 0x98,
	'™': 0x99,
	š: 0x9a,
	'›': 0x9b,
	œ: 0x9c,
	ž: 0x9e,
	Ÿ: 0x9f
};

/** Characters outside the encoding, written as one would type them. */
const GANTI: Readonly<Record<string, string>> = {
	'≥': '>=',
	'≤': '<=',
	'≠': '!=',
	'−': '-',
	'‐': '-',
	'‑': '-',
	'→': '->',
	'←': '<-',
	'▲': '+',
	'▼': '-',
	'\u2009': ' ',
	'\u202f': ' ',
	'\u200b': '',
	'\t': ' ',
	'\n': ' ',
	'\r': ' '
};

function kode(c: string): string {
	const cp = c.codePointAt(0)!;
	if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff)) return c;
	const cp1252 = CP1252[c];
	if (cp1252 !== undefined) return String.fromCharCode(cp1252);
	const ganti = GANTI[c];
	if (ganti !== undefined) return ganti;
	// "ā" → "a": the base letter when the accent is what the encoding lacks.
	const dasar = c.normalize('NFKD').replace(/\p{M}/gu, '');
	if (dasar !== c && dasar !== '') return [...dasar].map(kode).join('');
	return '?';
}

/**
 * The text as a string of WinAnsi codes (every char code below 256). Composed first, so "e" with
 * a combining acute is the one "é" the encoding has.
 */
export function keWinAnsi(teks: string): string {
	let out = '';
	for (const c of teks.normalize('NFC')) out += kode(c);
	return out;
}

/** Width in points of WinAnsi text. */
export function lebarTeks(winAnsi: string, huruf: Huruf, ukuran: number): number {
	const lebar = huruf === 'tebal' ? LEBAR_HELVETICA_TEBAL : LEBAR_HELVETICA;
	let total = 0;
	for (let i = 0; i < winAnsi.length; i++) total += lebar[winAnsi.charCodeAt(i) - 32] ?? 500;
	return (total * ukuran) / 1000;
}

/** WinAnsi text cut to fit `maks` points, ending in "…" when cut. */
export function potong(winAnsi: string, huruf: Huruf, ukuran: number, maks: number): string {
	if (lebarTeks(winAnsi, huruf, ukuran) <= maks) return winAnsi;
	const elipsis = '\x85';
	let n = winAnsi.length;
	while (n > 0 && lebarTeks(winAnsi.slice(0, n) + elipsis, huruf, ukuran) > maks) n--;
	return winAnsi.slice(0, n).trimEnd() + elipsis;
}

/**
 * WinAnsi text wrapped into lines of at most `maks` points, at spaces; a word longer than a line
 * is broken where it must be. Always at least one line.
 */
export function bungkus(winAnsi: string, huruf: Huruf, ukuran: number, maks: number): string[] {
	const baris: string[] = [];
	let kini = '';
	const muat = (s: string) => lebarTeks(s, huruf, ukuran) <= maks;
	for (const kata of winAnsi.split(' ').filter((k) => k !== '')) {
		const calon = kini === '' ? kata : `${kini} ${kata}`;
		if (muat(calon)) {
			kini = calon;
			continue;
		}
		if (kini !== '') baris.push(kini);
		kini = kata;
		while (!muat(kini)) {
			let n = kini.length - 1;
			while (n > 1 && !muat(kini.slice(0, n))) n--;
			baris.push(kini.slice(0, n));
			kini = kini.slice(n);
		}
	}
	baris.push(kini);
	return baris;
}
