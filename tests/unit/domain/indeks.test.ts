import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeIndeksOpd, KOMPONEN_KEYS, zonaOf, type IndeksInput } from '$lib/domain/indeks';
import {
	DEFAULT_SETTINGS,
	type Indikator,
	type Settings,
	type Polarity,
	type Realisasi
} from '$lib/domain/schemas';

const UNIT = 'dinkes';
const PERIODE = '2026-TW2';

function indikator(id: string, polaritas: Polarity, target: Indikator['target']): Indikator {
	return { id, unitId: UNIT, tahun: 2026, nama: id, satuan: '%', polaritas, target };
}

/** The worked example's three indicators; their TW II targets are 80, 10 and 50. */
const INDIKATOR: Indikator[] = [
	indikator('ind-1', 'positif', [40, 80, 90, 100]),
	indikator('ind-2', 'negatif', [12, 10, 9, 8]),
	indikator('ind-3', 'positif', [25, 50, 75, 100])
];

function realisasi(update: Partial<Realisasi> = {}): Realisasi {
	return {
		id: `realisasi-${UNIT}-${PERIODE}`,
		unitId: UNIT,
		periodeId: PERIODE,
		pagu: 1_000_000_000,
		realisasiAnggaran: 450_000_000,
		realisasiFisik: 52.35,
		p3dn: { realisasiPdn: 150_000_000, komitmenPdn: 200_000_000, totalPengadaan: 300_000_000 },
		indikator: [
			{ indikatorId: 'ind-1', realisasi: 72 },
			{ indikatorId: 'ind-2', realisasi: 12 },
			{ indikatorId: 'ind-3', realisasi: 60 }
		],
		status: 'diverifikasi',
		...update
	};
}

function input(r: Realisasi | undefined, update: Partial<IndeksInput> = {}): IndeksInput {
	return { unitId: UNIT, periodeId: PERIODE, realisasi: r, indikator: INDIKATOR, ...update };
}

const withSettings = (update: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...update });

