import { describe, it, expect } from 'vitest';
import {
	readNumber,
	readSex,
	readOccupation,
	readEducation,
	readDate,
	readAge
} from '$lib/import/table/cells';

describe('readNumber', () => {
	it('reads Indonesian numbers: dot groups thousands, comma is the decimal mark', () => {
		expect(readNumber('1.234.567,89')).toBe(1234567.89);
		expect(readNumber('Rp 1.234.567')).toBe(1234567);
		expect(readNumber('Rp1.234.567')).toBe(1234567);
		expect(readNumber('78,34%')).toBe(78.34);
		expect(readNumber('1234567,89')).toBe(1234567.89);
	});

	it('resolves "1.234" as one thousand two hundred thirty-four, "1,234" as 1.234', () => {
		expect(readNumber('1.234')).toBe(1234);
		expect(readNumber('1,234')).toBe(1.234);
	});

	it('still reads machine-written decimals whose point cannot be a thousands separator', () => {
		expect(readNumber('1234567.89')).toBe(1234567.89);
		expect(readNumber('12.5')).toBe(12.5);
		expect(readNumber('0.1234')).toBe(0.1234);
	});

	it('reads a spreadsheet number cell as is, the point being a decimal point', () => {
		expect(readNumber('1.234', true)).toBe(1.234);
		expect(readNumber('1e-7', true)).toBe(1e-7);
		expect(readNumber('', true)).toBeNull();
	});

	it('returns null for text that is not a number, including English grouping', () => {
		for (const s of ['abc', '1,234,567.89', '12-3', '', '1.23.4']) expect(readNumber(s)).toBeNull();
	});
});

describe('readDate', () => {
	it('reads YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY, day first', () => {
		expect(readDate('2026-03-31')).toEqual({ tanggal: '2026-03-31' });
		expect(readDate('05/01/2026')).toEqual({ tanggal: '2026-01-05' });
		expect(readDate('5/1/2026')).toEqual({ tanggal: '2026-01-05' });
		expect(readDate('31-12-2026')).toEqual({ tanggal: '2026-12-31' });
		expect(readDate('31.12.2026')).toEqual({ tanggal: '2026-12-31' });
	});

	it('keeps an ISO date-time with offset as waktu, its date as written', () => {
		expect(readDate('2026-03-31T23:30:00+07:00')).toEqual({
			tanggal: '2026-03-31',
			waktu: '2026-03-31T23:30:00+07:00'
		});
		expect(readDate('2026-04-01T01:00:00.000Z')).toEqual({
			tanggal: '2026-04-01',
			waktu: '2026-04-01T01:00:00.000Z'
		});
	});

	it('drops a time of day written without an offset', () => {
		expect(readDate('31/03/2026 14:05')).toEqual({ tanggal: '2026-03-31' });
		expect(readDate('2026-03-31 14:05:09')).toEqual({ tanggal: '2026-03-31' });
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
			expect(readDate(s), s).toBeNull();
		}
		expect(readDate('29/02/2028')).toEqual({ tanggal: '2028-02-29' });
	});
});

describe('profile readers', () => {
	it('read sex as L or P from the usual spellings', () => {
		expect(['L', 'l', 'Laki-laki', 'LAKI LAKI', 'pria'].map(readSex)).toEqual(Array(5).fill('L'));
		expect(['P', 'Perempuan', 'wanita'].map(readSex)).toEqual(Array(3).fill('P'));
		expect(readSex('X')).toBeNull();
	});

	it('read education and occupation into the schema values', () => {
		expect(readEducation('SLTA')).toBe('SMA');
		expect(readEducation('D1 – D3')).toBe('D1-D3');
		expect(readEducation('s1')).toBe('D4-S1');
		expect(readEducation('S3')).toBe('S3');
		expect(readEducation('TK')).toBeNull();
		expect(readOccupation('tni/polri')).toBe('TNI/Polri');
		expect(readOccupation('Wiraswasta')).toBe('Wirausaha');
		expect(readOccupation('Mahasiswa')).toBe('Pelajar/Mahasiswa');
		expect(readOccupation('ASN')).toBe('PNS');
		expect(readOccupation('Petani')).toBeNull();
	});

	it('read age in whole years, with an optional "tahun"', () => {
		expect(readAge('35')).toBe(35);
		expect(readAge('35 tahun')).toBe(35);
		expect(readAge('35', true)).toBe(35);
		expect(readAge('35,5')).toBeNull();
		expect(readAge('tiga puluh')).toBeNull();
	});
});
