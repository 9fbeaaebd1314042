import { describe, expect, it } from 'vitest';
import {
	readInput,
	canSave,
	inputDraftSchema,
	inputFrom,
	sameInput,
	decimalText,
	type RealisasiInput
} from '$lib/domain/realisasi-form';
import { realisasiSchema, type Indikator, type Realisasi } from '$lib/domain/schemas';

const indikator = (id: string, over: Partial<Indikator> = {}): Indikator => ({
	id,
	unitId: 'demo-dishub',
	tahun: 2026,
	nama: `Indikator ${id}`,
	satuan: '%',
	polaritas: 'positif',
	target: [20, 40, 60, 80],
	...over
});
const INDIKATOR = [
	indikator('ind-a'),
	indikator('ind-b', { polaritas: 'negatif', satuan: 'kasus' })
];

const saved: Realisasi = {
	id: 'real-dishub-2026-TW4',
	unitId: 'demo-dishub',
	periodeId: '2026-TW4',
	pagu: 1_250_000_000,
	realisasiAnggaran: 1_000_000_000.5,
	realisasiFisik: 75.5,
	p3dn: { realisasiPdn: 300_000_000, komitmenPdn: null, totalPengadaan: 500_000_000 },
	indikator: [
		{ indikatorId: 'ind-a', realisasi: 76, catatan: 'Sesuai laporan' },
		{ indikatorId: 'ind-lama', realisasi: 5 }
	],
	status: 'draft',
	catatan: 'Catatan umum'
};

function withOverrides(over: Partial<RealisasiInput>): RealisasiInput {
	return { ...inputFrom(saved, INDIKATOR), ...over };
}

describe('the realisation form', () => {
	it('shows a stored entry the way it is typed', () => {
		const isian = inputFrom(saved, INDIKATOR);
		expect(isian).toMatchObject({
			pagu: '1.250.000.000',
			realisasiAnggaran: '1.000.000.000,50',
			realisasiFisik: '75,5',
			komitmenPdn: '',
			indikator: {
				'ind-a': { realisasi: '76', catatan: 'Sesuai laporan' },
				'ind-b': { realisasi: '', catatan: '' }
			},
			catatan: 'Catatan umum'
		});
		expect(inputDraftSchema.safeParse({ isian, dasarRiwayat: 0 }).success).toBe(true);
	});

	it('reads back exactly what was stored', () => {
		const { nilai: value, galat: error } = readInput(inputFrom(saved, INDIKATOR), INDIKATOR, saved);
		expect(error).toEqual({});
		const { id, unitId, periodeId, status, ...figures } = saved;
		expect({ id, unitId, periodeId, status, ...value }).toEqual({
			...saved,
			...figures,
			indikator: [
				{ indikatorId: 'ind-a', realisasi: 76, catatan: 'Sesuai laporan' },
				{ indikatorId: 'ind-b', realisasi: null },
				// An indicator no longer listed keeps its stored row.
				{ indikatorId: 'ind-lama', realisasi: 5 }
			]
		});
	});

	it('refuses physical progress above 100% with its own message', () => {
		const bacaan = readInput(withOverrides({ realisasiFisik: '120' }), INDIKATOR);
		expect(bacaan.galat).toEqual({ realisasiFisik: 'realisasi.isian.fisikMaks' });
		expect(bacaan.nilai.realisasiFisik).toBeNull();
		expect(canSave(bacaan)).toBe(false);
	});

	it('refuses negative numbers and text that is not a number, field by field', () => {
		const isian = withOverrides({ pagu: '-5', totalPengadaan: 'lima juta' });
		isian.indikator['ind-b'] = { realisasi: '1,2,3', catatan: '' };
		expect(readInput(isian, INDIKATOR).galat).toEqual({
			pagu: 'realisasi.isian.negatif',
			totalPengadaan: 'realisasi.isian.bukanRupiah',
			'indikator:ind-b': 'realisasi.isian.bukanAngka'
		});
	});

	it('warns, but allows, realisasi anggaran above pagu and PDN above total procurement', () => {
		const bacaan = readInput(
			withOverrides({ realisasiAnggaran: '1.300.000.000', realisasiPdn: '600.000.000' }),
			INDIKATOR
		);
		expect(bacaan.peringatan).toEqual({
			realisasiAnggaran: 'realisasi.isian.melebihiPagu',
			realisasiPdn: 'realisasi.isian.pdnMelebihiPengadaan'
		});
		expect(canSave(bacaan)).toBe(true);
	});

	it('reads decimals typed with a comma or a lone dot', () => {
		expect(
			readInput(withOverrides({ realisasiFisik: '12,25' }), INDIKATOR).nilai.realisasiFisik
		).toBe(12.25);
		expect(
			readInput(withOverrides({ realisasiFisik: '12.5' }), INDIKATOR).nilai.realisasiFisik
		).toBe(12.5);
	});

	it('stores the item notes together once any is given, and none when all are empty', () => {
		const empty = readInput(inputFrom(undefined, INDIKATOR), INDIKATOR).nilai;
		expect(empty.catatanItem).toBeUndefined();
		const isian = withOverrides({ catatanItem: { anggaran: '', fisik: ' Bukti foto ', p3dn: '' } });
		const { nilai: value } = readInput(isian, INDIKATOR);
		expect(value.catatanItem).toEqual({ anggaran: '', fisik: 'Bukti foto', p3dn: '' });
		const doc = { ...saved, ...value };
		expect(realisasiSchema.safeParse(doc).success).toBe(true);
	});

	it('knows whether anything was typed', () => {
		const a = inputFrom(saved, INDIKATOR);
		const b = inputFrom(saved, [...INDIKATOR].reverse());
		expect(sameInput(a, b)).toBe(true);
		expect(sameInput(a, { ...a, pagu: '1.250.000.001' })).toBe(false);
	});

	it('writes stored decimals without trailing zeros', () => {
		expect([100, 75.5, 0.125, 1234.5, 0].map(decimalText)).toEqual([
			'100',
			'75,5',
			'0,125',
			'1.234,5',
			'0'
		]);
	});
});
