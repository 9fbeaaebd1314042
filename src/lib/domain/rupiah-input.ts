/**
 * Rupiah typed on a phone keypad: the field shows the amount with Indonesian thousand separators
 * while it is typed ("1250000000" becomes "1.250.000.000") and accepts a pasted
 * "Rp 1.250.000.000". Dots in such a field are always thousand separators (the field puts them
 * there itself, so "1.2505" after one more keystroke means 12.505); a comma starts the sen.
 */
import { formatNumber, parseNumber } from './format';

/** Above this a double no longer holds whole Rupiah exactly; no APBD is anywhere near it. */
export const RUPIAH_MAX = 1e15;

/** The characters that carry meaning in the field: digits, the decimal comma, a leading minus. */
const SIGNIFICANT = /[0-9,-]/;

/**
 * The typed text rewritten with thousand dots, or null when it is not an amount (letters, a second
 * comma, more than two decimals, a minus anywhere but in front). "Rp", spaces and dots are dropped
 * before regrouping; leading zeros go ("007" is "7"). Empty text stays empty.
 */
export function tidyRupiah(teks: string): string | null {
	const polos = teks
		.trim()
		.replace(/^(-?)\s*rp\.?/i, '$1')
		.replace(/[\s\u00a0\u202f.]/g, '');
	if (polos === '') return '';
	const m = /^(-?)(\d*)(?:,(\d{0,2}))?$/.exec(polos);
	if (!m) return null;
	const [, minus = '', bulat = '', sen] = m;
	if (bulat === '' && sen === undefined) return minus === '' ? '' : null;
	const tanpaNol = bulat.replace(/^0+(?=\d)/, '') || '0';
	const dikelompokkan = tanpaNol.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return minus + dikelompokkan + (sen === undefined ? '' : `,${sen}`);
}

/** The amount in a Rupiah field, or null when it is empty or unreadable (see tidyRupiah). */
export function readRupiah(text: string): number | null {
	const rapi = tidyRupiah(text);
	if (rapi === null || rapi === '') return null;
	return parseNumber(rapi.endsWith(',') ? rapi.slice(0, -1) : rapi, 'id');
}

/** How a stored amount is shown in the field: whole Rupiah without sen, otherwise two decimals. */
export function rupiahText(value: number): string {
	return formatNumber(value, Number.isInteger(value) ? 0 : 2, 'id');
}

/** How many meaningful characters (digits, comma, minus) come before `posisi` in `teks`. */
export function significantBefore(text: string, position: number): number {
	let n = 0;
	for (const c of text.slice(0, position)) if (SIGNIFICANT.test(c)) n++;
	return n;
}

/**
 * Where the caret goes after the field was regrouped: just after the same number of meaningful
 * characters as before, so typing or deleting in the middle does not throw it to the end.
 */
export function positionAfter(text: string, bermakna: number): number {
	if (bermakna <= 0) return 0;
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		if (SIGNIFICANT.test(text[i]!) && ++n === bermakna) return i + 1;
	}
	return text.length;
}
