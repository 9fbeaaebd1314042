import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXlsx, serialToIsoDate, sheetNames } from '$lib/import/table/xlsx';
import { dateSerial, writeXlsxWorkbook } from '$lib/import/table/xlsx-write';

describe('a workbook of several sheets', () => {
	const fill = writeXlsxWorkbook([
		{
			nama: 'Angka',
			header: ['n', 'persen', 'rupiah'],
			rows: [
				[
					{ nilai: 1234.5678, format: '#,##0.00' },
					{ nilai: 0.7834, format: '0.00%' },
					{ nilai: 1_234_567, format: '"Rp"#,##0' }
				]
			]
		},
		{
			nama: 'Tanggal',
			header: ['hari', 'waktu', 'teks'],
			rows: [[{ tanggal: '2026-07-01' }, { tanggal: '2026-07-01T09:15' }, '2026-07-01']]
		},
		{ nama: 'angka', header: ['sama'], rows: [['nama lembar beda huruf besar-kecil saja']] }
	]);

	it('opens on the first sheet and reads any sheet by name', () => {
		expect(sheetNames(fill)).toEqual(['Angka', 'Tanggal', 'angka (2)']);
		const pertama = parseXlsx(fill);
		expect(pertama.ok && pertama.tabel.header).toEqual(['n', 'persen', 'rupiah']);
		const kedua = parseXlsx(fill, 'Tanggal');
		expect(kedua.ok && kedua.tabel.header).toEqual(['hari', 'waktu', 'teks']);
		expect(parseXlsx(fill, 'Tidak ada').ok).toBe(false);
	});

	it('stores numbers exactly, with their display formats', () => {
		const result = parseXlsx(fill);
		if (!result.ok) throw new Error('unreadable');
		expect(result.tabel.rows[0]).toEqual({
			line: 2,
			cells: ['1234.5678', '0.7834', '1234567'],
			numeric: [true, true, true]
		});
		const styles = strFromU8(unzipSync(fill)['xl/styles.xml']!);
		for (const code of [
			'#,##0.00',
			'0.00%',
			'&quot;Rp&quot;#,##0',
			'yyyy-mm-dd',
			'yyyy-mm-dd hh:mm'
		]) {
			expect(styles).toContain(`formatCode="${code}"`);
		}
	});

	it('stores dates as date serials the reader recognises, and date-looking text as text', () => {
		const result = parseXlsx(fill, 'Tanggal');
		if (!result.ok) throw new Error('unreadable');
		expect(result.tabel.rows[0]).toEqual({
			line: 2,
			cells: ['2026-07-01', '2026-07-01', '2026-07-01'],
			date: [true, true, false]
		});
	});
});

describe('dateSerial', () => {
	it('counts days as Excel does (1900 system), the time of day as a fraction', () => {
		expect(dateSerial('2026-01-01')).toBe(46023);
		expect(dateSerial('1900-03-01')).toBe(61);
		expect(dateSerial('2026-07-01T18:00')).toBe(46204.75);
		expect(dateSerial('2026-02-30')).toBeNull();
		expect(dateSerial('30/06/2026')).toBeNull();
	});

	it('is read back as the same calendar date', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-03-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
				(d) => {
					const iso = d.toISOString().slice(0, 10);
					expect(serialToIsoDate(dateSerial(iso)!)).toBe(iso);
				}
			)
		);
	});
});
