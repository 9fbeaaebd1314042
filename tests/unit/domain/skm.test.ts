import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Answer, Profil, Score } from '$lib/domain/schemas';
import {
	bobotUnsur,
	computeSkm,
	computeSkmPemda,
	profilRekap,
	AGE_BANDS,
	type SkmResult
} from '$lib/domain/skm';
import { mutuFromValue } from '$lib/domain/mutu';
import { UNSUR_KEYS, type UnsurKey } from '$lib/domain/unsur';

type Filled = Score | null;

/** One respondent: the same answer to every unsur, or nine answers in key order. */
function answer(...score: Filled[]): Answer {
	const all = score.length === 1 ? UNSUR_KEYS.map(() => score[0]!) : score;
	if (all.length !== UNSUR_KEYS.length) throw new Error('nine answers expected');
	return Object.fromEntries(UNSUR_KEYS.map((k, i) => [k, all[i]])) as Answer;
}

/** Respondents whose answers put the given NRR on each listed unsur and 3 elsewhere. */
function withNrr(nrr: Partial<Record<UnsurKey, Score>>): Answer {
	return Object.fromEntries(UNSUR_KEYS.map((k) => [k, nrr[k] ?? 3])) as Answer;
}

const repeat = <T>(n: number, f: (i: number) => T): T[] =>
	Array.from({ length: n }, (_, i) => f(i));

describe('bobotUnsur', () => {
	it('is exactly 1/9 by default and the printed 0,111 when configured', () => {
		expect(bobotUnsur('eksak')).toBe(1 / 9);
		expect(bobotUnsur('dibulatkan')).toBe(0.111);
	});
});

