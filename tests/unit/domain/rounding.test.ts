import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { roundTo } from '$lib/domain/rounding';

describe('bulatkan', () => {
	it('rounds half up to two decimals by default', () => {
		expect(roundTo(88.305)).toBe(88.31);
		expect(roundTo(76.605)).toBe(76.61);
		expect(roundTo(88.304)).toBe(88.3);
		expect(roundTo(64.995)).toBe(65);
	});

	it('is not fooled by binary floating error', () => {
		// 1.005 and 2.675 are stored slightly below the half; they still round up.
		expect(roundTo(1.005)).toBe(1.01);
		expect(roundTo(2.675)).toBe(2.68);
		expect(roundTo(1.255)).toBe(1.26);
		expect(roundTo(0.1 + 0.2)).toBe(0.3);
	});

	it('rounds to the number of digits asked for', () => {
		expect(roundTo(1234.5, 0)).toBe(1235);
		expect(roundTo(3.14159, 3)).toBe(3.142);
		expect(roundTo(0.0005, 3)).toBe(0.001);
	});

	it('rounds negatives away from zero and never returns minus zero', () => {
		expect(roundTo(-1.005)).toBe(-1.01);
		expect(roundTo(-2.5, 0)).toBe(-3);
		expect(Object.is(roundTo(-0.001), 0)).toBe(true);
	});

	it('leaves non-finite and very large values alone', () => {
		expect(roundTo(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
		expect(roundTo(Number.NaN)).toBeNaN();
		expect(roundTo(1e21)).toBe(1e21);
	});

	it('always lands within half a unit of the last digit, and is idempotent', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
				const r = roundTo(x);
				expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-9);
				expect(roundTo(r)).toBe(r);
			})
		);
	});
});
