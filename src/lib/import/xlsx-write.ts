import { strToU8, zipSync } from 'fflate';

/**
 * Writes a minimal valid .xlsx workbook (Office Open XML, ECMA-376): one sheet with a bold,
 * frozen header row; text as inline strings, numbers as number cells, booleans as booleans. What
 * Excel, LibreOffice, Google Sheets and parseXlsx open alike; no formulas, dates or other styles.
 */

export type SelXlsx = string | number | boolean | null | undefined;

export interface LembarXlsx {
	/** Sheet name (Excel's limits: 31 characters, none of []:*?/\). */
	nama?: string;
	header: readonly string[];
	rows: readonly (readonly SelXlsx[])[];
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAKS_LEBAR = 60;

/** 0 → "A", 27 → "AB". */
export function hurufKolom(index: number): string {
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
export function escapeTeks(text: string): string {
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

function sel(value: SelXlsx, ref: string, style: number): string {
	const s = style ? ` s="${style}"` : '';
	if (value === null || value === undefined || value === '') return '';
	if (typeof value === 'number') {
		return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
	}
	if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
	return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeTeks(value)}</t></is></c>`;
}

function baris(cells: readonly SelXlsx[], nomor: number, style: number): string {
	const isi = cells.map((v, i) => sel(v, `${hurufKolom(i)}${nomor}`, style)).join('');
	return `<row r="${nomor}">${isi}</row>`;
}

/** Column widths from the longest text of each column, in characters. */
function lebarKolom(lembar: LembarXlsx): string {
	const lebar = lembar.header.map((h) => h.length);
	for (const row of lembar.rows) {
		row.forEach((v, i) => {
			const n = v === null || v === undefined ? 0 : String(v).length;
			lebar[i] = Math.max(lebar[i] ?? 0, n);
		});
	}
	const cols = lebar.map((n, i) => {
		const w = Math.min(MAKS_LEBAR, Math.max(8, n + 2));
		return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
	});
	return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}

function namaLembar(nama: string | undefined): string {
	const bersih = (nama ?? 'Data')
		.replace(/[[\]:*?/\\]/g, ' ')
		.trim()
		.slice(0, 31);
	return bersih === '' ? 'Data' : bersih;
}

export function tulisXlsx(lembar: LembarXlsx): Uint8Array {
	const rows = [baris(lembar.header, 1, 1), ...lembar.rows.map((r, i) => baris(r, i + 2, 0))];
	const pane =
		'<sheetViews><sheetView workbookViewId="0">' +
		'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
		'</sheetView></sheetViews>';
	const sheet =
		`${XML}<worksheet xmlns="${NS}">${pane}${lebarKolom(lembar)}` +
		`<sheetData>${rows.join('')}</sheetData></worksheet>`;
	const styles =
		`${XML}<styleSheet xmlns="${NS}">` +
		'<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
		'<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
		'<fills count="2"><fill><patternFill patternType="none"/></fill>' +
		'<fill><patternFill patternType="gray125"/></fill></fills>' +
		'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
		'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
		'<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
		'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
		'</styleSheet>';
	const workbook =
		`${XML}<workbook xmlns="${NS}" xmlns:r="${NS_REL}"><sheets>` +
		`<sheet name="${escapeTeks(namaLembar(lembar.nama))}" sheetId="1" r:id="rId1"/>` +
		'</sheets></workbook>';
	const rel = (id: string, type: string, target: string) =>
		`<Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${target}"/>`;
	const workbookRels =
		`${XML}<Relationships xmlns="${NS_PKG}">` +
		rel('rId1', 'worksheet', 'worksheets/sheet1.xml') +
		rel('rId2', 'styles', 'styles.xml') +
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
		`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
		'</Types>';
	return zipSync(
		{
			'[Content_Types].xml': strToU8(contentTypes),
			'_rels/.rels': strToU8(rootRels),
			'xl/workbook.xml': strToU8(workbook),
			'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
			'xl/styles.xml': strToU8(styles),
			'xl/worksheets/sheet1.xml': strToU8(sheet)
		},
		{ level: 6 }
	);
}

export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
