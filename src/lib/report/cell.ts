/**
 * The cells of a report table, typed so that each output keeps what it is: a number stays a
 * number (shown with its format in the PDF, stored with a number format in XLSX, written with a
 * decimal comma in CSV), a date stays a date. Figures are the scoring core's, unrounded in XLSX
 * (its number format shows them rounded, formulas get the exact value); text outputs (PDF, CSV)
 * round them half up to the decimals of their format: NRR to three, IKM to two or four, as
 * docs/domain.md and the printed report have them.
 */
import {
	formatNumber,
	formatPercent,
	formatRupiah,
	formatDate,
	type Locale
} from '$lib/domain/format';
import { roundTo } from '$lib/domain/rounding';
import type { XlsxCell } from '$lib/import/table/xlsx-write';

/**
 * `persen` values are percentages as the core computes them (78.34 means 78,34%); `selisih2` and
 * `selisih3` are changes, shown with their sign ("+0,099", "-0,125").
 */
export type NumberFormat =
	'bulat' | 'desimal2' | 'desimal3' | 'desimal4' | 'selisih2' | 'selisih3' | 'persen' | 'rupiah';

export interface NumberCell {
	angka: number;
	format: NumberFormat;
}

/** `YYYY-MM-DD`, or an ISO date-time whose wall-clock time at its own offset is kept. */
export interface DateCell {
	tanggal: string;
}

export type Cell = string | null | NumberCell | DateCell;

/** A number cell, or an empty one when the core has no value. */
export function toNumberCell(
	x: number | null | undefined,
	format: NumberFormat
): NumberCell | null {
	return x == null || !Number.isFinite(x) ? null : { angka: x, format };
}

export function toDateCell(iso: string): DateCell {
	return { tanggal: iso };
}

const DIGIT: Record<Exclude<NumberFormat, 'persen' | 'rupiah'>, number> = {
	bulat: 0,
	desimal2: 2,
	desimal3: 3,
	desimal4: 4,
	selisih2: 2,
	selisih3: 3
};

/** Decimals of each format; percentages in percent units (78,34). */
const DECIMALS: Record<NumberFormat, number> = { ...DIGIT, persen: 2, rupiah: 0 };

/** The figure rounded to the decimals its format shows. */
export function roundedValue(cell: NumberCell): number {
	return roundTo(cell.angka, DECIMALS[cell.format]);
}

/** Printed for an empty cell. */
const EMPTY = '–';

/** The cell as a reader sees it in the PDF: "84,27", "78,34%", "Rp1.234.567", "1 Mei 2026 09.15". */
export function cellText(sel: Cell, locale: Locale): string {
	if (sel === null) return EMPTY;
	if (typeof sel === 'string') return sel;
	if ('tanggal' in sel) {
		const clock = /T(\d{2}):(\d{2})/.exec(sel.tanggal);
		const day = formatDate(sel.tanggal, locale);
		return clock ? `${day} ${clock[1]}${locale === 'id' ? '.' : ':'}${clock[2]}` : day;
	}
	if (sel.format === 'persen') return formatPercent(sel.angka, 2, locale);
	if (sel.format === 'rupiah') return formatRupiah(sel.angka, locale);
	const text = formatNumber(sel.angka, DIGIT[sel.format], locale);
	const signed = sel.format === 'selisih2' || sel.format === 'selisih3';
	return signed && roundedValue(sel) > 0 ? `+${text}` : text;
}

/** Excel number format codes; Excel shows the separators of the reader's own locale. */
const FORMAT_XLSX: Record<NumberFormat, string> = {
	bulat: '#,##0',
	desimal2: '#,##0.00',
	desimal3: '#,##0.000',
	desimal4: '#,##0.0000',
	selisih2: '+#,##0.00;-#,##0.00;0.00',
	selisih3: '+#,##0.000;-#,##0.000;0.000',
	persen: '0.00%',
	rupiah: '"Rp"#,##0'
};

/** The cell for the XLSX writer: a percentage becomes the fraction Excel's % format expects. */
export function xlsxCell(sel: Cell): XlsxCell {
	if (sel === null || typeof sel === 'string') return sel;
	if ('tanggal' in sel) return { tanggal: sel.tanggal.slice(0, 16) };
	const value = sel.format === 'persen' ? sel.angka / 100 : sel.angka;
	return { nilai: value, format: FORMAT_XLSX[sel.format] };
}
