/**
 * The report models against figures worked out by hand, not against the screens' own code: a few
 * respondents and three OPDs small enough to check on paper (model.test.ts then ties the reports
 * to the screens on the whole demo).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/domain/constants';
import type { Indikator, Answer, Realisasi, SkmResponse, Unit } from '$lib/domain/schemas';
import { buildRaporReport } from '$lib/report/rapor-model';
import { buildSkmPemdaReport } from '$lib/report/skm-model';

const unit = (id: string, update: Partial<Unit> = {}): Unit => ({
	id,
	nama: id,
	singkatan: id,
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm: true,
	...update
});

let n = 0;
function response(unitId: string, answer: Answer): SkmResponse {
	return {
		id: `r-${++n}`,
		unitId,
		periodeId: '2026-TW2',
		waktu: '2026-05-04T09:00:00+07:00',
		jawaban: answer,
		profil: { jenisKelamin: 'P', usia: 30, pendidikan: 'SMA', pekerjaan: 'Swasta' },
		kuesionerVersi: 'standar-2017',
		sumber: 'enumerator',
		enumerator: 'enum-a'
	};
}

const all = (x: 1 | 2 | 3 | 4): Answer => ({
	u1: x,
	u2: x,
	u3: x,
	u4: x,
	u5: x,
	u6: x,
	u7: x,
	u8: x,
	u9: x
});

describe('the SKM report, worked by hand', () => {
	const responses = [
		// Puskesmas: u8 left blank once.
		response('pkm', { ...all(4), u8: null }),
		response('pkm', all(3)),
		response('pkm', { u1: 2, u2: 4, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 2 }),
		// Kelurahan: two unhappy respondents.
		response('kel', all(1)),
		response('kel', all(2))
	];
	const report = buildSkmPemdaReport({
		periodeId: '2026-TW2',
		units: [unit('pkm'), unit('kel', { jenis: 'kelurahan' })],
		responses,
		populasi: [],
		pengaturan: DEFAULT_SETTINGS
	});

	it('scores each unit from its own respondents, leaving a blank out of that unsur', () => {
		const [pkm, kel] = report.unit;
		expect(pkm!.unit.id).toBe('pkm');
		// NRR: u1 9/3 = 3; u2 11/3; u3 10/3; u4 11/3; u5 10/3; u6 10/3; u7 11/3; u8 5/2 = 2,5 (two
		// answered); u9 9/3 = 3. Σ = 29,5; IKM = 29,5 / 9 = 3,2778; × 25 = 81,944 → 81,94 → B.
		expect(pkm!.hasil.nrr.u1).toBe(3);
		expect(pkm!.hasil.nrr.u8).toBe(2.5);
		expect(pkm!.hasil.dijawab.u8).toBe(2);
		expect(pkm!.hasil.ikm).toBeCloseTo(29.5 / 9, 12);
		expect(pkm!.hasil.nilai).toBe(81.94);
		expect(pkm!.hasil.mutu).toBe('B');
		// The lowest: u8 2,5, then u1 and u9 at 3 in key order.
		expect(pkm!.hasil.unsurTerendah).toEqual(['u8', 'u1', 'u9']);
		// Every NRR 1,5 → IKM 1,5 → 37,50 → D.
		expect(kel!.hasil.nilai).toBe(37.5);
		expect(kel!.hasil.mutu).toBe('D');
	});

	it('gives the pemda the unweighted mean of the unit values', () => {
		// (81,944 + 37,5) / 2 = 59,72 → D, over 5 respondents of 2 units.
		expect(report.pemda?.hasil).toMatchObject({
			unit: 2,
			responden: 5,
			nilai: 59.72,
			mutu: 'D'
		});
	});
});

describe('the Rapor OPD, worked by hand', () => {
	const indikator = (id: string, unitId: string, polaritas: Indikator['polaritas'], tw2: number) =>
		({
			id,
			unitId,
			tahun: 2026,
			nama: id,
			satuan: '%',
			polaritas,
			target: [null, tw2, null, null]
		}) satisfies Indikator;

	function realisasi(
		unitId: string,
		pagu: number,
		anggaran: number,
		fisik: number,
		ind: number,
		pdn: number
	): Realisasi {
		return {
			id: `${unitId}:2026-TW2`,
			unitId,
			periodeId: '2026-TW2',
			pagu,
			realisasiAnggaran: anggaran,
			realisasiFisik: fisik,
			p3dn: { realisasiPdn: pdn, komitmenPdn: 40_000_000, totalPengadaan: null },
			indikator: [{ indikatorId: `${unitId}-1`, realisasi: ind }],
			status: 'diverifikasi'
		};
	}

	const report = buildRaporReport({
		periodeId: '2026-TW2',
		units: [
			unit('dinas-a'),
			unit('dinas-b'),
			unit('dinas-c'),
			unit('kel', { dinilaiIndeks: false })
		],
		indikator: [
			indikator('dinas-a-1', 'dinas-a', 'positif', 80),
			indikator('dinas-b-1', 'dinas-b', 'positif', 50),
			indikator('dinas-c-1', 'dinas-c', 'negatif', 10)
		],
		realisasi: new Map([
			['2026-TW1', []],
			[
				'2026-TW2',
				[
					// 50 % × 20 + 60 × 20 % + 100 × 50 % + 75 × 10 % = 10 + 12 + 50 + 7,5 = 79,5
					realisasi('dinas-a', 1_000_000_000, 500_000_000, 60, 80, 30_000_000),
					// the same, with 60/50 = 120 % counted as 100: 79,5 again, a shared rank
					realisasi('dinas-b', 2_000_000_000, 1_000_000_000, 60, 60, 30_000_000),
					// 20 × 20 % + 30 × 20 % + (2 − 12/10) × 100 = 80 × 50 % + 25 × 10 % = 52,5
					realisasi('dinas-c', 1_000_000_000, 200_000_000, 30, 12, 10_000_000)
				]
			]
		]),
		pengaturan: DEFAULT_SETTINGS
	});

	it('computes each index and shares a rank on a tie, skipping the next (1, 1, 3)', () => {
		const rows = report.view.rows.map((r) => [
			r.unit.id,
			r.hasil.indeks,
			r.hasil.zona,
			r.baris.peringkat
		]);
		expect(rows).toEqual([
			['dinas-a', 79.5, 'hijau', 1],
			['dinas-b', 79.5, 'hijau', 1],
			['dinas-c', 52.5, 'kuning', 3]
		]);
	});

	it('traces TW I (no data: no index) and TW II', () => {
		expect(report.tren.map((t) => t.periodeId)).toEqual(['2026-TW1', '2026-TW2']);
		expect(report.tren[1]!.indeks.get('dinas-c')).toBe(52.5);
		expect(report.tren[0]!.indeks.get('dinas-c') ?? null).toBeNull();
	});
});
