import { strToU8, zipSync } from 'fflate';

/**
 * Writes a minimal valid .xlsx workbook (Office Open XML, ECMA-376): one or more sheets, each
 * with a bold, frozen header row; text as inline strings, numbers as number cells (optionally
 * with a display format such as `#,##0.00` or `0.00%`), dates as date serials with a date
 * format, booleans as booleans. What Excel, LibreOffice, Google Sheets and parseXlsx open alike.
 * Never formulas: text that looks like one (`=`, `+`, `-`, `@`, tab, CR first) is stored as
 * text and marked with the quote prefix, so editing the cell in Excel keeps it text.
 */

/** A number shown with an Excel number format code, e.g. `#,##0.00`, `0.00%`, `"Rp"#,##0`. */
export interface XlsxNumber {
	nilai: number;
	format: string;
}

/** A calendar date `YYYY-MM-DD`, or a wall-clock date-time `YYYY-MM-DDTHH:MM[:SS]` (offset ignored). */
export interface XlsxDate {
	tanggal: string;
}

export type XlsxCell = string | number | boolean | null | undefined | XlsxNumber | XlsxDate;

export interface XlsxSheet {
	/** Sheet name (Excel's limits: 31 characters, none of []:*?/\). */
	nama?: string;
	header: readonly string[];
	rows: readonly (readonly XlsxCell[])[];
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WIDTH_MAX = 60;

/** 0 → "A", 27 → "AB". */
export function columnLetters(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * XML text: entities for markup characters and \r; characters XML 1.0 forbids as OOXML's _xHHHH_
 * escapes, and a literal "_xHHHH_" protected by escaping its underscore (_x005F_).
 */
export function escapeText(text: string): string {
	return text
		.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\r/g, '&#13;')
		.replace(
			// eslint-disable-next-line no-control-regex
			/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
			(c) => `_x${hex4(c.charCodeAt(0))}_`
		);
}

/**
 * Text a spreadsheet may take for a formula (OWASP, CSV injection): = + - @ (or their full-width
 * forms) first, also after leading blanks, or a tab or CR first.
 */
export const FORMULA_PATTERN = String.raw`\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r]`;
export const FORMULA_START = new RegExp(`^(?:${FORMULA_PATTERN})`);

const DATE_FORMAT = 'yyyy-mm-dd';
const TIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** Custom number formats are numbered from 164; lower ids are Excel's built-ins. */
const NUMFMT_FIRST = 164;
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** Excel's 1900 date serial of a wall-clock date(-time); null when it is not one. */
export function dateSerial(iso: string): number | null {
	const m = DATE_PATTERN.exec(iso);
	if (!m) return null;
	const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
	const day = Date.UTC(Number(y), Number(mo) - 1, Number(d));
	const check = new Date(day);
	if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
	// Serial 61 is 1900-03-01: Excel keeps Lotus's phantom 29 February 1900 before it.
	const serial = (day - Date.UTC(1899, 11, 30)) / DAY_MS;
	if (serial < 61) return null;
	return serial + (Number(h) * 3600 + Number(mi) * 60 + Number(s)) / 86_400;
}

/** The cell styles (cellXfs) a workbook uses: 0 plain, 1 bold header, then one per need. */
class Style {
	private readonly formats = new Map<string, number>();
	/** Keyed "numFmtId|bold|quotePrefix"; the first two are the plain and the header style. */
	private readonly xfs = new Map<string, number>([
		['0|0|0', 0],
		['0|1|0', 1]
	]);

	indeks(format: string | null, tebal: boolean, kutip: boolean): number {
		let numFmt = 0;
		if (format !== null) {
			numFmt = this.formats.get(format) ?? NUMFMT_FIRST + this.formats.size;
			this.formats.set(format, numFmt);
		}
		const key = `${numFmt}|${tebal ? 1 : 0}|${kutip ? 1 : 0}`;
		const ada = this.xfs.get(key);
		if (ada !== undefined) return ada;
		this.xfs.set(key, this.xfs.size);
		return this.xfs.size - 1;
	}

