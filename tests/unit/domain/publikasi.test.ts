import { describe, expect, it } from 'vitest';
import { PEMDA_PAGE, publikasiId, publikasiPemda, publikasiUnit } from '$lib/domain/publikasi';
import { publikasiSkmSchema, type Answer, type Rtl, type Score } from '$lib/domain/schemas';
import { computeSkm, computeSkmPemda } from '$lib/domain/skm';
import { UNSUR_KEYS } from '$lib/domain/unsur';

const author = { oleh: 'demo-admin', waktu: '2026-10-05T10:00:00+07:00' };

/** `n` respondents answering `score` to every unsur. */
const answers = (n: number, score: Score): Answer[] =>
	Array.from({ length: n }, () => Object.fromEntries(UNSUR_KEYS.map((k) => [k, score])) as Answer);

const rtl: Pick<Rtl, 'butir'> = {
	butir: [
		{
			unsur: 'u3',
			program: 'Antrean daring',
			triwulan: [1, 2],
			penanggungJawab: 'Kepala Seksi Pelayanan',
			progres: 'berjalan',
			catatanProgres: 'Aplikasi diuji coba di loket 2',
			tanggalProgres: '2026-11-02'
		}
	]
};

const unitHasil = computeSkm([...answers(3, 4), ...answers(1, 3)]);

describe('publikasiId', () => {
	it('is the unit and period, and the pemda page takes the place of the unit', () => {
		expect(publikasiId('unit-disdukcapil', '2026-TW3')).toBe('unit-disdukcapil:2026-TW3');
		expect(publikasiId(undefined, '2026-TW3')).toBe(`${PEMDA_PAGE}:2026-TW3`);
	});
});

describe('publikasiUnit', () => {
	const build = (approvedSaran: readonly string[]) =>
		publikasiUnit({
			unit: { id: 'unit-disdukcapil', nama: 'Disdukcapil' },
			periodeId: '2026-TW3',
			hasil: unitHasil,
			rtl,
			approvedSaran,
			author
		});

	it('carries the figures, the RTL plan and progress, and who published it when', () => {
		const p = build([]);
		expect(p).toMatchObject({
			id: 'unit-disdukcapil:2026-TW3',
			unitId: 'unit-disdukcapil',
			periodeId: '2026-TW3',
			nama: 'Disdukcapil',
			nilai: unitHasil.nilai,
			mutu: unitHasil.mutu,
			responden: 4,
			diterbitkan: author
		});
		expect(p.nrr.u1).toBe(3.75);
		expect(p.rtl).toEqual([
			{ unsur: 'u3', program: 'Antrean daring', triwulan: [1, 2], progres: 'berjalan' }
		]);
	});

	it('leaves out the RTL rows’ person in charge and progress notes', () => {
		const [row] = build([]).rtl;
		expect(row).not.toHaveProperty('penanggungJawab');
		expect(row).not.toHaveProperty('catatanProgres');
		expect(row).not.toHaveProperty('tanggalProgres');
	});

	it('keeps the approved saran trimmed and drops empty ones', () => {
		expect(build(['  Perbanyak kursi  ', '   ', '', 'Loket dibuka pukul 7']).saran).toEqual([
			'Perbanyak kursi',
			'Loket dibuka pukul 7'
		]);
	});

	it('has no RTL rows when the unit has no RTL', () => {
		const p = publikasiUnit({
			unit: { id: 'unit-x', nama: 'Unit X' },
			periodeId: '2026-TW3',
			hasil: unitHasil,
			rtl: undefined,
			approvedSaran: [],
			author
		});
		expect(p.rtl).toEqual([]);
	});

	it('passes the publication schema', () => {
		expect(publikasiSkmSchema.safeParse(build(['Perbanyak kursi'])).success).toBe(true);
	});
});

describe('publikasiPemda', () => {
	const low = computeSkm(answers(2, 2));
	const none = computeSkm([]);
	const units = [
		{ unit: { id: 'unit-a', nama: 'Unit A' }, hasil: unitHasil },
		{ unit: { id: 'unit-b', nama: 'Unit B' }, hasil: low }
	];
	const pemda = computeSkmPemda([unitHasil, low, none], [], 'rerata-unit', 'eksak');
	const pooled = computeSkm([...answers(3, 4), ...answers(1, 3), ...answers(2, 2)]);
	const p = publikasiPemda({
		namaPemda: 'Pemerintah Kota Wiradesa',
		periodeId: '2026-TW3',
		pemda,
		nrr: pooled.nrr,
		units,
		author
	});

	it('is the pemda page of the period, with the pemda figures and the pooled NRR', () => {
		expect(p).toMatchObject({
			id: `${PEMDA_PAGE}:2026-TW3`,
			nama: 'Pemerintah Kota Wiradesa',
			nilai: pemda.nilai,
			mutu: pemda.mutu,
			responden: pemda.responden,
			rtl: [],
			saran: []
		});
		expect(p.unitId).toBeUndefined();
		expect(p.nrr.u1).toBeCloseTo((3 * 4 + 3 + 2 * 2) / 6, 10);
	});

	it('lists one row per given unit with its figures only', () => {
		expect(p.units).toEqual([
			{
				unitId: 'unit-a',
				nama: 'Unit A',
				nilai: unitHasil.nilai,
				mutu: unitHasil.mutu,
				responden: 4
			},
			{ unitId: 'unit-b', nama: 'Unit B', nilai: 50, mutu: 'D', responden: 2 }
		]);
	});

	it('passes the publication schema', () => {
		expect(publikasiSkmSchema.safeParse(p).success).toBe(true);
	});
});
