import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
	MONTHS_EN,
	MONTHS_ID,
	formatNumber,
	formatPercent,
	formatRupiah,
	formatDate,
	parseNumber
} from '$lib/domain/format';

const locale = fc.constantFrom('id', 'en' as const);

describe('formatNumber', () => {
	it('groups thousands with dots and uses a decimal comma in Indonesian', () => {
		expect(formatNumber(1234567.89)).toBe('1.234.567,89');
		expect(formatNumber(0)).toBe('0,00');
		expect(formatNumber(999.5, 0)).toBe('1.000');
		expect(formatNumber(78.3, 1)).toBe('78,3');
	});

	it('groups with commas and uses a decimal point in English', () => {
		expect(formatNumber(1234567.89, 2, 'en')).toBe('1,234,567.89');
		expect(formatNumber(1000, 0, 'en')).toBe('1,000');
	});

	it('rounds half up, unfooled by binary floating error', () => {
		expect(formatNumber(1.005)).toBe('1,01');
		expect(formatNumber(88.305)).toBe('88,31');
	});

	it('writes negatives with a minus and never prints minus zero', () => {
		expect(formatNumber(-1234.5)).toBe('-1.234,50');
		expect(formatNumber(-0.001)).toBe('0,00');
	});

	it('writes very large numbers in full', () => {
		expect(formatNumber(1e21, 0)).toBe('1.000.000.000.000.000.000.000');
	});

	it('prints a dash for a value that is not a number', () => {
		expect(formatNumber(Number.NaN)).toBe('–');
		expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('–');
	});
});

describe('formatRupiah', () => {
	it('prints whole Rupiah with the Rp prefix and no space, as PUEBI writes it', () => {
		expect(formatRupiah(1234567)).toBe('Rp1.234.567');
		expect(formatRupiah(1234567.5)).toBe('Rp1.234.568');
		expect(formatRupiah(0)).toBe('Rp0');
		expect(formatRupiah(1234567, 'en')).toBe('Rp1,234,567');
	});

	it('puts the minus before Rp', () => {
		expect(formatRupiah(-2500)).toBe('-Rp2.500');
	});
});

describe('formatPercent', () => {
	it('prints "78,34%"', () => {
		expect(formatPercent(78.34)).toBe('78,34%');
		expect(formatPercent(78.34, 2, 'en')).toBe('78.34%');
		expect(formatPercent(100, 0)).toBe('100%');
	});
});

describe('formatDate', () => {
	it('prints "30 Desember 2019"', () => {
		expect(formatDate('2019-12-30')).toBe('30 Desember 2019');
		expect(formatDate('2019-12-30', 'en')).toBe('30 December 2019');
		expect(formatDate('2026-03-01T10:00:00+07:00')).toBe('1 Maret 2026');
	});

	it('uses the date as written, not the device’s time zone', () => {
		expect(formatDate('2019-12-31T00:30:00+09:00')).toBe('31 Desember 2019');
		expect(formatDate('2019-12-31T23:30:00-05:00')).toBe('31 Desember 2019');
	});

	it('returns text that is not an ISO date unchanged', () => {
		expect(formatDate('kemarin')).toBe('kemarin');
		expect(formatDate('2019-13-01')).toBe('2019-13-01');
	});

	it('names twelve months in each language', () => {
		expect(MONTHS_ID).toHaveLength(12);
		expect(MONTHS_EN).toHaveLength(12);
		expect(MONTHS_ID[7]).toBe('Agustus');
	});
});

describe('parseNumber', () => {
	it.each([
		['1.234.567,89', 1234567.89],
		['1234567,89', 1234567.89],
		['Rp 1.234.567', 1234567],
		['Rp1.234.567', 1234567],
		['rp. 2.500', 2500],
		['78,34%', 78.34],
		['78,34 %', 78.34],
		[' 1 234 567,89 ', 1234567.89],
		['1\u00a0234', 1234],
		['1.234', 1234],
		['78.5', 78.5],
		['-5', -5],
		['−1.234,5', -1234.5],
		['-Rp2.500', -2500],
		[',5', 0.5],
		['0', 0],
		['100', 100]
	])('reads the Indonesian %j as %s', (text, n) => {
		expect(parseNumber(text)).toBe(n);
	});

	it.each([
		['1,234,567.89', 1234567.89],
		['78.34%', 78.34],
		['1,234', 1234],
		['1.234', 1.234]
	])('reads the English %j as %s', (text, n) => {
		expect(parseNumber(text, 'en')).toBe(n);
	});

	it.each([
		'',
		'   ',
		'abc',
		'12a',
		'1.23.4',
		'1,2,3',
		'12.34.567',
		'.',
		',',
		'--5',
		'1e5',
		'Rp',
		'%'
	])('returns null for %j', (text) => {
		expect(parseNumber(text)).toBeNull();
	});

	it('never returns NaN or infinity', () => {
		fc.assert(
			fc.property(fc.string(), locale, (s, loc) => {
				const n = parseNumber(s, loc);
				expect(n === null || Number.isFinite(n)).toBe(true);
			})
		);
	});

	it('reads back what formatAngka wrote, to the digits shown', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e12, max: 1e12, noNaN: true }),
				fc.integer({ min: 0, max: 4 }),
				locale,
				(x, digits, loc) => {
					const n = parseNumber(formatNumber(x, digits, loc), loc);
					expect(n).not.toBeNull();
					// Half a unit of the last digit shown, plus what a double cannot hold at this size
					// (at 1e11 a double's step is 1.5e-5, a third of the 4th decimal).
					const representable = 8 * Number.EPSILON * Math.abs(x);
					expect(Math.abs(n! - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-6 + representable);
				}
			)
		);
	});

	it('reads back Rupiah and percentages', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e12, max: 1e12 }), locale, (x, loc) => {
				expect(parseNumber(formatRupiah(x, loc), loc)).toBe(x);
				expect(parseNumber(formatPercent(x / 100, 2, loc), loc)).toBeCloseTo(x / 100, 6);
			})
		);
	});
});
