import { parseCsv } from './csv';
import type { HasilBaca } from './tabel';
import { parseXlsx } from './xlsx';

/**
 * CSV bytes as text. "CSV UTF-8" from Excel is UTF-8 (with a BOM); plain "CSV" from Excel on
 * Windows is the ANSI code page, Windows-1252 in Indonesia, used when the bytes are not UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Reads a .csv or .xlsx file, chosen by the file name's extension. */
export function bacaBerkas(namaBerkas: string, data: Uint8Array | ArrayBuffer): HasilBaca {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	const ext = /\.([^./\\]+)$/.exec(namaBerkas)?.[1]?.toLowerCase();
	if (ext === 'csv' || ext === 'txt') return { ok: true, tabel: parseCsv(decodeCsv(bytes)) };
	if (ext === 'xlsx' || ext === 'xlsm') return parseXlsx(bytes);
	return { ok: false, error: { line: null, key: 'import.formatTidakDikenal', value: namaBerkas } };
}
