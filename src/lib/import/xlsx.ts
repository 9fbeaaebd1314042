import { strFromU8, unzipSync } from 'fflate';
import type { HasilBaca, TabelBaris } from './tabel';

/**
 * Reads the first worksheet of an Office Open XML workbook (.xlsx; ECMA-376 / ISO 29500) into a
 * header and rows: shared and inline strings, numbers, booleans, and date cells (recognised by
 * their number format) as ISO 'YYYY-MM-DD'. Formulas give their cached value. A deliberately
 * small reader: no styles beyond number formats, no merged cells, no other sheets.
 */

const DAY_MS = 86_400_000;
/** Excel's last column is XFD; references beyond it are ignored. */
const MAX_COLUMNS = 16_384;
const P = '(?:[\\w.-]+:)?'; // optional namespace prefix, e.g. <x:c> from the OpenXML SDK

const tagRe = (name: string, flags = 'g') =>
	new RegExp(`<${P}${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}${name}>)`, flags);
const openTagRe = (name: string) => new RegExp(`<${P}${name}\\b([^>]*?)/?>`, 'g');

const ENTITIES: Readonly<Record<string, string>> = {
	lt: '<',
	gt: '>',
	amp: '&',
	quot: '"',
	apos: "'"
};

/** XML entities, then the _xHHHH_ escapes OOXML uses for control characters (_x005F_ is "_"). */
function decode(text: string): string {
	return text
		.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
			if (name[0] !== '#') return ENTITIES[name] ?? whole;
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		})
		.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Attributes by local name (the "r:id" attribute is "id"). */
function attributes(text: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
		const name = m[1]!.slice(m[1]!.indexOf(':') + 1);
		if (!out.has(name)) out.set(name, decode(m[2] ?? m[3] ?? ''));
	}
	return out;
}

/** Text of a rich or plain string (<si>, <is>): every <t>, leaving out phonetic runs. */
function stringText(xml: string): string {
	const body = xml.replace(tagRe('rPh'), '');
	let out = '';
	for (const m of body.matchAll(tagRe('t'))) out += decode(m[2] ?? '');
	return out;
}

function sharedStrings(xml: string | undefined): string[] {
	if (!xml) return [];
	return [...xml.matchAll(tagRe('si'))].map((m) => stringText(m[2] ?? ''));
}

/** Built-in number formats that show a date (with or without time). */
const BUILTIN_DATE = new Set([
	14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58
]);

/** A custom format shows a date when, outside literals, colours and locales, it has d or y. */
export function isDateFormat(code: string): boolean {
	const bare = code
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/[_*]./g, '')
		.replace(/\[[^\]]*\]/g, '');
	return /[dy]/i.test(bare);
}

