/**
 * Report tables as spreadsheet sheets: one table per sheet, header in row 1. The same tables give
 * the XLSX workbook and the CSV of a table shown on screen.
 */
import { toCsv } from '$lib/import/csv';
import { tulisAngka } from '$lib/import/master-cells';
import { AWAL_RUMUS, tulisXlsxBuku } from '$lib/import/xlsx-write';
import { xlsxSel, type Sel } from './sel';

export interface TabelLaporan {
	/** Sheet name (at most 31 characters). */
	nama: string;
	kolom: readonly string[];
	baris: readonly (readonly Sel[])[];
}

export function bukuXlsx(daftar: readonly TabelLaporan[]): Uint8Array {
	return tulisXlsxBuku(
		daftar.map((t) => ({ nama: t.nama, header: t.kolom, rows: t.baris.map((b) => b.map(xlsxSel)) }))
	);
}

/**
 * Text as a CSV cell that Excel cannot run: a leading apostrophe before anything a spreadsheet
 * would take for a formula (OWASP's advice for CSV injection). Other text is left as it is.
 */
export function teksCsvAman(teks: string): string {
	return AWAL_RUMUS.test(teks) ? `'${teks}` : teks;
}

function csvSel(sel: Sel): string {
	if (sel === null) return '';
	if (typeof sel === 'string') return teksCsvAman(sel);
	if ('tanggal' in sel) return sel.tanggal.slice(0, 16).replace('T', ' ');
	return tulisAngka(sel.angka);
}

/**
 * CSV the way Excel in the Indonesian locale reads it (as the master-data exports): UTF-8 with a
 * byte order mark, semicolon-separated, decimal comma, CRLF; percentages in percent units.
 */
export function csvTabel(tabel: TabelLaporan): string {
	return toCsv(
		tabel.kolom.map(teksCsvAman),
		tabel.baris.map((b) => b.map(csvSel)),
		{ delimiter: ';', bom: true }
	);
}
