import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
	capaianIndikator,
	kategoriCapaian,
	type CapaianResult,
	type CapaianOptions
} from '$lib/domain/capaian';

const difference: CapaianOptions = { rumusNegatif: 'selisih', batasCapaian: 100 };
const ratio: CapaianOptions = { rumusNegatif: 'rasio', batasCapaian: 100 };
const limit120 = (o: CapaianOptions): CapaianOptions => ({ ...o, batasCapaian: 120 });

function ok(h: CapaianResult): { nilai: number; dipakai: number } {
	if (h.status !== 'ok') throw new Error(`expected ok, got ${h.status}`);
	return h;
}

describe('capaianIndikator, positive polarity', () => {
	it('is realisasi / target × 100', () => {
		expect(capaianIndikator(72, 80, 'positif', difference)).toEqual({
			status: 'ok',
			nilai: 90,
			dipakai: 90
		});
		expect(ok(capaianIndikator(0, 80, 'positif', difference)).nilai).toBe(0);
	});

	it('shows the uncapped value and uses it capped at 100', () => {
		expect(capaianIndikator(150, 100, 'positif', difference)).toEqual({
			status: 'ok',
			nilai: 150,
			dipakai: 100
		});
	});

	it('uses a configured cap of 120', () => {
		expect(ok(capaianIndikator(110, 100, 'positif', limit120(difference))).dipakai).toBe(110);
		expect(ok(capaianIndikator(150, 100, 'positif', limit120(difference))).dipakai).toBe(120);
	});

	it('never falls when realisasi rises', () => {
		const number = fc.double({ min: 0, max: 1e6, noNaN: true });
		const target = fc.double({ min: 0.001, max: 1e6, noNaN: true });
		fc.assert(
			fc.property(number, number, target, (a, b, t) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				const x = ok(capaianIndikator(lo, t, 'positif', difference));
				const y = ok(capaianIndikator(hi, t, 'positif', difference));
				expect(x.nilai).toBeLessThanOrEqual(y.nilai);
				expect(x.dipakai).toBeLessThanOrEqual(y.dipakai);
			})
		);
	});
});

describe('capaianIndikator, negative polarity with the selisih formula', () => {
	it('is (2 − realisasi / target) × 100', () => {
		// Stunting target 20%, realised 15%: (2 − 0,75) × 100 = 125, used as 100.
		expect(capaianIndikator(15, 20, 'negatif', difference)).toEqual({
			status: 'ok',
			nilai: 125,
			dipakai: 100
		});
		expect(ok(capaianIndikator(30, 20, 'negatif', difference)).nilai).toBe(50);
		expect(ok(capaianIndikator(20, 20, 'negatif', difference)).nilai).toBe(100);
	});

	it('is floored at 0 when realisasi exceeds twice the target', () => {
		expect(ok(capaianIndikator(45, 20, 'negatif', difference)).nilai).toBe(0);
	});

	it('reaches 200 at realisasi 0, capped for the index', () => {
		expect(capaianIndikator(0, 20, 'negatif', limit120(difference))).toEqual({
			status: 'ok',
			nilai: 200,
			dipakai: 120
		});
	});

	it('never rises when realisasi rises', () => {
		const number = fc.double({ min: 0, max: 1e6, noNaN: true });
		const target = fc.double({ min: 0.001, max: 1e6, noNaN: true });
		fc.assert(
			fc.property(number, number, target, (a, b, t) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				const x = ok(capaianIndikator(lo, t, 'negatif', difference));
				const y = ok(capaianIndikator(hi, t, 'negatif', difference));
				expect(y.nilai).toBeLessThanOrEqual(x.nilai);
				expect(y.nilai).toBeGreaterThanOrEqual(0);
			})
		);
	});
});

describe('capaianIndikator, negative polarity with the rasio formula', () => {
	it('is target / realisasi × 100', () => {
		expect(capaianIndikator(25, 20, 'negatif', ratio)).toEqual({
			status: 'ok',
			nilai: 80,
			dipakai: 80
		});
		expect(capaianIndikator(10, 20, 'negatif', ratio)).toEqual({
			status: 'ok',
			nilai: 200,
			dipakai: 100
		});
	});

	it('reports realisasi 0, the best possible, as the cap itself', () => {
		expect(capaianIndikator(0, 20, 'negatif', ratio)).toEqual({
			status: 'ok',
			nilai: 100,
			dipakai: 100
		});
		expect(capaianIndikator(0, 20, 'negatif', limit120(ratio))).toEqual({
			status: 'ok',
			nilai: 120,
			dipakai: 120
		});
	});
});

describe('capaianIndikator without data', () => {
	it('excludes an indicator whose target is 0 or missing, never dividing by zero', () => {
		for (const polaritas of ['positif', 'negatif'] as const) {
			for (const opsi of [difference, ratio]) {
				expect(capaianIndikator(5, 0, polaritas, opsi)).toEqual({ status: 'tanpa-target' });
				expect(capaianIndikator(5, null, polaritas, opsi)).toEqual({ status: 'tanpa-target' });
				expect(capaianIndikator(5, undefined, polaritas, opsi)).toEqual({
					status: 'tanpa-target'
				});
			}
		}
	});

	it('has no capaian while realisasi is not entered', () => {
		expect(capaianIndikator(null, 80, 'positif', difference)).toEqual({
			status: 'tanpa-realisasi'
		});
		expect(capaianIndikator(undefined, 80, 'negatif', ratio)).toEqual({
			status: 'tanpa-realisasi'
		});
	});

	it('names the missing target first when both are missing', () => {
		expect(capaianIndikator(null, null, 'positif', difference)).toEqual({ status: 'tanpa-target' });
	});

	it('always uses a value between 0 and the cap', () => {
		const number = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
		const opsi = fc.record({
			rumusNegatif: fc.constantFrom('selisih', 'rasio' as const),
			batasCapaian: fc.integer({ min: 100, max: 200 })
		});
		fc.assert(
			fc.property(
				number,
				number,
				fc.constantFrom('positif', 'negatif' as const),
				opsi,
				(r, t, p, o) => {
					const h = capaianIndikator(r, t, p, o);
					if (h.status !== 'ok') return;
					expect(h.dipakai).toBeGreaterThanOrEqual(0);
					expect(h.dipakai).toBeLessThanOrEqual(o.batasCapaian);
					expect(h.dipakai).toBeLessThanOrEqual(h.nilai);
					expect(Number.isFinite(h.nilai)).toBe(true);
				}
			)
		);
	});
});

describe('kategoriCapaian', () => {
	it.each([
		[150, 'sangat-tinggi'],
		[91, 'sangat-tinggi'],
		[90.995, 'sangat-tinggi'],
		[90.99, 'tinggi'],
		[76, 'tinggi'],
		[75.99, 'sedang'],
		[66, 'sedang'],
		[65.99, 'rendah'],
		[51, 'rendah'],
		[50.99, 'sangat-rendah'],
		[0, 'sangat-rendah']
	] as const)('puts %s in %s (Permendagri 86/2017)', (value, kategori) => {
		expect(kategoriCapaian(value)).toBe(kategori);
	});
});
