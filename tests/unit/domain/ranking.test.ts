import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeRanking } from '$lib/domain/ranking';

const e = (unitId: string, indeks: number | null) => ({ unitId, indeks });
const brief = (bs: ReturnType<typeof computeRanking>) => bs.map((b) => [b.unitId, b.peringkat]);

describe('peringkat', () => {
	it('ranks the highest index first', () => {
		const result = computeRanking([e('a', 60.5), e('b', 88.1), e('c', 72)]);
		expect(brief(result)).toEqual([
			['b', 1],
			['c', 2],
			['a', 3]
		]);
	});

	it('lets equal values share a rank and skips the next (1, 2, 2, 4)', () => {
		const result = computeRanking([e('a', 70), e('b', 80), e('c', 90), e('d', 80)]);
		expect(brief(result)).toEqual([
			['c', 1],
			['b', 2],
			['d', 2],
			['a', 4]
		]);
	});

	it('treats values equal at two decimals as a tie, in input order', () => {
		const result = computeRanking([e('a', 80.001), e('b', 80.004), e('c', 79.996), e('d', 79.994)]);
		expect(brief(result)).toEqual([
			['a', 1],
			['b', 1],
			['c', 1],
			['d', 4]
		]);
	});

	it('lists units without an index last, unranked, in input order', () => {
		const result = computeRanking([e('x', null), e('a', 50), e('y', null), e('b', 70)]);
		expect(brief(result)).toEqual([
			['b', 1],
			['a', 2],
			['x', null],
			['y', null]
		]);
		expect(result[2]).toMatchObject({ indeks: null, naik: null, selisihIndeks: null });
	});

	it('shows movement and change of index against the previous triwulan', () => {
		const kini = [e('a', 80), e('b', 75.5), e('c', 90)];
		const lalu = [e('a', 70), e('b', 79.2), e('c', 60)];
		const result = computeRanking(kini, lalu);
		expect(result).toEqual([
			{
				unitId: 'c',
				indeks: 90,
				peringkat: 1,
				sebelumnya: { peringkat: 3, indeks: 60 },
				naik: 2,
				selisihIndeks: 30
			},
			{
				unitId: 'a',
				indeks: 80,
				peringkat: 2,
				sebelumnya: { peringkat: 2, indeks: 70 },
				naik: 0,
				selisihIndeks: 10
			},
			{
				unitId: 'b',
				indeks: 75.5,
				peringkat: 3,
				sebelumnya: { peringkat: 1, indeks: 79.2 },
				naik: -2,
				selisihIndeks: -3.7
			}
		]);
	});

	it('has no movement for a unit that was absent or unranked before', () => {
		const result = computeRanking([e('a', 80), e('b', 70)], [e('b', null)]);
		expect(result[0]).toMatchObject({ unitId: 'a', sebelumnya: null, naik: null });
		expect(result[1]).toMatchObject({
			unitId: 'b',
			sebelumnya: { peringkat: null, indeks: null },
			naik: null,
			selisihIndeks: null
		});
	});

	it('has no previous data when no previous ranking is given', () => {
		const result = computeRanking([e('a', 80)]);
		expect(result[0]).toMatchObject({ sebelumnya: null, naik: null, selisihIndeks: null });
	});

	it('ranks the previous triwulan with the same tie rule', () => {
		const result = computeRanking([e('a', 50)], [e('b', 90), e('c', 90), e('a', 80)]);
		expect(result[0]!.sebelumnya).toEqual({ peringkat: 3, indeks: 80 });
		expect(result[0]!.naik).toBe(2);
	});

	it('returns a permutation of the input with ranks that never fall back', () => {
		const indeks = fc.option(
			fc.oneof(
				fc.double({ min: 0, max: 120, noNaN: true }),
				fc.constantFrom(50, 50.001, 49.999, 75.5)
			),
			{ nil: null }
		);
		fc.assert(
			fc.property(fc.array(indeks, { maxLength: 40 }), (value) => {
				const kini = value.map((x, i) => e(`u${i}`, x));
				const result = computeRanking(kini);
				expect(result.map((b) => b.unitId).sort()).toEqual(kini.map((k) => k.unitId).sort());
				const ranks = result.map((b) => b.peringkat);
				const adaNilai = ranks.filter((r) => r !== null);
				// Ranked rows first, then unranked ones.
				expect(ranks.slice(0, adaNilai.length)).toEqual(adaNilai);
				for (let i = 1; i < adaNilai.length; i++) {
					expect(adaNilai[i]!).toBeGreaterThanOrEqual(adaNilai[i - 1]!);
				}
				// A rank is one more than the number of strictly better values at two decimals.
				const r2 = (x: number) => Math.round(x * 100);
				for (const b of result) {
					if (b.indeks === null) continue;
					const lebihBaik = kini.filter((k) => k.indeks !== null && r2(k.indeks) > r2(b.indeks!));
					expect(b.peringkat).toBe(lebihBaik.length + 1);
				}
			})
		);
	});
});
