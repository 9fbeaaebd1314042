import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { isDateFormat, parseXlsx, serialToIsoDate } from '$lib/import/table/xlsx';
import type { Table } from '$lib/import/table/table';
import { makeXlsx, dateSerial, type XlsxCell } from '../../../fixtures/xlsx-factory';

function read(data: Uint8Array | ArrayBuffer): Table {
	const result = parseXlsx(data);
	if (!result.ok) throw new Error(`unreadable: ${result.error.key}`);
	return result.tabel;
}

describe('parseXlsx', () => {
	it('reads shared strings and numbers, rows numbered as in the spreadsheet', () => {
		const t = read(
			makeXlsx([
				['unit', 'u1', 'pagu'],
				['Disdukcapil', 4, 1234567.89],
				['RSUD', 3, 0.1]
			])
		);
		expect(t.header).toEqual(['unit', 'u1', 'pagu']);
		expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
			[2, ['Disdukcapil', '4', '1234567.89']],
			[3, ['RSUD', '3', '0.1']]
		]);
	});

	it('marks which cells are spreadsheet numbers, so "1.234" there means 1,234', () => {
		const t = read(
			makeXlsx([
				['a', 'b'],
				['1.234', 1.234]
			])
		);
		expect(t.rows[0]!.cells).toEqual(['1.234', '1.234']);
		expect(t.rows[0]!.numeric).toEqual([false, true]);
	});

	it('reads inline strings and booleans', () => {
		const t = read(
			makeXlsx(
				[
					['teks', 'ya'],
					['a & <b> "c"', true],
					['', false]
				],
				{ strings: 'inline' }
			)
		);
		expect(t.rows.map((r) => r.cells)).toEqual([
			['a & <b> "c"', 'TRUE'],
			['', 'FALSE']
		]);
	});

	it('turns date cells into ISO dates, by built-in and custom date formats', () => {
		const t = read(
			makeXlsx([
				['tanggal', 'lain'],
				[{ tanggal: '2026-03-31' }, { tanggal: '2026-12-01', format: 'kustom' }]
			])
		);
		expect(t.rows[0]!.cells).toEqual(['2026-03-31', '2026-12-01']);
		expect(t.rows[0]!.numeric).toBeUndefined();
	});

	it('honours the 1904 date system', () => {
		const t = read(makeXlsx([['tanggal'], [{ tanggal: '2026-01-05' }]], { date1904: true }));
		expect(t.rows[0]!.cells).toEqual(['2026-01-05']);
	});

	it('fills cells missing from a sparse row with empty text', () => {
		const t = read(
			makeXlsx([
				['a', 'b', 'c'],
				['x', null, 'z'],
				[null, null, 5]
			])
		);
		expect(t.rows.map((r) => r.cells)).toEqual([
			['x', '', 'z'],
			['', '', '5']
		]);
	});

	it('skips empty rows and reports a header that is not on row 1', () => {
		const t = read(
			makeXlsx(
				[
					['unit', 'u1'],
					['', null],
					['A', 4]
				],
				{ barisAwal: 3 }
			)
		);
		expect(t.headerLine).toBe(3);
		expect(t.rows).toEqual([{ line: 5, cells: ['A', '4'], numeric: [false, true] }]);
	});

	it('reads the first sheet of the workbook, found through its relationship', () => {
		const t = read(makeXlsx([['unit'], ['dari lembar Data']], { lembarLain: true }));
		expect(t.rows[0]!.cells).toEqual(['dari lembar Data']);
	});

	it('reads namespace-prefixed elements as the OpenXML SDK writes them', () => {
		const t = read(
			makeXlsx(
				[
					['unit', 'u1'],
					['A', 4]
				],
				{ prefiks: true }
			)
		);
		expect(t.rows[0]!.cells).toEqual(['A', '4']);
	});

	it('accepts an ArrayBuffer as well as a Uint8Array', () => {
		const bytes = makeXlsx([['a'], ['b']]);
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		expect(read(buffer as ArrayBuffer).rows[0]!.cells).toEqual(['b']);
	});

	it('reads rich text, escapes and cached formula values from hand-written XML', () => {
		const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
		const zip = zipSync({
			'xl/sharedStrings.xml': strToU8(
				`<sst xmlns="${ns}"><si><r><rPr><b/></rPr><t>Dinas </t></r><r><t xml:space="preserve">Kesehatan</t></r>` +
					`<rPh sb="0" eb="1"><t>X</t></rPh></si><si><t>baris_x000D_&#10;dua &amp; &#x41;</t></si></sst>`
			),
			'xl/worksheets/sheet1.xml': strToU8(
				`<worksheet xmlns="${ns}"><sheetData>` +
					`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
					`<row r="2"><c r="A2" t="str"><f>A1&amp;"!"</f><v>Dinas Kesehatan!</v></c>` +
					`<c r="B2"><f>1+2</f><v>3</v></c><c r="C2" t="e"><v>#N/A</v></c></row>` +
					`</sheetData></worksheet>`
			)
		});
		const t = read(zip);
		expect(t.header).toEqual(['Dinas Kesehatan', 'baris\r\ndua & A']);
		expect(t.rows[0]!.cells).toEqual(['Dinas Kesehatan!', '3', '#N/A']);
	});

	it('reports a file that is not a workbook instead of throwing', () => {
		const bukan = parseXlsx(strToU8('unit,u1\nA,4\n'));
		expect(bukan).toEqual({ ok: false, error: { line: null, key: 'import.berkasTidakTerbaca' } });
		const tanpaLembar = parseXlsx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
		expect(tanpaLembar.ok).toBe(false);
	});

	it('gives an empty table for a workbook with an empty sheet', () => {
		expect(read(makeXlsx([]))).toEqual({ header: [], rows: [] });
	});
});

