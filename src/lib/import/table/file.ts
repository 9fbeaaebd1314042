import { parseCsv } from './csv';
import { withoutFormulaNeutralizer } from './csv-export';
import type { ReadResult, Table } from './table';
import { parseXlsx } from './xlsx';

/** Windows-1252 bytes 0x80–0x9F (WHATWG Encoding); the other bytes are their own code point. */
const CP1252_80 =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decoded by hand: Node built with small ICU decodes "windows-1252" as ISO-8859-1. */
function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes)
		out += b >= 0x80 && b < 0xa0 ? CP1252_80[b - 0x80] : String.fromCharCode(b);
	return out;
}

/**
 * CSV bytes as text. "CSV UTF-8" from Excel is UTF-8 (with a BOM); plain "CSV" from Excel on
 * Windows is the ANSI code page, Windows-1252 in Indonesia, used when the bytes are not UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return decodeWindows1252(bytes);
	}
}

/** A CSV as a table; cells this app neutralised against formulas read back as they were. */
function readCsv(text: string): Table {
	const tabel = parseCsv(text);
	for (const row of tabel.rows) row.cells = row.cells.map(withoutFormulaNeutralizer);
	return { ...tabel, header: tabel.header.map(withoutFormulaNeutralizer) };
}

/** Reads a .csv or .xlsx file, chosen by the file name's extension. */
export function readTableFile(fileName: string, data: Uint8Array | ArrayBuffer): ReadResult {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
	if (ext === 'csv' || ext === 'txt') return { ok: true, tabel: readCsv(decodeCsv(bytes)) };
	if (ext === 'xlsx' || ext === 'xlsm') return parseXlsx(bytes);
	return { ok: false, error: { line: null, key: 'import.formatTidakDikenal', value: fileName } };
}
