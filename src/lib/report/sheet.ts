/**
 * Report tables as spreadsheet sheets: one table per sheet, header in row 1. The same tables give
 * the XLSX workbook and the CSV of a table shown on screen.
 */
import { csvExport, type CsvExportCell } from '$lib/import/table/csv-export';
import { writeXlsxWorkbook } from '$lib/import/table/xlsx-write';
import { roundedValue, xlsxCell, type Cell } from './cell';

export interface ReportTable {
	/** Sheet name (at most 31 characters). */
	nama: string;
	kolom: readonly string[];
	baris: readonly (readonly Cell[])[];
}

export function xlsxWorkbook(list: readonly ReportTable[]): Uint8Array {
	return writeXlsxWorkbook(
		list.map((t) => ({
			nama: t.nama,
			header: t.kolom,
			rows: t.baris.map((b) => b.map(xlsxCell))
		}))
	);
}

function csvCell(cell: Cell): CsvExportCell {
	if (cell === null || typeof cell === 'string') return cell;
	if ('tanggal' in cell) return cell.tanggal.slice(0, 16).replace('T', ' ');
	return roundedValue(cell);
}

/**
 * A report table as CSV, by the app's one CSV rule (percentages in percent units), each figure
 * rounded as the report prints it: "3,429", never "3,4285714285714284".
 */
export function csvTable(tabel: ReportTable): string {
	return csvExport(
		tabel.kolom,
		tabel.baris.map((b) => b.map(csvCell))
	);
}