/** For each cell style index (the s attribute), whether it formats numbers as dates. */
function dateStyles(xml: string | undefined): boolean[] {
	if (!xml) return [];
	const custom = new Map<number, string>();
	for (const m of xml.matchAll(openTagRe('numFmt'))) {
		const a = attributes(m[1] ?? '');
		custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
	}
	const cellXfs = tagRe('cellXfs', '').exec(xml)?.[2] ?? '';
	return [...cellXfs.matchAll(openTagRe('xf'))].map((m) => {
		const id = Number(attributes(m[1] ?? '').get('numFmtId') ?? 0);
		const code = custom.get(id);
		return code !== undefined ? isDateFormat(code) : BUILTIN_DATE.has(id);
	});
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date serial as 'YYYY-MM-DD' (time of day dropped). The 1900 system counts 1900-01-01 as 1
 * and keeps Lotus's phantom 1900-02-29 (serial 60); the 1904 system counts from 1904-01-01 = 0.
 */
export function serialToIsoDate(serial: number, date1904 = false): string | null {
	if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
	const days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
	const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
	const d = new Date(epoch + days * DAY_MS);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "AB12" → 27 (0-based column); -1 when the reference has no letters. */
function columnIndex(ref: string): number {
	const letters = /^[A-Za-z]+/.exec(ref)?.[0];
	if (!letters) return -1;
	let n = 0;
	for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n - 1;
}

/** Resolves a relationship target against xl/ ("worksheets/sheet1.xml", "/xl/…", "../…"). */
function resolveTarget(target: string): string {
	const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
	const out: string[] = [];
	for (const p of parts) {
		if (p === '..') out.pop();
		else if (p !== '.' && p !== '') out.push(p);
	}
	return out.join('/');
}

function firstSheetPath(files: Map<string, string>): string {
	const workbook = files.get('xl/workbook.xml') ?? '';
	const rels = files.get('xl/_rels/workbook.xml.rels') ?? '';
	const sheet = openTagRe('sheet').exec(workbook);
	const rid = sheet ? attributes(sheet[1] ?? '').get('id') : undefined;
	for (const m of rels.matchAll(openTagRe('Relationship'))) {
		const a = attributes(m[1] ?? '');
		if (rid !== undefined && a.get('Id') === rid && a.get('Target')) {
			return resolveTarget(a.get('Target')!).toLowerCase();
		}
	}
	return 'xl/worksheets/sheet1.xml';
}

interface Context {
	shared: string[];
	dates: boolean[];
	date1904: boolean;
}

/** A cell's text, and whether it is a plain spreadsheet number. */
function cellValue(attr: Map<string, string>, inner: string, ctx: Context): [string, boolean] {
	const type = attr.get('t') ?? 'n';
	if (type === 'inlineStr') return [stringText(tagRe('is', '').exec(inner)?.[2] ?? ''), false];
	const v = decode(tagRe('v', '').exec(inner)?.[2] ?? '');
	switch (type) {
		case 's':
			return [ctx.shared[Number(v)] ?? '', false];
		case 'b':
			return [v.trim() === '1' ? 'TRUE' : 'FALSE', false];
		case 'd':
			return [/^\d{4}-\d{2}-\d{2}/.exec(v.trim())?.[0] ?? v, false];
		case 'str':
		case 'e':
			return [v, false];
	}
	const text = v.trim();
	const n = Number(text);
	if (text === '' || !Number.isFinite(n)) return [text, false];
	if (ctx.dates[Number(attr.get('s') ?? 0)]) {
		const iso = serialToIsoDate(n, ctx.date1904);
		if (iso !== null) return [iso, false];
	}
	return [String(n), true];
}

function readRows(xml: string, ctx: Context): TabelBaris[] {
	const data = tagRe('sheetData', '').exec(xml)?.[2] ?? '';
	const rows: TabelBaris[] = [];
	let rowNumber = 0;
	for (const r of data.matchAll(tagRe('row'))) {
		const declared = Number(attributes(r[1] ?? '').get('r'));
		rowNumber = Number.isInteger(declared) && declared > 0 ? declared : rowNumber + 1;
		const cells: string[] = [];
		const numeric: boolean[] = [];
		let col = -1;
		for (const c of (r[2] ?? '').matchAll(tagRe('c'))) {
			const attr = attributes(c[1] ?? '');
			const ref = columnIndex(attr.get('r') ?? '');
			col = ref >= 0 ? ref : col + 1;
			if (col >= MAX_COLUMNS) break;
			const [text, isNumber] = cellValue(attr, c[2] ?? '', ctx);
			while (cells.length < col) cells.push('');
			cells[col] = text;
			numeric[col] = isNumber;
		}
		if (cells.every((c) => c.trim() === '')) continue;
		const row: TabelBaris = { line: rowNumber, cells };
		if (numeric.some(Boolean)) row.numeric = Array.from(cells, (_, i) => numeric[i] === true);
		rows.push(row);
	}
	return rows;
}

/** Reads the first worksheet; a file that is not a readable workbook gives an import error. */
export function parseXlsx(data: Uint8Array | ArrayBuffer): HasilBaca {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	const gagal: HasilBaca = { ok: false, error: { line: null, key: 'import.berkasTidakTerbaca' } };
	let files: Map<string, string>;
	try {
		const entries = unzipSync(bytes, {
			filter: (f) => /\.(xml|rels)$/i.test(f.name)
		});
		files = new Map(
			Object.entries(entries).map(([name, content]) => [
				name.toLowerCase(),
				strFromU8(content).replace(/^\uFEFF/, '')
			])
		);
	} catch {
		// Not a zip archive: the user picked the wrong file.
		return gagal;
	}
	const sheet = files.get(firstSheetPath(files));
	if (sheet === undefined) return gagal;

	const workbook = files.get('xl/workbook.xml') ?? '';
	const pr = openTagRe('workbookPr').exec(workbook);
	const date1904 = /^(1|true)$/i.test(attributes(pr?.[1] ?? '').get('date1904') ?? '');
	const ctx: Context = {
		shared: sharedStrings(files.get('xl/sharedstrings.xml')),
		dates: dateStyles(files.get('xl/styles.xml')),
		date1904
	};
	const [first, ...rows] = readRows(sheet, ctx);
	if (!first) return { ok: true, tabel: { header: [], rows: [] } };
	const tabel = { header: first.cells, rows };
	return { ok: true, tabel: first.line === 1 ? tabel : { ...tabel, headerLine: first.line } };
}
