/**
 * Text of a report as the PDF prints it. What the standard Helvetica fonts can print (WinAnsi,
 * Windows-1252: every Indonesian letter) stays in them, nothing embedded; typographic characters
 * outside that encoding ("≥", "−", "→") are written the way one would type them. A line holding
 * anything else (Đặng, Ω, Ж, 😀) is printed in the Unicode font embedded as a subset
 * (pdf-cid.ts); a character that font lacks too (中) is replaced by a visible □ and counted, so
 * the report can say so. Without the Unicode font (it could not be loaded), "?" takes its place.
 */
import { HELVETICA_WIDTHS, HELVETICA_BOLD_WIDTHS } from './pdf-metrics';
import type { TtfFont } from './ttf';

export type Font = 'biasa' | 'tebal';

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
const REPLACEMENT: Readonly<Record<string, string>> = {
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

/** Printed in place of a character no font of the report has. */
export const REPLACEMENT_UNPRINTABLE = '\u25a1';
const REPLACEMENT_NO_FONT = '?';

/** Invisible characters that only select or join emoji forms; dropped, nothing is lost. */
const fontFor = (cp: number) =>
	cp === 0xfe0e || cp === 0xfe0f || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff);

/** The WinAnsi code of a character, or undefined when the encoding lacks it. */
function winAnsi(c: string): number | undefined {
	const cp = c.codePointAt(0)!;
	if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff)) return cp;
	return CP1252[c];
}

const standard = (text: string) => {
	for (const c of text) if (winAnsi(c) === undefined) return false;
	return true;
};

/** How the text of one document is printed: its fonts and the glyphs it used of each. */
export class Printer {
	/** Glyph id → the character it prints, of the embedded font, for its subset and ToUnicode. */
	readonly dipakai = new Map<number, number>();

	constructor(readonly font?: TtfFont) {}

	private bisa(cp: number): boolean {
		return this.font?.glyph(cp) !== undefined;
	}

	private satu(c: string): string {
		if (winAnsi(c) !== undefined) return c;
		const ganti = REPLACEMENT[c];
		if (ganti !== undefined) return ganti;
		if (fontFor(c.codePointAt(0)!)) return '';
		if (this.bisa(c.codePointAt(0)!)) return c;
		return this.font && this.bisa(0x25a1) ? REPLACEMENT_UNPRINTABLE : REPLACEMENT_NO_FONT;
	}

	/** The text as it will be printed: composed, typography typed, the unprintable replaced. */
	siapkan(teks: string): string {
		let out = '';
		for (const c of teks.normalize('NFC')) out += this.satu(c);
		return out;
	}

	/** How many characters of `teks` no font can print. */
	takTercetak(text: string): number {
		let n = 0;
		for (const c of text.normalize('NFC')) {
			const s = this.satu(c);
			if (s !== c && (s === REPLACEMENT_UNPRINTABLE || s === REPLACEMENT_NO_FONT)) n++;
		}
		return n;
	}

	/** The replacement the report names: □ with the Unicode font, "?" without. */
	get pengganti(): string {
		return this.font && this.bisa(0x25a1) ? REPLACEMENT_UNPRINTABLE : REPLACEMENT_NO_FONT;
	}

	/** Width in points of prepared text. */
	lebar(teks: string, huruf: Font, size: number): number {
		let total = 0;
		if (standard(teks) || !this.font) {
			const table = huruf === 'tebal' ? HELVETICA_BOLD_WIDTHS : HELVETICA_WIDTHS;
			for (const c of teks) total += table[(winAnsi(c) ?? 0x3f) - 32] ?? 500;
			return (total * size) / 1000;
		}
		const f = this.font;
		for (const c of teks) total += f.lebar(f.glyph(c.codePointAt(0)!) ?? 0);
		return (total * size) / f.unitsPerEm;
	}

	/**
	 * The font resource and the hex string that print prepared text: WinAnsi bytes in F1/F2, or
	 * two-byte glyph ids in F3, the embedded font (bold drawn by also stroking the outline).
	 */
	tampil(teks: string, huruf: Font): { font: 'F1' | 'F2' | 'F3'; hex: string } {
		let hex = '';
		if (standard(teks) || !this.font) {
			for (const c of teks) hex += (winAnsi(c) ?? 0x3f).toString(16).padStart(2, '0');
			return { font: huruf === 'tebal' ? 'F2' : 'F1', hex: `<${hex}>` };
		}
		for (const c of teks) {
			const cp = c.codePointAt(0)!;
			const g = this.font.glyph(cp) ?? 0;
			if (g !== 0) this.dipakai.set(g, cp);
			hex += g.toString(16).padStart(4, '0');
		}
		return { font: 'F3', hex: `<${hex}>` };
	}
}

/** A document's printing without the Unicode font: as a standard-fonts-only writer would. */
const plain = new Printer();

/** Text as WinAnsi codes (every char code below 256), for the standard fonts alone. */
export function toWinAnsi(text: string): string {
	let out = '';
	for (const c of plain.siapkan(text)) out += String.fromCharCode(winAnsi(c) ?? 0x3f);
	return out;
}

/** Prepared text cut to fit `maks` points, ending in "…" when cut. */
export function truncate(
	cetak: Printer,
	teks: string,
	font: Font,
	size: number,
	max: number
): string {
	if (cetak.lebar(teks, font, size) <= max) return teks;
	const elipsis = '\u2026';
	const c = [...teks];
	let n = c.length;
	while (n > 0 && cetak.lebar(c.slice(0, n).join('') + elipsis, font, size) > max) n--;
	return c.slice(0, n).join('').trimEnd() + elipsis;
}

/**
 * Prepared text wrapped into lines of at most `maks` points, at spaces; a word longer than a line
 * is broken where it must be (never inside a character). Always at least one line.
 */
export function wrap(
	cetak: Printer,
	teks: string,
	font: Font,
	size: number,
	max: number
): string[] {
	const row: string[] = [];
	let kini = '';
	const load = (s: string) => cetak.lebar(s, font, size) <= max;
	for (const kata of teks.split(' ').filter((k) => k !== '')) {
		const calon = kini === '' ? kata : `${kini} ${kata}`;
		if (load(calon)) {
			kini = calon;
			continue;
		}
		if (kini !== '') row.push(kini);
		let remaining = [...kata];
		while (remaining.length > 1 && !load(remaining.join(''))) {
			// The longest start that fits, found by halving (widths grow with length).
			let bottom = 1;
			let top = remaining.length - 1;
			while (bottom < top) {
				const middle = Math.ceil((bottom + top) / 2);
				if (load(remaining.slice(0, middle).join(''))) bottom = middle;
				else top = middle - 1;
			}
			row.push(remaining.slice(0, bottom).join(''));
			remaining = remaining.slice(bottom);
		}
		kini = remaining.join('');
	}
	row.push(kini);
	return row;
}
