import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '$lib/import/table/xlsx';
import { escapeText, columnLetters, writeXlsx } from '$lib/import/table/xlsx-write';

function read(content: Uint8Array) {
	const result = parseXlsx(content);
	if (!result.ok) throw new Error('unreadable');
	return result.tabel;
}

describe('writeXlsx', () => {
	it('writes a header row and data rows that the reader gives back, numbers as number cells', () => {
		const table = read(
			writeXlsx({
				header: ['id', 'nama', 'jumlah', 'aktif'],
				rows: [
					['a', 'Dinas Kesehatan', 4800, true],
					['b', '', 0.125, false]
				]
			})
		);
		expect(table.header).toEqual(['id', 'nama', 'jumlah', 'aktif']);
		expect(table.rows).toEqual([
			{
				line: 2,
				cells: ['a', 'Dinas Kesehatan', '4800', 'TRUE'],
				numeric: [false, false, true, false]
			},
			{ line: 3, cells: ['b', '', '0.125', 'FALSE'], numeric: [false, false, true, false] }
		]);
	});

	it('leaves blank and non-finite cells empty', () => {
		const table = read(writeXlsx({ header: ['a', 'b', 'c'], rows: [[null, Number.NaN, 'x']] }));
		expect(table.rows[0]?.cells).toEqual(['', '', 'x']);
	});

	it('contains the parts Excel needs: content types, workbook, relationships, styles, one sheet', () => {
		const files = unzipSync(writeXlsx({ nama: 'Indikator: 2026/27', header: ['a'], rows: [] }));
		expect(Object.keys(files).sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/styles.xml',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		]);
		expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Indikator  2026 27"');
		expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain('state="frozen"');
	});

	it('escapes markup, control characters and literal _xHHHH_ so text reads back unchanged', () => {
		expect(escapeText('a<b>&"c"\r\u0001_x0041_')).toBe(
			'a&lt;b&gt;&amp;&quot;c&quot;&#13;_x0001__x005F_x0041_'
		);
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 5 }),
				(cells) => {
					// A marker cell keeps a row of blanks from being skipped as an empty row.
					const table = read(writeXlsx({ header: ['h'], rows: [[...cells, 'akhir']] }));
					expect(table.rows[0]?.cells).toEqual([...cells, 'akhir']);
				}
			)
		);
	});

	it('names columns past Z as Excel does', () => {
		expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual([
			'A',
			'Z',
			'AA',
			'AB',
			'ZZ',
			'AAA'
		]);
	});
});
