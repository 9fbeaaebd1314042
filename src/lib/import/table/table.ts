import type { ImportError } from './errors';

/** One data row of a spreadsheet. */
export interface RowTable {
	/** CSV: 1-based physical line the row starts on; XLSX: the spreadsheet row number. */
	line: number;
	/** Cell texts as written; a row may be shorter or longer than the header. */
	cells: string[];
	/**
	 * XLSX only: true where the cell is a spreadsheet number, written as a plain JavaScript number
	 * ("1234.5"). Such a cell is read with its decimal point, never with the Indonesian grouping
	 * rules that apply to typed text.
	 */
	numeric?: boolean[];
	/** XLSX only: true where the cell is a date cell (a serial with a date format), read as ISO. */
	date?: boolean[];
}

/** A parsed sheet: the first non-empty row is the header, fully empty rows are skipped. */
export interface Table {
	header: string[];
	rows: RowTable[];
	/** Line (row number) of the header when it is not line 1, e.g. after blank lines. */
	headerLine?: number;
}

/**
 * Header names compared case-insensitively and trimmed, inner spaces and hyphens as underscores:
 * " Jenis Kelamin" → "jenis_kelamin".
 */
export function normalizeHeader(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s\u00a0-]+/g, '_');
}

export type Column<K extends string> = Partial<Record<K, number>>;

/**
 * Finds the known columns in the header, in any order. Missing required columns and duplicate
 * known columns are file-level errors; unknown columns are ignored.
 */
export function columnMap<K extends string>(
	table: Table,
	wajib: readonly K[],
	opsional: readonly K[]
): { kolom: Column<K>; errors: ImportError[] } {
	const headerLine = table.headerLine ?? 1;
	const dikenal = new Set<string>([...wajib, ...opsional]);
	const kolom: Column<K> = {};
	const errors: ImportError[] = [];
	if (table.header.length === 0) {
		return { kolom, errors: [{ line: null, key: 'import.berkasKosong' }] };
	}
	table.header.forEach((raw, index) => {
		const name = normalizeHeader(raw);
		if (!dikenal.has(name)) return;
		const k = name as K;
		if (kolom[k] !== undefined) {
			errors.push({ line: headerLine, column: name, key: 'import.kolomGanda' });
		} else kolom[k] = index;
	});
	const hilang = wajib.filter((k) => kolom[k] === undefined);
	if (hilang.length > 0) {
		// One error naming every missing column: the usual cause is a wrong file or header row.
		errors.push({ line: headerLine, column: hilang.join(', '), key: 'import.kolomWajibHilang' });
	}
	return { kolom, errors };
}

/** A cell of a row by column, trimmed; '' when the column or the cell is absent. */
export function cell<K extends string>(baris: RowTable, kolom: Column<K>, k: K): string {
	const i = kolom[k];
	return i === undefined ? '' : (baris.cells[i] ?? '').trim();
}

/** Whether the cell came from a spreadsheet number (XLSX). */
export function numberCell<K extends string>(row: RowTable, column: Column<K>, k: K): boolean {
	const i = column[k];
	return i !== undefined && row.numeric?.[i] === true;
}

/** A file read into a table, or the reason it could not be. */
export type ReadResult = { ok: true; tabel: Table } | { ok: false; error: ImportError };
