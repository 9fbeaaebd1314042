import { describe, it, expect } from 'vitest';
import {
	bacaAngka,
	bacaJenisKelamin,
	bacaPekerjaan,
	bacaPendidikan,
	bacaTanggal,
	bacaUsia
} from '$lib/import/table/cells';

describe('bacaAngka', () => {
	it('reads Indonesian numbers: dot groups thousands, comma is the decimal mark', () => {
		expect(bacaAngka('1.234.567,89')).toBe(1234567.89);
		expect(bacaAngka('Rp 1.234.567')).toBe(1234567);
		expect(bacaAngka('Rp1.234.567')).toBe(1234567);
		expect(bacaAngka('78,34%')).toBe(78.34);
		expect(bacaAngka('1234567,89')).toBe(1234567.89);
	});

	it('resolves "1.234" as one thousand two hundred thirty-four, "1,234" as 1.234', () => {
		expect(bacaAngka('1.234')).toBe(1234);
		expect(bacaAngka('1,234')).toBe(1.234);
	});

	it('still reads machine-written decimals whose point cannot be a thousands separator', () => {
		expect(bacaAngka('1234567.89')).toBe(1234567.89);
		expect(bacaAngka('12.5')).toBe(12.5);
		expect(bacaAngka('0.1234')).toBe(0.1234);
	});

	it('reads a spreadsheet number cell as is, the point being a decimal point', () => {
		expect(bacaAngka('1.234', true)).toBe(1.234);
		expect(bacaAngka('1e-7', true)).toBe(1e-7);
		expect(bacaAngka('', true)).toBeNull();
	});

	it('returns null for text that is not a number, including English grouping', () => {
		for (const s of ['abc', '1,234,567.89', '12-3', '', '1.23.4']) expect(bacaAngka(s)).toBeNull();
	});
});

describe('bacaTanggal', () => {
	it('reads YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY, day first', () => {
		expect(bacaTanggal('2026-03-31')).toEqual({ tanggal: '2026-03-31' });
		expect(bacaTanggal('05/01/2026')).toEqual({ tanggal: '2026-01-05' });
		expect(bacaTanggal('5/1/2026')).toEqual({ tanggal: '2026-01-05' });
		expect(bacaTanggal('31-12-2026')).toEqual({ tanggal: '2026-12-31' });
		expect(bacaTanggal('31.12.2026')).toEqual({ tanggal: '2026-12-31' });
	});

	it('keeps an ISO date-time with offset as waktu, its date as written', () => {
		expect(bacaTanggal('2026-03-31T23:30:00+07:00')).toEqual({
			tanggal: '2026-03-31',
			waktu: '2026-03-31T23:30:00+07:00'
		});
		expect(bacaTanggal('2026-04-01T01:00:00.000Z')).toEqual({
			tanggal: '2026-04-01',
			waktu: '2026-04-01T01:00:00.000Z'
		});
	});

	it('drops a time of day written without an offset', () => {
		expect(bacaTanggal('31/03/2026 14:05')).toEqual({ tanggal: '2026-03-31' });
		expect(bacaTanggal('2026-03-31 14:05:09')).toEqual({ tanggal: '2026-03-31' });
	});

	it('rejects impossible dates, mixed separators, years out of range and other text', () => {
		for (const s of [
			'31/02/2026',
			'2026-13-01',
			'29/02/2025',
			'05/01-2026',
			'01/01/1999',
			'2026/01/05',
			'Januari 2026',
			'46023',
			'2026-03-31T25:00:00+07:00'
		]) {
			expect(bacaTanggal(s), s).toBeNull();
		}
		expect(bacaTanggal('29/02/2028')).toEqual({ tanggal: '2028-02-29' });
	});
});

describe('profile readers', () => {
	it('read sex as L or P from the usual spellings', () => {
		expect(['L', 'l', 'Laki-laki', 'LAKI LAKI', 'pria'].map(bacaJenisKelamin)).toEqual(
			Array(5).fill('L')
		);
		expect(['P', 'Perempuan', 'wanita'].map(bacaJenisKelamin)).toEqual(Array(3).fill('P'));
		expect(bacaJenisKelamin('X')).toBeNull();
	});

	it('read education and occupation into the schema values', () => {
		expect(bacaPendidikan('SLTA')).toBe('SMA');
		expect(bacaPendidikan('D1 – D3')).toBe('D1-D3');
		expect(bacaPendidikan('s1')).toBe('D4-S1');
		expect(bacaPendidikan('S3')).toBe('S3');
		expect(bacaPendidikan('TK')).toBeNull();
		expect(bacaPekerjaan('tni/polri')).toBe('TNI/Polri');
		expect(bacaPekerjaan('Wiraswasta')).toBe('Wirausaha');
		expect(bacaPekerjaan('Mahasiswa')).toBe('Pelajar/Mahasiswa');
		expect(bacaPekerjaan('ASN')).toBe('PNS');
		expect(bacaPekerjaan('Petani')).toBeNull();
	});

	it('read age in whole years, with an optional "tahun"', () => {
		expect(bacaUsia('35')).toBe(35);
		expect(bacaUsia('35 tahun')).toBe(35);
		expect(bacaUsia('35', true)).toBe(35);
		expect(bacaUsia('35,5')).toBeNull();
		expect(bacaUsia('tiga puluh')).toBeNull();
	});
});