describe('computeIndeksOpd', () => {
	it('computes the worked example with the default weights 20/20/50/10', () => {
		// anggaran 450 jt / 1 M = 45 %           × 20 % =  9,00
		// fisik 52,35 %                           × 20 % = 10,47
		// kinerja: 72/80 = 90; (2 − 12/10) = 80; 60/50 = 120 → 100; mean 90
		//                                         × 50 % = 45,00
		// P3DN 150 jt / komitmen 200 jt = 75 %    × 10 % =  7,50
		// indeks = 71,97 → kuning (51 ≤ 71,97 < 76)
		const h = computeIndeksOpd(input(realisasi()), DEFAULT_SETTINGS);
		expect(h.komponen.anggaran).toEqual({ nilai: 45, dipakai: 45, bobot: 20, kontribusi: 9 });
		expect(h.komponen.fisik.kontribusi).toBeCloseTo(10.47, 10);
		expect(h.komponen.kinerja.nilai).toBeCloseTo(90, 10);
		expect(h.komponen.kinerja.kontribusi).toBeCloseTo(45, 10);
		expect(h.komponen.p3dn).toEqual({ nilai: 75, dipakai: 75, bobot: 10, kontribusi: 7.5 });
		expect(h.indeks).toBe(71.97);
		expect(h.zona).toBe('kuning');
		expect(h.kekurangan).toEqual([]);
		expect(h.status).toBe('diverifikasi');
		expect(h.unitId).toBe(UNIT);
		expect(h.periodeId).toBe(PERIODE);
	});

	it('lists every indicator with the triwulan’s target, its capaian and category', () => {
		const h = computeIndeksOpd(input(realisasi()), DEFAULT_SETTINGS);
		expect(h.indikator.map((b) => [b.indikator.id, b.target, b.realisasi, b.kategori])).toEqual([
			['ind-1', 80, 72, 'tinggi'],
			['ind-2', 10, 12, 'tinggi'],
			['ind-3', 50, 60, 'sangat-tinggi']
		]);
		expect(h.indikator[2]!.hasil).toEqual({ status: 'ok', nilai: 120, dipakai: 100 });
	});

	it('takes the indicator targets of the triwulan in the period id', () => {
		const h = computeIndeksOpd(input(realisasi(), { periodeId: '2026-TW3' }), DEFAULT_SETTINGS);
		expect(h.indikator.map((b) => b.target)).toEqual([90, 9, 75]);
	});

	it('applies a configured cap of 120 to indicator capaian only; components stay capped at 100', () => {
		const h = computeIndeksOpd(
			input(realisasi({ realisasiAnggaran: 1_300_000_000 })),
			withSettings({ batasCapaian: 120 })
		);
		// anggaran 130 % is still capped at 100 for the index: 100 × 20 % = 20
		expect(h.komponen.anggaran).toEqual({ nilai: 130, dipakai: 100, bobot: 20, kontribusi: 20 });
		// ind-3's 120 % now counts whole: (90 + 80 + 120) / 3 = 96,67
		expect(h.indikator[2]!.hasil).toEqual({ status: 'ok', nilai: 120, dipakai: 120 });
		expect(h.komponen.kinerja.nilai).toBeCloseTo(290 / 3, 10);
		// 20 + 10,47 + 48,33… + 7,5 = 86,30
		expect(h.indeks).toBe(86.3);
		expect(h.zona).toBe('hijau');
	});

	it('caps the kinerja mean at 100 even when the indicator cap lets it pass 100', () => {
		const h = computeIndeksOpd(
			input(
				realisasi({
					realisasiAnggaran: 1_000_000_000,
					realisasiFisik: 100,
					p3dn: { realisasiPdn: 200_000_000, komitmenPdn: 200_000_000, totalPengadaan: null },
					indikator: [
						{ indikatorId: 'ind-1', realisasi: 96 },
						{ indikatorId: 'ind-2', realisasi: 8 },
						{ indikatorId: 'ind-3', realisasi: 60 }
					]
				})
			),
			withSettings({ batasCapaian: 120 })
		);
		// 96/80 = 120; (2 − 8/10) = 120; 60/50 = 120 → mean 120, used as 100
		expect(h.komponen.kinerja.nilai).toBeCloseTo(120, 10);
		expect(h.komponen.kinerja.dipakai).toBe(100);
		expect(h.indeks).toBe(100);
	});

	it('caps a component above 100 before weighting it', () => {
		const h = computeIndeksOpd(
			input(realisasi({ realisasiAnggaran: 1_100_000_000 })),
			DEFAULT_SETTINGS
		);
		expect(h.komponen.anggaran).toEqual({ nilai: 110, dipakai: 100, bobot: 20, kontribusi: 20 });
	});

	it('uses the negative-polarity formula from the settings', () => {
		const h = computeIndeksOpd(input(realisasi()), withSettings({ rumusNegatif: 'rasio' }));
		// ind-2: 10 / 12 × 100 = 83,33
		expect(h.indikator[1]!.hasil).toMatchObject({ status: 'ok' });
		expect(h.komponen.kinerja.nilai).toBeCloseTo((90 + 1000 / 12 + 100) / 3, 10);
	});

	it('measures P3DN against total procurement when configured', () => {
		const h = computeIndeksOpd(input(realisasi()), withSettings({ rumusP3dn: 'pangsa' }));
		expect(h.komponen.p3dn).toMatchObject({ nilai: 50, kontribusi: 5 });
		expect(h.indeks).toBe(69.47);
	});

	it('leaves indicators without a target or realisasi out of the mean', () => {
		const h = computeIndeksOpd(
			input(realisasi(), {
				indikator: [...INDIKATOR, indikator('ind-4', 'positif', [null, null, 10, 10])]
			}),
			DEFAULT_SETTINGS
		);
		expect(h.indikator[3]).toMatchObject({
			target: null,
			realisasi: null,
			hasil: { status: 'tanpa-target' },
			kategori: null
		});
		expect(h.indeks).toBe(71.97);
	});

	it('names a zero pagu and gives no index', () => {
		const h = computeIndeksOpd(input(realisasi({ pagu: 0 })), DEFAULT_SETTINGS);
		expect(h.kekurangan).toEqual(['pagu-nol']);
		expect(h.indeks).toBeNull();
		expect(h.zona).toBeNull();
		expect(h.komponen.anggaran).toEqual({
			nilai: null,
			dipakai: null,
			bobot: 20,
			kontribusi: null
		});
		// The other components are still shown.
		expect(h.komponen.p3dn.nilai).toBe(75);
	});

	it('names each missing component', () => {
		const cases: [Partial<Realisasi>, string[]][] = [
			[{ pagu: null }, ['pagu']],
			[{ realisasiAnggaran: null }, ['realisasi-anggaran']],
			[{ pagu: null, realisasiAnggaran: null }, ['pagu', 'realisasi-anggaran']],
			[{ realisasiFisik: null }, ['realisasi-fisik']],
			[{ indikator: [] }, ['indikator']],
			[{ p3dn: { realisasiPdn: null, komitmenPdn: 1, totalPengadaan: 1 } }, ['p3dn']],
			[{ p3dn: { realisasiPdn: 1, komitmenPdn: 0, totalPengadaan: 1 } }, ['p3dn']],
			[{ p3dn: { realisasiPdn: 1, komitmenPdn: null, totalPengadaan: 1 } }, ['p3dn']]
		];
		for (const [update, kekurangan] of cases) {
			const h = computeIndeksOpd(input(realisasi(update)), DEFAULT_SETTINGS);
			expect(h.kekurangan).toEqual(kekurangan);
			expect(h.indeks).toBeNull();
		}
	});

	it('names a zero total procurement under the pangsa formula', () => {
		const p3dn = { realisasiPdn: 1, komitmenPdn: 1, totalPengadaan: 0 };
		const h = computeIndeksOpd(input(realisasi({ p3dn })), withSettings({ rumusP3dn: 'pangsa' }));
		expect(h.kekurangan).toEqual(['p3dn']);
	});

	it('lists several gaps in a fixed order', () => {
		const h = computeIndeksOpd(
			input(realisasi({ realisasiFisik: null, pagu: 0, indikator: [] })),
			DEFAULT_SETTINGS
		);
		expect(h.kekurangan).toEqual(['pagu-nol', 'realisasi-fisik', 'indikator']);
	});

	it('does not let a component of weight 0 block the index', () => {
		const tanpaP3dn = withSettings({
			bobotIndeks: { anggaran: 20, fisik: 30, kinerja: 50, p3dn: 0 }
		});
		const h = computeIndeksOpd(
			input(realisasi({ p3dn: { realisasiPdn: null, komitmenPdn: null, totalPengadaan: null } })),
			tanpaP3dn
		);
		expect(h.kekurangan).toEqual([]);
		expect(h.komponen.p3dn).toEqual({ nilai: null, dipakai: null, bobot: 0, kontribusi: null });
		// 9 + 15,705 + 45 = 69,705 → 69,71
		expect(h.indeks).toBe(69.71);
	});

	it('gives a present component of weight 0 no contribution', () => {
		const tanpaP3dn = withSettings({
			bobotIndeks: { anggaran: 20, fisik: 30, kinerja: 50, p3dn: 0 }
		});
		const h = computeIndeksOpd(input(realisasi()), tanpaP3dn);
		expect(h.komponen.p3dn).toEqual({ nilai: 75, dipakai: 75, bobot: 0, kontribusi: 0 });
		expect(h.indeks).toBe(69.71);
	});

	it('says there is no realisasi yet when the OPD has not entered one', () => {
		const h = computeIndeksOpd(input(undefined), DEFAULT_SETTINGS);
		expect(h.kekurangan).toEqual(['belum-ada-realisasi']);
		expect(h.indeks).toBeNull();
		expect(h.zona).toBeNull();
		expect(h.status).toBeNull();
		for (const key of KOMPONEN_KEYS) expect(h.komponen[key].nilai).toBeNull();
		expect(h.indikator.map((b) => b.hasil.status)).toEqual([
			'tanpa-realisasi',
			'tanpa-realisasi',
			'tanpa-realisasi'
		]);
	});

	it('carries the realisasi status through', () => {
		const h = computeIndeksOpd(input(realisasi({ status: 'draft' })), DEFAULT_SETTINGS);
		expect(h.status).toBe('draft');
	});

	it('throws err.bobotTotal when the weights do not sum to 100', () => {
		const wrong = withSettings({ bobotIndeks: { anggaran: 20, fisik: 20, kinerja: 50, p3dn: 20 } });
		expect(() => computeIndeksOpd(input(realisasi()), wrong)).toThrow('err.bobotTotal');
	});

	it('throws on a bad period id', () => {
		expect(() =>
			computeIndeksOpd(input(realisasi(), { periodeId: '2026-Q2' }), DEFAULT_SETTINGS)
		).toThrow();
	});

	it('never passes 100, whatever the data and the configured indicator cap', () => {
		const percent = fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null });
		fc.assert(
			fc.property(
				fc.integer({ min: 100, max: 200 }),
				fc.double({ min: 1, max: 1e12, noNaN: true }),
				percent,
				percent,
				fc.array(fc.option(fc.double({ min: 0, max: 1e3, noNaN: true }), { nil: null }), {
					minLength: 3,
					maxLength: 3
				}),
				(capaianLimit, pagu, anggaran, fisik, indikatorValue) => {
					const r = realisasi({
						pagu,
						realisasiAnggaran: anggaran == null ? null : (anggaran * pagu) / 100,
						realisasiFisik: fisik,
						indikator: INDIKATOR.map((ind, i) => ({
							indikatorId: ind.id,
							realisasi: indikatorValue[i] ?? null
						}))
					});
					const h = computeIndeksOpd(input(r), withSettings({ batasCapaian: capaianLimit }));
					for (const k of KOMPONEN_KEYS)
						expect(h.komponen[k].dipakai ?? 0).toBeLessThanOrEqual(100);
					if (h.indeks !== null) expect(h.indeks).toBeLessThanOrEqual(100);
				}
			)
		);
	});

	it('lists the four components in report order', () => {
		expect(KOMPONEN_KEYS).toEqual(['anggaran', 'fisik', 'kinerja', 'p3dn']);
	});
});

describe('zonaOf', () => {
	const zona = DEFAULT_SETTINGS.zona;

	it.each([
		[100, 'hijau'],
		[76, 'hijau'],
		[75.995, 'hijau'],
		[75.99, 'kuning'],
		[51, 'kuning'],
		[50.99, 'merah'],
		[0, 'merah']
	] as const)('puts %s in zona %s with the defaults', (indeks, z) => {
		expect(zonaOf(indeks, zona)).toBe(z);
	});

	it('follows configured thresholds', () => {
		expect(zonaOf(80, { hijau: 81, kuning: 51 })).toBe('kuning');
		expect(zonaOf(81, { hijau: 81, kuning: 51 })).toBe('hijau');
	});
});