describe('computeSkm', () => {
	it('gives one respondent answering 4 everywhere IKM 4, nilai 100,00, mutu A', () => {
		const h = computeSkm([answer(4)]);
		expect(h.responden).toBe(1);
		expect(h.ikm).toBe(4);
		expect(h.nilai).toBe(100);
		expect(h.mutu).toBe('A');
		expect(h.kinerja).toBe('Sangat Baik');
		expect(h.bobotSkm).toBe('eksak');
	});

	it('gives all 1 answers nilai 25,00, mutu D, Tidak Baik', () => {
		const h = computeSkm(repeat(5, () => answer(1)));
		expect(h.ikm).toBe(1);
		expect(h.nilai).toBe(25);
		expect(h.mutu).toBe('D');
		expect(h.kinerja).toBe('Tidak Baik');
	});

	it('gives all 4 answers 99,90 with the rounded weight 0,111 and 100,00 with 1/9', () => {
		const semua4 = repeat(10, () => answer(4));
		const dibulatkan = computeSkm(semua4, 'dibulatkan');
		expect(dibulatkan.bobot).toBe(0.111);
		expect(dibulatkan.ikm).toBeCloseTo(3.996, 12);
		expect(dibulatkan.nilai).toBe(99.9);
		expect(dibulatkan.mutu).toBe('A');
		expect(computeSkm(semua4, 'eksak').nilai).toBe(100);
	});

	it('computes NRR per unsur, weighted NRR and IKM as in the regulation', () => {
		// u1: 4, 3, 2 → 3; u2: 4, 4, 4 → 4; everything else 3.
		const h = computeSkm([
			answer(4, 4, 3, 3, 3, 3, 3, 3, 3),
			answer(3, 4, 3, 3, 3, 3, 3, 3, 3),
			answer(2, 4, 3, 3, 3, 3, 3, 3, 3)
		]);
		expect(h.nrr.u1).toBe(3);
		expect(h.nrr.u2).toBe(4);
		expect(h.nrrTertimbang.u2).toBeCloseTo(4 / 9, 12);
		// Σ NRR = 3 + 4 + 7 × 3 = 28; IKM = 28/9 = 3,111…; × 25 = 77,777… → 77,78 → B.
		expect(h.ikm).toBeCloseTo(28 / 9, 12);
		expect(h.nilai).toBe(77.78);
		expect(h.mutu).toBe('B');
		expect(h.dijawab.u1).toBe(3);
	});

	it('leaves a blank out of that unsur’s divisor instead of scoring it 0', () => {
		const h = computeSkm([
			answer(4, 4, 4, 4, 4, 4, 4, 4, 4),
			answer(null, 4, 4, 4, 4, 4, 4, 4, 4),
			answer(2, 4, 4, 4, 4, 4, 4, 4, 4)
		]);
		expect(h.responden).toBe(3);
		expect(h.dijawab.u1).toBe(2);
		expect(h.nrr.u1).toBe(3);
		expect(h.dijawab.u2).toBe(3);
		// Σ NRR = 3 + 8 × 4 = 35 → 35/9 × 25 = 97,222… → 97,22.
		expect(h.nilai).toBe(97.22);
	});

	it('grades the rounded value: a raw 76,608 becomes 76,61 and so mutu B', () => {
		// 19 respondents answering 3, with eleven answers of 4: Σ = 524, 524×25/(9×19) = 76,608…
		const jawaban = repeat(19, (i) =>
			i === 0 ? answer(4) : i === 1 ? answer(4, 4, 3, 3, 3, 3, 3, 3, 3) : answer(3)
		);
		const h = computeSkm(jawaban);
		expect(h.ikm! * 25).toBeLessThan(76.61);
		expect(h.nilai).toBe(76.61);
		expect(h.mutu).toBe('B');
	});

	it('grades a raw 88,2997 as 88,30 and so mutu B, just under A', () => {
		// 33 respondents, Σ of answers 1049: 1049×25/(9×33) = 88,2997…
		const jawaban = repeat(33, (i) => (i < 17 ? answer(4) : answer(3)));
		jawaban[17] = answer(4, 4, 4, 4, 4, 3, 3, 3, 3);
		const h = computeSkm(jawaban);
		expect(h.ikm! * 25).toBeGreaterThan(88.295);
		expect(h.nilai).toBe(88.3);
		expect(h.mutu).toBe('B');
	});

	it('has no IKM, nilai or mutu with zero respondents, and names every unsur as empty', () => {
		const h = computeSkm([]);
		expect(h.responden).toBe(0);
		expect(h.ikm).toBeNull();
		expect(h.nilai).toBeNull();
		expect(h.mutu).toBeNull();
		expect(h.kinerja).toBeNull();
		expect(h.unsurKosong).toEqual([...UNSUR_KEYS]);
		expect(h.unsurTerendah).toEqual([]);
		expect(h.nrr.u1).toBeNull();
		expect(h.mutuUnsur.u1).toBeNull();
	});

	it('has no IKM when an unsur was answered by nobody, and names that unsur', () => {
		const h = computeSkm([
			answer(4, 4, 4, null, 4, 4, 4, 4, 4),
			answer(3, 3, 3, null, 3, 3, 3, 3, 3)
		]);
		expect(h.unsurKosong).toEqual(['u4']);
		expect(h.nrr.u4).toBeNull();
		expect(h.nrrTertimbang.u4).toBeNull();
		expect(h.nrr.u1).toBe(3.5);
		expect(h.ikm).toBeNull();
		expect(h.nilai).toBeNull();
		expect(h.mutu).toBeNull();
		expect(h.unsurTerendah).not.toContain('u4');
	});

	it('treats a missing key in imported data as a blank', () => {
		const tanpaU9: Partial<Answer> = answer(4);
		delete tanpaU9.u9;
		const h = computeSkm([tanpaU9 as Answer]);
		expect(h.unsurKosong).toEqual(['u9']);
	});

	it('grades every unsur on its own NRR × 25', () => {
		const h = computeSkm([answer(4, 3, 2, 1, 4, 4, 4, 4, 4), answer(3, 3, 2, 1, 4, 4, 4, 4, 4)]);
		expect(h.mutuUnsur).toMatchObject({ u1: 'B', u2: 'C', u3: 'D', u4: 'D', u5: 'A' });
	});

	it('lists the three lowest unsur ascending', () => {
		const h = computeSkm([withNrr({ u2: 2, u5: 1, u7: 4, u9: 2 }), withNrr({ u2: 2, u9: 4 })]);
		// NRR: u5 2, u2 2, u9 3, everything else 3 (u7 3,5).
		expect(h.unsurTerendah).toEqual(['u2', 'u5', 'u1']);
	});

	it('breaks ties among the lowest unsur in key order', () => {
		const h = computeSkm([withNrr({ u8: 1, u3: 1, u6: 1, u1: 1 })]);
		expect(h.unsurTerendah).toEqual(['u1', 'u3', 'u6']);
	});

	it('orders the lowest unsur by NRR, not by key', () => {
		const h = computeSkm([withNrr({ u9: 1, u4: 2, u1: 2 })]);
		expect(h.unsurTerendah).toEqual(['u9', 'u1', 'u4']);
	});

	it('scores 100 000 responses, every one of them counted', () => {
		// How fast: `npm run bench` (tests/bench/workload.ts), never asserted here.
		const h = computeSkm(repeat(100_000, (i) => answer(((i % 4) + 1) as Score)));
		expect(h.responden).toBe(100_000);
		expect(h.nilai).toBe(62.5);
	});

	it('keeps nilai within 25–100 and grades it, for any non-empty fully answered set', () => {
		const score = fc.constantFrom<Score>(1, 2, 3, 4);
		const responden = fc.array(fc.array(score, { minLength: 9, maxLength: 9 }), {
			minLength: 1,
			maxLength: 60
		});
		fc.assert(
			fc.property(responden, fc.constantFrom('eksak', 'dibulatkan' as const), (rs, mode) => {
				const h = computeSkm(
					rs.map((r) => answer(...r)),
					mode
				);
				expect(h.nilai).not.toBeNull();
				expect(h.nilai!).toBeGreaterThanOrEqual(mode === 'eksak' ? 25 : 24.975);
				expect(h.nilai!).toBeLessThanOrEqual(100);
				expect(h.ikm!).toBeGreaterThanOrEqual(mode === 'eksak' ? 1 : 0.999);
				expect(h.ikm!).toBeLessThanOrEqual(4 + 1e-12);
				expect(h.mutu).toBe(mutuFromValue(h.nilai!));
				expect(h.unsurKosong).toEqual([]);
			})
		);
	});

	it('does not depend on the order of responses, and ignores fully blank ones', () => {
		const isian = fc.constantFrom<Filled>(1, 2, 3, 4, null);
		const responden = fc.array(fc.array(isian, { minLength: 9, maxLength: 9 }), {
			maxLength: 40
		});
		fc.assert(
			fc.property(responden, (rs) => {
				const jawaban = rs.map((r) => answer(...r));
				const a = computeSkm(jawaban);
				const b = computeSkm([...jawaban].reverse().concat(answer(null)));
				expect(b.responden).toBe(a.responden + 1);
				expect(b.nilai).toBe(a.nilai);
				expect(b.unsurKosong).toEqual(a.unsurKosong);
				for (const k of UNSUR_KEYS) {
					if (a.nrr[k] === null) expect(b.nrr[k]).toBeNull();
					else expect(b.nrr[k]).toBeCloseTo(a.nrr[k]!, 12);
				}
			})
		);
	});
});

