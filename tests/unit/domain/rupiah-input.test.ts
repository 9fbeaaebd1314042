import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	readRupiah,
	significantBefore,
	positionAfter,
	tidyRupiah,
	rupiahText
} from '$lib/domain/rupiah-input';

describe('a Rupiah field while it is typed', () => {
	it('groups thousands with dots as the digits come in', () => {
		const ketik = ['1', '12', '125', '1250', '12500', '125000', '1250000', '1250000000'];
		expect(ketik.map(tidyRupiah)).toEqual([
			'1',
			'12',
			'125',
			'1.250',
			'12.500',
			'125.000',
			'1.250.000',
			'1.250.000.000'
		]);
	});

	it('regroups after one more digit is typed behind the dots it placed itself', () => {
		expect(tidyRupiah('1.2505')).toBe('12.505');
		expect(readRupiah('1.2505')).toBe(12505);
	});

	it('regroups after a digit is deleted in the middle', () => {
		expect(tidyRupiah('1.25.000')).toBe('125.000');
	});

	it('accepts a pasted amount with Rp, spaces and separators', () => {
		expect(tidyRupiah('Rp 1.250.000.000')).toBe('1.250.000.000');
		expect(readRupiah('Rp 1.250.000.000')).toBe(1_250_000_000);
		expect(readRupiah('Rp1.250.000.000,50')).toBe(1_250_000_000.5);
		expect(readRupiah(' rp. 7 500 ')).toBe(7500);
	});

	it('keeps a decimal comma with up to two digits of sen', () => {
		expect(tidyRupiah('1250,')).toBe('1.250,');
		expect(tidyRupiah('1250,5')).toBe('1.250,5');
		expect(readRupiah('1250,')).toBe(1250);
		expect(tidyRupiah('1250,555')).toBeNull();
	});

	it('drops leading zeros but keeps a lone zero', () => {
		expect(tidyRupiah('007')).toBe('7');
		expect(tidyRupiah('0')).toBe('0');
		expect(tidyRupiah(',5')).toBe('0,5');
	});

	it('reads a negative amount as negative, so the form can say it is not allowed', () => {
		expect(tidyRupiah('-1250')).toBe('-1.250');
		expect(readRupiah('-Rp 1.250')).toBe(-1250);
	});

	it('refuses letters, English grouping and a second comma, and leaves empty text empty', () => {
		expect(tidyRupiah('12a')).toBeNull();
		expect(readRupiah('1,250,000')).toBeNull();
		expect(tidyRupiah('1,2,3')).toBeNull();
		expect(tidyRupiah('  ')).toBe('');
		expect(readRupiah('')).toBeNull();
	});

	it('shows a stored amount without sen when it is whole', () => {
		expect(rupiahText(1_250_000_000)).toBe('1.250.000.000');
		expect(rupiahText(1250.5)).toBe('1.250,50');
		expect(rupiahText(0)).toBe('0');
	});

	it('keeps the caret after the same digit when dots move', () => {
		// "1.250|" + "0" typed at the end → "12.500|"
		const ketik = '1.2500';
		const rapi = tidyRupiah(ketik)!;
		expect(positionAfter(rapi, significantBefore(ketik, ketik.length))).toBe(rapi.length);
		// "12|.500" with "3" typed after the 2 → "123|.500" (no dot moves)
		const middle = '123.500';
		expect(positionAfter(tidyRupiah(middle)!, significantBefore(middle, 3))).toBe(3);
		// "1|.250" with "9" typed after the 1 → "19250" → "19.|250"
		const geser = '19.250';
		expect(positionAfter(tidyRupiah(geser)!, significantBefore(geser, 2))).toBe(2);
		expect(positionAfter('19.250', 0)).toBe(0);
	});
});

describe('Rupiah formatting and parsing (property)', () => {
	const rupiah = fc.integer({ min: 0, max: 1e13 });

	it('format then parse gives back every whole amount from 0 to 10 trillion', () => {
		fc.assert(
			fc.property(rupiah, (n) => {
				expect(readRupiah(rupiahText(n))).toBe(n);
			})
		);
	});

	it('regrouping a formatted amount changes nothing', () => {
		fc.assert(
			fc.property(rupiah, (n) => {
				expect(tidyRupiah(rupiahText(n))).toBe(rupiahText(n));
			})
		);
	});

	it('typing the bare digits or pasting "Rp …" gives the same amount and the same text', () => {
		fc.assert(
			fc.property(rupiah, (n) => {
				expect(tidyRupiah(String(n))).toBe(rupiahText(n));
				expect(readRupiah(`Rp ${rupiahText(n)}`)).toBe(n);
				expect(readRupiah(`Rp${rupiahText(n)}`)).toBe(n);
			})
		);
	});

	it('typing digit after digit always shows the amount read so far', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 14 }),
				(digits) => {
					let field = '';
					for (const d of digits) field = tidyRupiah(field + d)!;
					expect(readRupiah(field)).toBe(Number(digits.join('')));
				}
			)
		);
	});
});