describe('serialToIsoDate', () => {
	it('converts Excel 1900-system serials, Lotus leap-year bug included', () => {
		expect(serialToIsoDate(1)).toBe('1900-01-01');
		expect(serialToIsoDate(59)).toBe('1900-02-28');
		expect(serialToIsoDate(61)).toBe('1900-03-01');
		expect(serialToIsoDate(45658)).toBe('2025-01-01');
		expect(serialToIsoDate(46112.99)).toBe('2026-03-31');
	});

	it('converts 1904-system serials and rejects what is not a date', () => {
		expect(serialToIsoDate(0, true)).toBe('1904-01-01');
		expect(serialToIsoDate(-1)).toBeNull();
		expect(serialToIsoDate(Number.NaN)).toBeNull();
	});

	it('inverts the factory for every day from 1904 to 2099', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1904, 0, 1), max: Date.UTC(2099, 11, 31) }),
				fc.boolean(),
				(ms, d1904) => {
					const iso = new Date(ms).toISOString().slice(0, 10);
					expect(serialToIsoDate(dateSerial(iso, d1904), d1904)).toBe(iso);
				}
			)
		);
	});
});

describe('isDateFormat', () => {
	it('sees a date in day, month and year codes, not in literals, colours or numbers', () => {
		expect(isDateFormat('dd/mm/yyyy;@')).toBe(true);
		expect(isDateFormat('[$-421]d mmmm yyyy')).toBe(true);
		expect(isDateFormat('yyyy-mm-dd hh:mm')).toBe(true);
		expect(isDateFormat('#,##0.00')).toBe(false);
		expect(isDateFormat('0.00E+00')).toBe(false);
		expect(isDateFormat('[Red]#,##0 "days"')).toBe(false);
		expect(isDateFormat('h:mm:ss')).toBe(false);
		expect(isDateFormat('General')).toBe(false);
	});
});

describe('XLSX round trip (property)', () => {
	const cell = fc.oneof(
		fc.string({ maxLength: 10 }).filter((s) => s.trim() !== ''),
		fc.integer({ min: -1e9, max: 1e9 }),
		fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
	);
	it('reads back every non-empty cell as text, numbers as String(n)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
				fc.constantFrom<'shared' | 'inline'>('shared', 'inline'),
				(rows: XlsxCell[][], strings) => {
					const t = read(makeXlsx(rows, { strings }));
					const text = rows.map((r) => r.map((v) => String(v)));
					expect([t.header, ...t.rows.map((r) => r.cells)]).toEqual(text);
				}
			),
			{ numRuns: 100 }
		);
	});
});
