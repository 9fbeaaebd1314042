import { describe, it, expect } from 'vitest';
import { parseCsv } from '$lib/import/table/csv';
import {
	problemRows,
	IMPORT_ERROR_KEYS,
	isFileError,
	type ImportError
} from '$lib/import/table/errors';
import { formatImportError, IMPORT_MESSAGES } from '$lib/import/table/messages';
import { parseRealisasiRows } from '$lib/import/realisasi/rows';
import { parseSkmRows } from '$lib/import/skm/rows';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('IMPORT_MESSAGES', () => {
	it('has Bahasa Indonesia and English for exactly the exported keys', () => {
		expect(Object.keys(IMPORT_MESSAGES).sort()).toEqual([...IMPORT_ERROR_KEYS].sort());
		for (const key of IMPORT_ERROR_KEYS) {
			const { id, en } = IMPORT_MESSAGES[key];
			expect(id.length, key).toBeGreaterThan(0);
			expect(en.length, key).toBeGreaterThan(0);
			expect(placeholders(en), key).toEqual(placeholders(id));
		}
	});
});

describe('formatImportError', () => {
	const e: ImportError = { line: 7, column: 'u3', key: 'import.skorDiLuarRentang', value: '5' };

	it('names the line, column and value in either language', () => {
		expect(formatImportError(e)).toBe('Baris 7, kolom u3: jawaban "5" harus 1–4');
		expect(formatImportError(e, 'en')).toBe('Row 7, column u3: answer "5" must be 1–4');
	});

	it('fills every placeholder of the errors the parsers produce', () => {
		const skm = parseSkmRows(
			parseCsv(
				'unit,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,jenis_kelamin,usia,pendidikan,pekerjaan,saran\n' +
					`,x,9,,,,,,,,,Z,5,TK,Petani,${'s'.repeat(2001)}\n` +
					'A,,,,,,,,,,,,,,,\n'
			)
		);
		const realisasi = parseRealisasiRows(
			parseCsv(
				'unit,tahun,triwulan,pagu,realisasi_anggaran,realisasi_fisik,pdn_realisasi,pdn_komitmen,total_pengadaan,indikator,satuan,polaritas,target,realisasi\n' +
					'A,2026,1,1,1,1,1,1,1,I,%,+,1,1\n' +
					'A,2026,1,2,-1,200,x,,,I,,?,,\n' +
					'A,2026,1,,,,,,,I,%,+,1,1\n' +
					'A,2026,1,5,,,,,,,,,,\n' +
					'A,1,9,,,,,,,,%,,,\n'
			)
		);
		const other = [
			parseSkmRows(parseCsv('a\n1\n')).errors,
			parseSkmRows(parseCsv('')).errors,
			parseSkmRows(parseCsv('unit,unit\n')).errors,
			[{ line: null, key: 'import.formatTidakDikenal', value: 'data.ods' } as ImportError],
			[{ line: null, key: 'import.berkasTidakTerbaca' } as ImportError]
		].flat();
		const all = [...skm.errors, ...realisasi.errors, ...other];
		const keys = new Set(all.map((x) => x.key));
		expect(IMPORT_ERROR_KEYS.filter((k) => !keys.has(k) && k !== 'import.tidakValid')).toEqual([]);
		for (const err of all) {
			for (const locale of ['id', 'en'] as const) {
				expect(formatImportError(err, locale), err.key).not.toMatch(/\{\w+\}/);
			}
		}
	});
});

describe('error helpers', () => {
	it('tell file-level errors from row errors and list the rows left out', () => {
		const errors: ImportError[] = [
			{ line: 1, column: 'u1', key: 'import.kolomWajibHilang' },
			{ line: 9, column: 'u1', key: 'import.skorDiLuarRentang', value: '0' },
			{ line: 4, column: 'unit', key: 'import.unitKosong' },
			{ line: 9, column: 'u2', key: 'import.skorDiLuarRentang', value: '7' }
		];
		expect(errors.map(isFileError)).toEqual([true, false, false, false]);
		expect(problemRows(errors)).toEqual([4, 9]);
	});
});