	xml(): string {
		const numFmts = [...this.formats].map(
			([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeText(code)}"/>`
		);
		const xfs = [...this.xfs.keys()].map((key) => {
			const [numFmt, tebal, kutip] = key.split('|');
			return (
				`<xf numFmtId="${numFmt}" fontId="${tebal}" fillId="0" borderId="0" xfId="0"` +
				(numFmt !== '0' ? ' applyNumberFormat="1"' : '') +
				(tebal === '1' ? ' applyFont="1"' : '') +
				(kutip === '1' ? ' quotePrefix="1"' : '') +
				'/>'
			);
		});
		return (
			`${XML}<styleSheet xmlns="${NS}">` +
			(numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
			'<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
			'<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
			'<fills count="2"><fill><patternFill patternType="none"/></fill>' +
			'<fill><patternFill patternType="gray125"/></fill></fills>' +
			'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
			'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
			`<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
			'</styleSheet>'
		);
	}
}

function textCellXml(text: string, ref: string, gaya: Style, tebal: boolean): string {
	const style = gaya.indeks(null, tebal, FORMULA_START.test(text));
	const s = style ? ` s="${style}"` : '';
	return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
}

function numberCellXml(
	value: number,
	format: string | null,
	ref: string,
	gaya: Style,
	tebal: boolean
) {
	if (!Number.isFinite(value)) return '';
	const style = gaya.indeks(format, tebal, false);
	return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
}

function cellXml(value: XlsxCell, ref: string, gaya: Style, tebal: boolean): string {
	if (value === null || value === undefined || value === '') return '';
	if (typeof value === 'string') return textCellXml(value, ref, gaya, tebal);
	if (typeof value === 'number') return numberCellXml(value, null, ref, gaya, tebal);
	if (typeof value === 'boolean') {
		const style = gaya.indeks(null, tebal, false);
		return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="b"><v>${value ? 1 : 0}</v></c>`;
	}
	if ('tanggal' in value) {
		const serial = dateSerial(value.tanggal);
		if (serial === null) return textCellXml(value.tanggal, ref, gaya, tebal);
		const format = value.tanggal.length > 10 ? TIME_FORMAT : DATE_FORMAT;
		return numberCellXml(serial, format, ref, gaya, tebal);
	}
	return numberCellXml(value.nilai, value.format, ref, gaya, tebal);
}

function rowXml(cells: readonly XlsxCell[], nomor: number, gaya: Style, tebal: boolean): string {
	const content = cells
		.map((v, i) => cellXml(v, `${columnLetters(i)}${nomor}`, gaya, tebal))
		.join('');
	return `<row r="${nomor}">${content}</row>`;
}

/** About how many characters a cell shows, for the column width. */
function displayLength(v: XlsxCell): number {
	if (v === null || v === undefined) return 0;
	if (typeof v !== 'object') return String(v).length;
	if ('tanggal' in v) return v.tanggal.length > 10 ? 16 : 10;
	return Math.max(String(Math.round(v.nilai)).length * 1.4 + 4, v.format.length * 0.6);
}

/** Column widths from the longest text of each column, in characters. */
function columnWidth(sheet: XlsxSheet): string {
	const lebar = sheet.header.map((h) => h.length);
	for (const row of sheet.rows) {
		row.forEach((v, i) => {
			lebar[i] = Math.max(lebar[i] ?? 0, displayLength(v));
		});
	}
	const cols = lebar.map((n, i) => {
		const w = Math.round(Math.min(WIDTH_MAX, Math.max(8, n + 2)));
		return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
	});
	return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}

function sheetName(name: string | undefined): string {
	const bersih = (name ?? 'Data')
		.replace(/[[\]:*?/\\]/g, ' ')
		.trim()
		.slice(0, 31);
	return bersih === '' ? 'Data' : bersih;
}

/** Sheet names, cleaned and made unique (Excel compares them ignoring case). */
function uniqueName(sheet: readonly XlsxSheet[]): string[] {
	const dipakai = new Set<string>();
	return sheet.map((l) => {
		const base = sheetName(l.nama);
		let name = base;
		for (let n = 2; dipakai.has(name.toLowerCase()); n++) {
			const akhiran = ` (${n})`;
			name = base.slice(0, 31 - akhiran.length) + akhiran;
		}
		dipakai.add(name.toLowerCase());
		return name;
	});
}

function sheetXml(sheet: XlsxSheet, gaya: Style): string {
	const rows = [
		rowXml(sheet.header, 1, gaya, true),
		...sheet.rows.map((r, i) => rowXml(r, i + 2, gaya, false))
	];
	const pane =
		'<sheetViews><sheetView workbookViewId="0">' +
		'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
		'</sheetView></sheetViews>';
	return (
		`${XML}<worksheet xmlns="${NS}">${pane}${columnWidth(sheet)}` +
		`<sheetData>${rows.join('')}</sheetData></worksheet>`
	);
}

/** A workbook of one or more sheets, in the order given (the first opens first). */
export function writeXlsxWorkbook(list: readonly XlsxSheet[]): Uint8Array {
	if (list.length === 0) throw new Error('a workbook needs at least one sheet');
	const gaya = new Style();
	const sheets = list.map((l) => sheetXml(l, gaya));
	const nama = uniqueName(list);
	const workbook =
		`${XML}<workbook xmlns="${NS}" xmlns:r="${NS_REL}"><sheets>` +
		nama
			.map((n, i) => `<sheet name="${escapeText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
			.join('') +
		'</sheets></workbook>';
	const rel = (id: string, type: string, target: string) =>
		`<Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${target}"/>`;
	const workbookRels =
		`${XML}<Relationships xmlns="${NS_PKG}">` +
		sheets.map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
		rel(`rId${sheets.length + 1}`, 'styles', 'styles.xml') +
		'</Relationships>';
	const rootRels =
		`${XML}<Relationships xmlns="${NS_PKG}">` +
		rel('rId1', 'officeDocument', 'xl/workbook.xml') +
		'</Relationships>';
	const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
	const contentTypes =
		`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
		'<Default Extension="xml" ContentType="application/xml"/>' +
		`<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
		sheets
			.map(
				(_, i) =>
					`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`
			)
			.join('') +
		`<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
		'</Types>';
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(contentTypes),
		'_rels/.rels': strToU8(rootRels),
		'xl/workbook.xml': strToU8(workbook),
		'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
		'xl/styles.xml': strToU8(gaya.xml())
	};
	sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
	return zipSync(files, { level: 6 });
}

/** A workbook of one sheet. */
export function writeXlsx(lembar: XlsxSheet): Uint8Array {
	return writeXlsxWorkbook([lembar]);
}

export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
