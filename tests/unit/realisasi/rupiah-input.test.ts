import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bacaRupiah,
	bermaknaSebelum,
	posisiSetelah,
	rapikanRupiah,
	teksRupiah
} from '$lib/domain/rupiah-input';

describe('a Rupiah field while it is typed', () => {
	it('groups thousands with dots as the digits come in', () => {
		const ketik = ['1', '12', '125', '1250', '12500', '125000', '1250000', '1250000000'];
		expect(ketik.map(rapikanRupiah)).toEqual([
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
		expect(rapikanRupiah('1.2505')).toBe('12.505');
		expect(bacaRupiah('1.2505')).toBe(12505);
	});

	it('regroups after a digit is deleted in the middle', () => {
		expect(rapikanRupiah('1.25.000')).toBe('125.000');
	});

	it('accepts a pasted amount with Rp, spaces and separators', () => {
		expect(rapikanRupiah('Rp 1.250.000.000')).toBe('1.250.000.000');
		expect(bacaRupiah('Rp 1.250.000.000')).toBe(1_250_000_000);
		expect(bacaRupiah('Rp1.250.000.000,50')).toBe(1_250_000_000.5);
		expect(bacaRupiah(' rp. 7 500 ')).toBe(7500);
	});

	it('keeps a decimal comma with up to two digits of sen', () => {
		expect(rapikanRupiah('1250,')).toBe('1.250,');
		expect(rapikanRupiah('1250,5')).toBe('1.250,5');
		expect(bacaRupiah('1250,')).toBe(1250);
		expect(rapikanRupiah('1250,555')).toBeNull();
	});

	it('drops leading zeros but keeps a lone zero', () => {
		expect(rapikanRupiah('007')).toBe('7');
		expect(rapikanRupiah('0')).toBe('0');
		expect(rapikanRupiah(',5')).toBe('0,5');
	});

	it('reads a negative amount as negative, so the form can say it is not allowed', () => {
		expect(rapikanRupiah('-1250')).toBe('-1.250');
		expect(bacaRupiah('-Rp 1.250')).toBe(-1250);
	});

	it('refuses letters, English grouping and a second comma, and leaves empty text empty', () => {
		expect(rapikanRupiah('12a')).toBeNull();
		expect(bacaRupiah('1,250,000')).toBeNull();
		expect(rapikanRupiah('1,2,3')).toBeNull();
		expect(rapikanRupiah('  ')).toBe('');
		expect(bacaRupiah('')).toBeNull();
	});

	it('shows a stored amount without sen when it is whole', () => {
		expect(teksRupiah(1_250_000_000)).toBe('1.250.000.000');
		expect(teksRupiah(1250.5)).toBe('1.250,50');
		expect(teksRupiah(0)).toBe('0');
	});

	it('keeps the caret after the same digit when dots move', () => {
		// "1.250|" + "0" typed at the end → "12.500|"
		const ketik = '1.2500';
		const rapi = rapikanRupiah(ketik)!;
		expect(posisiSetelah(rapi, bermaknaSebelum(ketik, ketik.length))).toBe(rapi.length);
		// "12|.500" with "3" typed after the 2 → "123|.500" (no dot moves)
		const tengah = '123.500';
		expect(posisiSetelah(rapikanRupiah(tengah)!, bermaknaSebelum(tengah, 3))).toBe(3);
		// "1|.250" with "9" typed after the 1 → "19250" → "19.|250"
		const geser = '19.250';
		expect(posisiSetelah(rapikanRupiah(geser)!, bermaknaSebelum(geser, 2))).toBe(2);
		expect(posisiSetelah('19.250', 0)).toBe(0);
	});
});

describe('Rupiah formatting and parsing (property)', () => {
	const rupiah = fc.integer({ min: 0, max: 1e13 });

	it('format then parse gives back every whole amount from 0 to 10 trillion', () => {
		fc.assert(
			fc.property(rupiah, (n) => {
				expect(bacaRupiah(teksRupiah(n))).toBe(n);
			})
		);
	});

	it('regrouping a formatted amount changes nothing', () => {
		fc.assert(
			fc.property(rupiah, (n) => {
				expect(rapikanRupiah(teksRupiah(n))).toBe(teksRupiah(n));
			})
		);
	});

	it('typing the bare digits or pasting "Rp …" gives the same amount and the same text', () => {
		fc.assert(
			fc.property(rupiah, (n) => {
				expect(rapikanRupiah(String(n))).toBe(teksRupiah(n));
				expect(bacaRupiah(`Rp ${teksRupiah(n)}`)).toBe(n);
				expect(bacaRupiah(`Rp${teksRupiah(n)}`)).toBe(n);
			})
		);
	});

	it('typing digit after digit always shows the amount read so far', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 14 }),
				(digits) => {
					let field = '';
					for (const d of digits) field = rapikanRupiah(field + d)!;
					expect(bacaRupiah(field)).toBe(Number(digits.join('')));
				}
			)
		);
	});
});
