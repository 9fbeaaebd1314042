/**
 * Report tables as spreadsheet sheets: one table per sheet, header in row 1. The same tables give
 * the XLSX workbook and the CSV of a table shown on screen.
 */
import { csvEkspor, type SelCsv } from '$lib/import/table/csv-export';
import { tulisXlsxBuku } from '$lib/import/table/xlsx-write';
import { nilaiBulat, xlsxSel, type Sel } from './sel';

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

function csvSel(sel: Sel): SelCsv {
	if (sel === null || typeof sel === 'string') return sel;
	if ('tanggal' in sel) return sel.tanggal.slice(0, 16).replace('T', ' ');
	return nilaiBulat(sel);
}

/**
 * A report table as CSV, by the app's one CSV rule (percentages in percent units), each figure
 * rounded as the report prints it: "3,429", never "3,4285714285714284".
 */
export function csvTabel(tabel: TabelLaporan): string {
	return csvEkspor(
		tabel.kolom,
		tabel.baris.map((b) => b.map(csvSel))
	);
}
