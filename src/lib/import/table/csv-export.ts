/**
 * The one rule for every CSV the app hands to people (master-data exports and templates, report
 * tables): the way Excel in the Indonesian locale reads it (UTF-8 with a byte order mark,
 * semicolon-separated, decimal comma, CRLF), and no cell a spreadsheet would run as a formula.
 */
import { toCsv } from './csv';
import { tulisAngka } from '../master/cells';
import { POLA_RUMUS } from './xlsx-write';

/**
 * Text that needs the apostrophe: formula text (OWASP's advice for CSV injection), and text that
 * already starts with apostrophes before formula text, so that reading back is exact.
 */
const PERLU_PENETRAL = new RegExp(`^'*(?:${POLA_RUMUS})`);
const BERPENETRAL = new RegExp(`^'+(?:${POLA_RUMUS})`);

/** Text as a CSV cell that a spreadsheet shows instead of running: one leading apostrophe. */
export function teksCsvAman(teks: string): string {
	return PERLU_PENETRAL.test(teks) ? `'${teks}` : teks;
}

/** The text before `teksCsvAman`: how a CSV import reads a cell this app wrote. */
export function tanpaPenetralRumus(teks: string): string {
	return BERPENETRAL.test(teks) ? teks.slice(1) : teks;
}

export type SelCsv = string | number | null | undefined;

const tulisSel = (sel: SelCsv) =>
	typeof sel === 'number' ? tulisAngka(sel) : sel == null ? sel : teksCsvAman(sel);

export function csvEkspor(kolom: readonly string[], baris: readonly (readonly SelCsv[])[]): string {
	return toCsv(
		kolom.map(teksCsvAman),
		baris.map((b) => b.map(tulisSel)),
		{ delimiter: ';', bom: true }
	);
}
