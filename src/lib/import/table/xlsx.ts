import { strFromU8, unzipSync } from 'fflate';
import type { ReadResult, RowTable } from './table';

/**
 * Reads a worksheet of an Office Open XML workbook (.xlsx; ECMA-376 / ISO 29500), the first
 * unless another is named, into a header and rows: shared and inline strings, numbers, booleans,
 * and date cells (recognised by their number format) as ISO 'YYYY-MM-DD'. Formulas give their
 * cached value. A deliberately small reader: no styles beyond number formats, no merged cells.
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

/** The workbook's sheets in order, with the part each is stored in. */
function sheetList(files: Map<string, string>): { name: string; path: string }[] {
	const workbook = files.get('xl/workbook.xml') ?? '';
	const rels = files.get('xl/_rels/workbook.xml.rels') ?? '';
	const targets = new Map<string, string>();
	for (const m of rels.matchAll(openTagRe('Relationship'))) {
		const a = attributes(m[1] ?? '');
		const id = a.get('Id');
		const target = a.get('Target');
		if (id !== undefined && target) targets.set(id, resolveTarget(target).toLowerCase());
	}
	return [...workbook.matchAll(openTagRe('sheet'))].map((m, i) => {
		const a = attributes(m[1] ?? '');
		const path = targets.get(a.get('id') ?? '') ?? `xl/worksheets/sheet${i + 1}.xml`;
		return { name: a.get('name') ?? '', path };
	});
}

function sheetPath(files: Map<string, string>, name: string | undefined): string | undefined {
	const sheets = sheetList(files);
	if (name === undefined) return sheets[0]?.path ?? 'xl/worksheets/sheet1.xml';
	return sheets.find((s) => s.name === name)?.path;
}

interface Context {
	shared: string[];
	dates: boolean[];
	date1904: boolean;
}

type Kind = 'text' | 'number' | 'date';

/** A cell's text, and whether it is a plain spreadsheet number or a date cell. */
function cellValue(attr: Map<string, string>, inner: string, ctx: Context): [string, Kind] {
	const type = attr.get('t') ?? 'n';
	if (type === 'inlineStr') return [stringText(tagRe('is', '').exec(inner)?.[2] ?? ''), 'text'];
	const v = decode(tagRe('v', '').exec(inner)?.[2] ?? '');
	switch (type) {
		case 's':
			return [ctx.shared[Number(v)] ?? '', 'text'];
		case 'b':
			return [v.trim() === '1' ? 'TRUE' : 'FALSE', 'text'];
		case 'd': {
			const iso = /^\d{4}-\d{2}-\d{2}/.exec(v.trim())?.[0];
			return iso ? [iso, 'date'] : [v, 'text'];
		}
		case 'str':
		case 'e':
			return [v, 'text'];
	}
	const text = v.trim();
	const n = Number(text);
	if (text === '' || !Number.isFinite(n)) return [text, 'text'];
	if (ctx.dates[Number(attr.get('s') ?? 0)]) {
		const iso = serialToIsoDate(n, ctx.date1904);
		if (iso !== null) return [iso, 'date'];
	}
	return [String(n), 'number'];
}

function readRows(xml: string, ctx: Context): RowTable[] {
	const data = tagRe('sheetData', '').exec(xml)?.[2] ?? '';
	const rows: RowTable[] = [];
	let rowNumber = 0;
	for (const r of data.matchAll(tagRe('row'))) {
		const declared = Number(attributes(r[1] ?? '').get('r'));
		rowNumber = Number.isInteger(declared) && declared > 0 ? declared : rowNumber + 1;
		const cells: string[] = [];
		const kinds: Kind[] = [];
		let col = -1;
		for (const c of (r[2] ?? '').matchAll(tagRe('c'))) {
			const attr = attributes(c[1] ?? '');
			const ref = columnIndex(attr.get('r') ?? '');
			col = ref >= 0 ? ref : col + 1;
			if (col >= MAX_COLUMNS) break;
			const [text, kind] = cellValue(attr, c[2] ?? '', ctx);
			while (cells.length < col) cells.push('');
			cells[col] = text;
			kinds[col] = kind;
		}
		if (cells.every((c) => c.trim() === '')) continue;
		const row: RowTable = { line: rowNumber, cells };
		const flags = (kind: Kind) => Array.from(cells, (_, i) => kinds[i] === kind);
		if (kinds.includes('number')) row.numeric = flags('number');
		if (kinds.includes('date')) row.date = flags('date');
		rows.push(row);
	}
	return rows;
}

/** The names of the workbook's sheets, in order; empty when the file is not a workbook. */
export function sheetNames(data: Uint8Array | ArrayBuffer): string[] {
	const files = unzipXml(data);
	return files ? sheetList(files).map((s) => s.name) : [];
}

function unzipXml(data: Uint8Array | ArrayBuffer): Map<string, string> | null {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	try {
		const entries = unzipSync(bytes, {
			filter: (f) => /\.(xml|rels)$/i.test(f.name)
		});
		return new Map(
			Object.entries(entries).map(([name, content]) => [
				name.toLowerCase(),
				strFromU8(content).replace(/^\uFEFF/, '')
			])
		);
	} catch {
		// Not a zip archive: the user picked the wrong file.
		return null;
	}
}

/**
 * Reads the first worksheet, or the one called `sheet`; a file that is not a readable workbook
 * (or has no such sheet) gives an import error.
 */
export function parseXlsx(data: Uint8Array | ArrayBuffer, sheet?: string): ReadResult {
	const gagal: ReadResult = { ok: false, error: { line: null, key: 'import.berkasTidakTerbaca' } };
	const files = unzipXml(data);
	if (files === null) return gagal;
	const path = sheetPath(files, sheet);
	const xml = path === undefined ? undefined : files.get(path);
	if (xml === undefined) return gagal;

	const workbook = files.get('xl/workbook.xml') ?? '';
	const pr = openTagRe('workbookPr').exec(workbook);
	const date1904 = /^(1|true)$/i.test(attributes(pr?.[1] ?? '').get('date1904') ?? '');
	const ctx: Context = {
		shared: sharedStrings(files.get('xl/sharedstrings.xml')),
		dates: dateStyles(files.get('xl/styles.xml')),
		date1904
	};
	const [first, ...rows] = readRows(xml, ctx);
	if (!first) return { ok: true, tabel: { header: [], rows: [] } };
	const table = { header: first.cells, rows };
	return { ok: true, tabel: first.line === 1 ? table : { ...table, headerLine: first.line } };
}