describe('computeSkmPemda', () => {
	const unitA = [answer(4)]; // 100,00
	const unitB = repeat(3, () => answer(2)); // 50,00
	const result = (answer: Answer[]): SkmResult => computeSkm(answer);

	it('takes the unweighted mean of unit values by default', () => {
		const p = computeSkmPemda(
			[result(unitA), result(unitB)],
			[...unitA, ...unitB],
			'rerata-unit',
			'eksak'
		);
		expect(p).toEqual({
			mode: 'rerata-unit',
			unit: 2,
			responden: 4,
			nilai: 75,
			ikm: 3,
			mutu: 'C',
			kinerja: 'Kurang Baik'
		});
	});

	it('pools every respondent when configured, so bigger units weigh more', () => {
		const p = computeSkmPemda(
			[result(unitA), result(unitB)],
			[...unitA, ...unitB],
			'gabungan',
			'eksak'
		);
		// NRR = (4 + 3 × 2) / 4 = 2,5 everywhere → 62,50.
		expect(p.mode).toBe('gabungan');
		expect(p.responden).toBe(4);
		expect(p.nilai).toBe(62.5);
		expect(p.ikm).toBe(2.5);
		expect(p.mutu).toBe('D');
		expect(p.unit).toBe(2);
	});

	it('uses the configured weight when pooling', () => {
		const p = computeSkmPemda([result(unitA)], unitA, 'gabungan', 'dibulatkan');
		expect(p.nilai).toBe(99.9);
	});

	it('leaves units without a value out of the mean', () => {
		const empty = result([]);
		const p = computeSkmPemda([result(unitA), empty, result(unitB)], [], 'rerata-unit', 'eksak');
		expect(p.unit).toBe(2);
		expect(p.nilai).toBe(75);
	});

	it('rounds the mean half up to two decimals', () => {
		const a = { ...result(unitA), nilai: 80, ikm: 3.2 };
		const b = { ...result(unitA), nilai: 80.01, ikm: 3.2004 };
		const p = computeSkmPemda([a, b], [], 'rerata-unit', 'eksak');
		expect(p.nilai).toBe(80.01);
		expect(p.mutu).toBe('B');
	});

	it('has no value when no unit has one', () => {
		const p = computeSkmPemda([result([])], [], 'rerata-unit', 'eksak');
		expect(p).toMatchObject({ unit: 0, nilai: null, ikm: null, mutu: null, kinerja: null });
		expect(computeSkmPemda([], [], 'gabungan', 'eksak').nilai).toBeNull();
	});
});

