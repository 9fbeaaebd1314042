/**
 * The one rule for every CSV the app hands to people (master-data exports and templates, report
 * tables): the way Excel in the Indonesian locale reads it (UTF-8 with a byte order mark,
 * semicolon-separated, decimal comma, CRLF), and no cell a spreadsheet would run as a formula.
 */
import { toCsv } from './csv';
import { writeNumber } from '../master/cells';
import { FORMULA_PATTERN } from './xlsx-write';

/**
 * Text that needs the apostrophe: formula text (OWASP's advice for CSV injection), and text that
 * already starts with apostrophes before formula text, so that reading back is exact.
 */
const NEEDS_NEUTRALIZING = new RegExp(`^'*(?:${FORMULA_PATTERN})`);
const NEUTRALIZED = new RegExp(`^'+(?:${FORMULA_PATTERN})`);

/** Text as a CSV cell that a spreadsheet shows instead of running: one leading apostrophe. */
export function safeCsvText(text: string): string {
	return NEEDS_NEUTRALIZING.test(text) ? `'${text}` : text;
}

/** The text before `safeCsvText`: how a CSV import reads a cell this app wrote. */
export function withoutFormulaNeutralizer(teks: string): string {
	return NEUTRALIZED.test(teks) ? teks.slice(1) : teks;
}

export type CsvExportCell = string | number | null | undefined;

const writeCell = (cell: CsvExportCell) =>
	typeof cell === 'number' ? writeNumber(cell) : cell == null ? cell : safeCsvText(cell);

export function csvExport(
	column: readonly string[],
	row: readonly (readonly CsvExportCell[])[]
): string {
	return toCsv(
		column.map(safeCsvText),
		row.map((b) => b.map(writeCell)),
		{ delimiter: ';', bom: true }
	);
}
