import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { KINERJA_MUTU, mutuFromValue, type Mutu } from '$lib/domain/mutu';

const ORDER: Record<Mutu, number> = { D: 0, C: 1, B: 2, A: 3 };

describe('mutuFromValue', () => {
	it.each([
		[100, 'A'],
		[88.31, 'A'],
		[88.3, 'B'],
		[76.61, 'B'],
		[76.6, 'C'],
		[65, 'C'],
		[64.99, 'D'],
		[25, 'D']
	] as const)('grades %s as %s', (value, mutu) => {
		expect(mutuFromValue(value)).toBe(mutu);
	});

	it('grades the value rounded to two decimals, half up, closing the gaps of the table', () => {
		expect(mutuFromValue(88.305)).toBe('A');
		expect(mutuFromValue(88.3049)).toBe('B');
		expect(mutuFromValue(76.605)).toBe('B');
		expect(mutuFromValue(76.6049)).toBe('C');
		expect(mutuFromValue(64.995)).toBe('C');
		expect(mutuFromValue(64.9949)).toBe('D');
	});

	it('names the kinerja unit of each mutu', () => {
		expect(KINERJA_MUTU).toEqual({
			A: 'Sangat Baik',
			B: 'Baik',
			C: 'Kurang Baik',
			D: 'Tidak Baik'
		});
	});

	it('never gives a higher value a lower mutu', () => {
		const value = fc.double({ min: 25, max: 100, noNaN: true });
		fc.assert(
			fc.property(value, value, (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				expect(ORDER[mutuFromValue(lo)]).toBeLessThanOrEqual(ORDER[mutuFromValue(hi)]);
			})
		);
	});
});
