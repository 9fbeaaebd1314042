import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sampelAdequacy, KREJCIE_MORGAN, sampelSize } from '$lib/domain/krejcie-morgan';

/** Krejcie & Morgan's formula: χ² = 3,841, P = 0,5, d = 0,05. */
const formula = (n: number) => (3.841 * n * 0.25) / (0.0025 * (n - 1) + 3.841 * 0.25);

describe('KREJCIE_MORGAN', () => {
	it.each([
		[10, 10],
		[50, 44],
		[100, 80],
		[200, 132],
		[500, 217],
		[1000, 278],
		[2000, 322],
		[5000, 357],
		[10000, 370],
		[20000, 377],
		[50000, 381],
		[75000, 382],
		[1000000, 384]
	])('holds the published row N %i → S %i', (n, s) => {
		expect(KREJCIE_MORGAN).toContainEqual([n, s]);
	});

	it('has all 90 rows of the published table, N rising and S never falling', () => {
		expect(KREJCIE_MORGAN).toHaveLength(90);
		for (let i = 1; i < KREJCIE_MORGAN.length; i++) {
			const [nLalu, sLalu] = KREJCIE_MORGAN[i - 1]!;
			const [n, s] = KREJCIE_MORGAN[i]!;
			expect(n).toBeGreaterThan(nLalu);
			expect(s).toBeGreaterThanOrEqual(sLalu);
			expect(s).toBeLessThanOrEqual(n);
		}
	});

	it('stays within two of the formula on every row', () => {
		for (const [n, s] of KREJCIE_MORGAN) expect(Math.abs(s - formula(n))).toBeLessThanOrEqual(2);
	});
});

describe('sampelSize', () => {
	it('reads the sample size of a population that is a row of the table', () => {
		for (const [n, s] of KREJCIE_MORGAN) expect(sampelSize(n)).toBe(s);
	});

	it('takes the row of the next larger N for a population between two rows', () => {
		expect(sampelSize(101)).toBe(86);
		expect(sampelSize(96)).toBe(80);
		expect(sampelSize(1001)).toBe(285);
		expect(sampelSize(2999)).toBe(341);
		expect(sampelSize(60001)).toBe(382);
		expect(sampelSize(75001)).toBe(384);
	});

	it('never asks more than everyone, even where the next row’s S exceeds N', () => {
		// N 11 reads the row of 15 (S 14); N 16 the row of 20 (S 19).
		expect(sampelSize(11)).toBe(11);
		expect(sampelSize(16)).toBe(16);
		expect(sampelSize(21)).toBe(21);
		expect(sampelSize(26)).toBe(26);
		expect(sampelSize(31)).toBe(31);
	});

	it('asks 384 of any population above 1 000 000', () => {
		expect(sampelSize(1_000_001)).toBe(384);
		expect(sampelSize(270_000_000)).toBe(384);
	});

	it('asks everyone of a population below 10', () => {
		expect(sampelSize(1)).toBe(1);
		expect(sampelSize(9)).toBe(9);
		expect(sampelSize(0)).toBe(0);
	});

	it('never asks more than the population, and never fewer as it grows', () => {
		const n = fc.integer({ min: 1, max: 2_000_000 });
		fc.assert(
			fc.property(n, n, (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				expect(sampelSize(lo)).toBeLessThanOrEqual(lo);
				expect(sampelSize(lo)).toBeLessThanOrEqual(sampelSize(hi));
			})
		);
	});

	it('is conservative: never more than two below the formula', () => {
		fc.assert(
			fc.property(fc.integer({ min: 10, max: 1_000_000 }), (n) => {
				expect(sampelSize(n)).toBeGreaterThanOrEqual(formula(n) - 2);
			})
		);
	});
});

describe('sampelAdequacy', () => {
	it('is null while the population is unknown', () => {
		expect(sampelAdequacy(null, 120)).toBeNull();
		expect(sampelAdequacy(undefined, 120)).toBeNull();
	});

	it('flags too few respondents with how many more are needed', () => {
		expect(sampelAdequacy(1000, 250)).toEqual({
			populasi: 1000,
			dibutuhkan: 278,
			responden: 250,
			memadai: false,
			kurang: 28
		});
	});

	it('is adequate at or above the table value', () => {
		expect(sampelAdequacy(1000, 278)).toMatchObject({ memadai: true, kurang: 0 });
		expect(sampelAdequacy(1000, 400)).toMatchObject({ memadai: true, kurang: 0 });
	});

	it('needs everyone of a small population', () => {
		expect(sampelAdequacy(7, 5)).toMatchObject({ dibutuhkan: 7, kurang: 2, memadai: false });
	});
});
