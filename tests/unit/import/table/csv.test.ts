import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter, parseCsv, toCsv } from '$lib/import/table/csv';

describe('parseCsv', () => {
	it('reads a header and rows with physical line numbers, the header on line 1', () => {
		const t = parseCsv('unit,u1\nA,4\nB,3\n');
		expect(t.header).toEqual(['unit', 'u1']);
		expect(t.rows).toEqual([
			{ line: 2, cells: ['A', '4'] },
			{ line: 3, cells: ['B', '3'] }
		]);
		expect(t.headerLine).toBeUndefined();
	});

	it('strips a UTF-8 byte order mark before the first header', () => {
		expect(parseCsv('\uFEFFunit;u1\r\nA;4\r\n').header).toEqual(['unit', 'u1']);
	});

	it('detects the semicolon Excel writes in the Indonesian locale', () => {
		const t = parseCsv('unit;pagu;catatan\nDinkes;1.234.567,89;"a, b"\n');
		expect(t.header).toEqual(['unit', 'pagu', 'catatan']);
		expect(t.rows[0]!.cells).toEqual(['Dinkes', '1.234.567,89', 'a, b']);
	});

	it('keeps the comma when it is as common as the semicolon, or when neither appears', () => {
		expect(detectDelimiter('a;b,c')).toBe(',');
		expect(detectDelimiter('unit')).toBe(',');
		expect(detectDelimiter('"a;b;c",d')).toBe(',');
		expect(detectDelimiter('\r\n\r\na;b')).toBe(';');
	});

	it('accepts CRLF, LF and a last line without a line break', () => {
		const t = parseCsv('a,b\r\n1,2\n3,4');
		expect(t.rows.map((r) => r.cells)).toEqual([
			['1', '2'],
			['3', '4']
		]);
		expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
	});

	it('reads quoted cells: delimiters, doubled quotes and line breaks inside', () => {
		const t = parseCsv('a,b\n"x, ""y""","baris 1\r\nbaris 2"\n');
		expect(t.rows[0]!.cells).toEqual(['x, "y"', 'baris 1\r\nbaris 2']);
	});

	it('numbers rows after a quoted line break by the physical line they start on', () => {
		const t = parseCsv('unit,saran\nA,"satu\ndua\ntiga"\nB,ok\n');
		expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
			[2, 'A'],
			[5, 'B']
		]);
	});

	it('skips empty lines and the ";;;;" rows Excel writes for formatted blanks, keeping line numbers', () => {
		const t = parseCsv('a;b\n\n1;2\n;;\n   \n3;4\n\n');
		expect(t.rows).toEqual([
			{ line: 3, cells: ['1', '2'] },
			{ line: 6, cells: ['3', '4'] }
		]);
	});

	it('keeps a row of quoted empty cells, which is not blank', () => {
		expect(parseCsv('a,b\n"",\n').rows).toEqual([{ line: 2, cells: ['', ''] }]);
	});

	it('reports the header line when blank lines precede it', () => {
		const t = parseCsv('\n\nunit,u1\nA,4\n');
		expect(t.header).toEqual(['unit', 'u1']);
		expect(t.headerLine).toBe(3);
		expect(t.rows[0]!.line).toBe(4);
	});

	it('gives an empty table for empty text', () => {
		expect(parseCsv('')).toEqual({ header: [], rows: [] });
		expect(parseCsv('\uFEFF\r\n')).toEqual({ header: [], rows: [] });
	});

	it('keeps cells untrimmed and rows at their own length', () => {
		const t = parseCsv('a,b,c\n x ,y\n1,2,3,4\n');
		expect(t.rows.map((r) => r.cells)).toEqual([
			[' x ', 'y'],
			['1', '2', '3', '4']
		]);
	});

	it('is lenient with a stray quote inside an unquoted cell and an unterminated quote', () => {
		expect(parseCsv('a,b\n5" pipa,"tanpa akhir\n').rows[0]!.cells).toEqual([
			'5" pipa',
			'tanpa akhir\n'
		]);
	});
});

describe('toCsv', () => {
	it('quotes only cells that need it and ends every line with CRLF', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['x', 'y, z'],
					['say "hi"', 'semi;colon']
				]
			)
		).toBe('a,b\r\nx,"y, z"\r\n"say ""hi""","semi;colon"\r\n');
	});

	it('writes numbers, null and undefined, a BOM and semicolons on request', () => {
		const text = toCsv(['u1', 'u2', 'u3'], [[4, null, undefined]], {
			delimiter: ';',
			bom: true,
			newline: '\n'
		});
		expect(text).toBe('\uFEFFu1;u2;u3\n4;;\n');
	});

	it('quotes the first cell of an all-blank row so that it survives', () => {
		expect(toCsv(['a', 'b'], [['', '']])).toBe('a,b\r\n"",\r\n');
		expect(parseCsv(toCsv(['a', 'b'], [['', ' ']])).rows[0]!.cells).toEqual(['', ' ']);
	});
});

const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
const cellTricky = fc.oneof(
	cell,
	fc.constantFrom('', ' ', '"', '""', ',', ';', '\n', '\r\n', '\r', 'a"b', '\uFEFFx', ' ; , ')
);
const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
	fc.record({
		header: fc.array(cellTricky, { minLength: width, maxLength: width }),
		rows: fc.array(fc.array(cellTricky, { minLength: width, maxLength: width }), { maxLength: 6 })
	})
);

describe('CSV round trip (property)', () => {
	it('parseCsv(toCsv(t)) gives back every cell of every row', () => {
		fc.assert(
			fc.property(
				table,
				fc.constantFrom<',' | ';'>(',', ';'),
				fc.boolean(),
				(t, delimiter, bom) => {
					const parsed = parseCsv(toCsv(t.header, t.rows, { delimiter, bom }));
					expect(parsed.header).toEqual(t.header);
					expect(parsed.rows.map((r) => r.cells)).toEqual(t.rows);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('reads the same table from comma and semicolon files, with LF or CRLF', () => {
		fc.assert(
			fc.property(table, fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'), (t, newline) => {
				const comma = parseCsv(toCsv(t.header, t.rows, { delimiter: ',', newline }));
				const semicolon = parseCsv(toCsv(t.header, t.rows, { delimiter: ';', newline, bom: true }));
				expect(semicolon).toEqual(comma);
			}),
			{ numRuns: 300 }
		);
	});

	it('numbers each row by the physical line it starts on', () => {
		// A line break is CRLF, LF or a lone CR, inside quoted cells too.
		const breaks = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;
		fc.assert(
			fc.property(table, (t) => {
				const starts = parseCsv(toCsv(t.header, t.rows, { newline: '\n' })).rows.map((r) => r.line);
				let line = 1 + breaks(toCsv(t.header, []));
				const expected = t.rows.map((row) => {
					const start = line;
					line += breaks(toCsv(row, []));
					return start;
				});
				expect(starts).toEqual(expected);
			}),
			{ numRuns: 200 }
		);
	});
});