describe('profilRekap', () => {
	it('lists every category with 0 when nobody chose it, plus tidakDiisi', () => {
		const r = profilRekap([]);
		expect(r.jenisKelamin).toEqual({ L: 0, P: 0, tidakDiisi: 0 });
		expect(Object.keys(r.usia)).toEqual([...AGE_BANDS, 'tidakDiisi']);
		expect(Object.keys(r.pendidikan)).toEqual([
			'SD',
			'SMP',
			'SMA',
			'D1-D3',
			'D4-S1',
			'S2',
			'S3',
			'tidakDiisi'
		]);
		expect(Object.values(r.pekerjaan).every((n) => n === 0)).toBe(true);
		expect(r.pekerjaan).toHaveProperty('TNI/Polri', 0);
	});

	it('counts each answer and each blank', () => {
		const profil: Profil[] = [
			{ jenisKelamin: 'L', usia: 34, pendidikan: 'SMA', pekerjaan: 'Swasta' },
			{ jenisKelamin: 'P', usia: 61, pendidikan: 'D4-S1', pekerjaan: 'PNS' },
			{ jenisKelamin: 'P' },
			{}
		];
		const r = profilRekap(profil);
		expect(r.jenisKelamin).toEqual({ L: 1, P: 2, tidakDiisi: 1 });
		expect(r.usia).toMatchObject({ '30–39': 1, '≥60': 1, tidakDiisi: 2, '<20': 0 });
		expect(r.pendidikan).toMatchObject({ SMA: 1, 'D4-S1': 1, tidakDiisi: 2 });
		expect(r.pekerjaan).toMatchObject({ Swasta: 1, PNS: 1, tidakDiisi: 2 });
	});

	it('puts ages on band edges in the right band', () => {
		const r = profilRekap([19, 20, 29, 30, 49, 50, 59, 60, 120].map((usia) => ({ usia })));
		expect(r.usia).toEqual({
			'<20': 1,
			'20–29': 2,
			'30–39': 1,
			'40–49': 1,
			'50–59': 2,
			'≥60': 2,
			tidakDiisi: 0
		});
	});

	it('counts every respondent exactly once in each group', () => {
		const profil = fc.record(
			{
				jenisKelamin: fc.constantFrom('L', 'P' as const),
				usia: fc.integer({ min: 10, max: 120 }),
				pendidikan: fc.constantFrom('SD', 'S3' as const),
				pekerjaan: fc.constantFrom('PNS', 'Lainnya' as const)
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(fc.array(profil, { maxLength: 50 }), (ps) => {
				const r = profilRekap(ps);
				for (const group of [r.jenisKelamin, r.usia, r.pendidikan, r.pekerjaan]) {
					expect(Object.values(group).reduce((a, b) => a + b, 0)).toBe(ps.length);
				}
			})
		);
	});
});
