import { describe, it, expect } from 'vitest';
import { readTableFile, decodeCsv } from '$lib/import/table/file';
import { makeXlsx } from '../../../fixtures/xlsx-factory';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readTableFile', () => {
	it('reads .csv and .xlsx by extension, in any case', () => {
		const csv = readTableFile('SKM 2026.CSV', utf8('unit;u1\nA;4\n'));
		expect(csv).toEqual({
			ok: true,
			tabel: { header: ['unit', 'u1'], rows: [{ line: 2, cells: ['A', '4'] }] }
		});
		const xlsx = readTableFile(
			'skm.xlsx',
			makeXlsx([
				['unit', 'u1'],
				['A', 4]
			])
		);
		expect(xlsx.ok && xlsx.tabel.rows[0]!.cells).toEqual(['A', '4']);
	});

	it('reports an extension it does not read', () => {
		expect(readTableFile('data.ods', new Uint8Array())).toEqual({
			ok: false,
			error: { line: null, key: 'import.formatTidakDikenal', value: 'data.ods' }
		});
	});

	it('reports an .xlsx that is not a workbook', () => {
		expect(readTableFile('skm.xlsx', utf8('unit,u1')).ok).toBe(false);
	});
});

describe('decodeCsv', () => {
	it('decodes UTF-8 with or without a BOM', () => {
		expect(decodeCsv(utf8('\uFEFFunit\nPuskesmas Kédung'))).toBe('unit\nPuskesmas Kédung');
	});

	it('falls back to Windows-1252, what plain "CSV" from Excel on Windows is', () => {
		// "Saran: café – ok" in Windows-1252: é = E9, en dash = 96.
		const bytes = Uint8Array.from([...utf8('Saran: caf'), 0xe9, 0x20, 0x96, ...utf8(' ok')]);
		expect(decodeCsv(bytes)).toBe('Saran: café – ok');
	});
});
