import type { Table, RowTable } from './table';

/**
 * CSV as RFC 4180 describes it, plus what spreadsheets write in practice: a UTF-8 byte order
 * mark, CRLF or LF line ends, and the semicolon Excel uses as separator in locales whose decimal
 * mark is the comma (Indonesian among them).
 */
export type Delimiter = ',' | ';';

const BOM = '\uFEFF';
const QUOTE = '"';

/** Counts delimiters outside quotes on the first line; the semicolon wins only if more common. */
export function detectDelimiter(text: string): Delimiter {
	let comma = 0;
	let semicolon = 0;
	let quoted = false;
	let i = 0;
	while (text[i] === '\r' || text[i] === '\n') i++;
	for (; i < text.length; i++) {
		const c = text[i];
		if (c === QUOTE) quoted = !quoted;
		else if (quoted) continue;
		else if (c === '\n' || c === '\r') break;
		else if (c === ',') comma++;
		else if (c === ';') semicolon++;
	}
	return semicolon > comma ? ';' : ',';
}

interface Record {
	line: number;
	cells: string[];
	/** A record of only empty cells, none quoted: a blank line, or Excel's ";;;;" for a blank row. */
	blank: boolean;
}

/** Splits text into records; `line` is the 1-based physical line each record starts on. */
function records(text: string, delimiter: Delimiter): Record[] {
	const out: Record[] = [];
	let line = 1;
	let cells: string[] = [];
	let cell = '';
	let anyQuoted = false;
	let start = 1;
	let i = 0;
	const n = text.length;

	const endCell = () => {
		cells.push(cell);
		cell = '';
	};
	const endRecord = () => {
		endCell();
		const blank = !anyQuoted && cells.every((c) => c.trim() === '');
		out.push({ line: start, cells, blank });
		cells = [];
		anyQuoted = false;
	};

	while (i < n) {
		const c = text[i]!;
		if (c === QUOTE && cell === '') {
			// Quoted field: "" is a literal quote; line breaks inside belong to the cell.
			anyQuoted = true;
			i++;
			while (i < n) {
				const q = text[i]!;
				if (q === QUOTE) {
					if (text[i + 1] === QUOTE) {
						cell += QUOTE;
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
				cell += q;
				i++;
			}
			// Anything between the closing quote and the delimiter is kept, not dropped.
			continue;
		}
		if (c === delimiter) {
			endCell();
			i++;
			continue;
		}
		if (c === '\r' || c === '\n') {
			endRecord();
			i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line++;
			start = line;
			continue;
		}
		cell += c;
		i++;
	}
	// The last record, unless the text ended with a line break.
	if (cell !== '' || cells.length > 0 || anyQuoted) endRecord();
	return out;
}

/**
 * Parses CSV text into a header and rows. Fully empty lines are skipped (also rows of empty
 * unquoted cells, which Excel writes for formatted blank rows); line numbers stay physical, with
 * the header on line 1. Cells are returned as written, untrimmed; rows keep their own length.
 */
export function parseCsv(text: string): Table {
	const body = text.startsWith(BOM) ? text.slice(1) : text;
	const delimiter = detectDelimiter(body);
	const all = records(body, delimiter).filter((r) => !r.blank);
	const [first, ...rest] = all;
	if (!first) return { header: [], rows: [] };
	const rows: RowTable[] = rest.map(({ line, cells }) => ({ line, cells }));
	return first.line === 1
		? { header: first.cells, rows }
		: { header: first.cells, rows, headerLine: first.line };
}

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
	delimiter?: Delimiter;
	/** Start with a UTF-8 byte order mark, which Excel needs to read UTF-8 correctly. */
	bom?: boolean;
	newline?: '\r\n' | '\n';
}

const NEEDS_QUOTES = /[",;\r\n]|^\uFEFF/;

const text = (cell: CsvCell) => (cell == null ? '' : String(cell));

function quote(cell: CsvCell, force = false): string {
	const s = text(cell);
	return force || NEEDS_QUOTES.test(s) ? QUOTE + s.replaceAll(QUOTE, QUOTE + QUOTE) + QUOTE : s;
}

/**
 * Writes CSV (RFC 4180: CRLF by default). A cell is quoted when it holds a quote, either
 * delimiter or a line break, so the output reads the same whichever delimiter is detected.
 * In a row of only blank cells the first is quoted, so that parseCsv keeps the row.
 */
export function toCsv(
	header: readonly CsvCell[],
	rows: readonly (readonly CsvCell[])[],
	options: CsvOptions = {}
): string {
	const { delimiter = ',', bom = false, newline = '\r\n' } = options;
	const line = (cells: readonly CsvCell[]) => {
		const blank = cells.every((c) => text(c).trim() === '');
		if (cells.length === 0) return QUOTE + QUOTE;
		return cells.map((c, i) => quote(c, blank && i === 0)).join(delimiter);
	};
	const lines = [header, ...rows].map((r) => line(r) + newline);
	return (bom ? BOM : '') + lines.join('');
}
