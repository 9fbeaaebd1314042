import { describe, expect, it } from 'vitest';
import {
	compareOpd,
	compareSkm,
	splitPages,
	slideKey,
	slideName,
	rakorSnapshotSchema,
	highlights,
	buildSlides,
	type OpdValues
} from '$lib/domain/rakor';

const ranks = (...list: (number | null)[]) =>
	list.map((peringkat, i) => ({ unitId: `opd-${i + 1}`, peringkat }));

describe('the top and bottom three a meeting reads out', () => {
	it('are the three best and the three lowest ranked OPD', () => {
		expect(highlights(ranks(1, 2, 3, 4, 5, 6, 7, 8))).toEqual({
			teratas: ['opd-1', 'opd-2', 'opd-3'],
			terbawah: ['opd-6', 'opd-7', 'opd-8']
		});
	});

	it('read out an OPD tied with the third together with it', () => {
		expect(highlights(ranks(1, 2, 3, 3, 5, 6, 7, 8, 8)).teratas).toEqual([
			'opd-1',
			'opd-2',
			'opd-3',
			'opd-4'
		]);
		expect(highlights(ranks(1, 2, 3, 4, 5, 6, 6, 8, 9)).terbawah).toEqual([
			'opd-6',
			'opd-7',
			'opd-8',
			'opd-9'
		]);
		// Shared ranks that stop short of the third: 1, 2, 2 are the top three.
		expect(highlights(ranks(1, 2, 2, 4, 5, 6, 7)).teratas).toEqual(['opd-1', 'opd-2', 'opd-3']);
	});

	it('leave out OPD with missing data, wherever the ranking lists them', () => {
		expect(highlights(ranks(1, null, 2, 3, 4, 5, 6, null))).toEqual({
			teratas: ['opd-1', 'opd-3', 'opd-4'],
			terbawah: ['opd-5', 'opd-6', 'opd-7']
		});
	});

	it('never name one OPD in both groups of a short ranking', () => {
		expect(highlights(ranks(1, 2, 3, 4))).toEqual({
			teratas: ['opd-1', 'opd-2', 'opd-3'],
			terbawah: ['opd-4']
		});
		expect(highlights(ranks(1, 2))).toEqual({ teratas: ['opd-1', 'opd-2'], terbawah: [] });
		expect(highlights(ranks(null, null))).toEqual({ teratas: [], terbawah: [] });
	});
});

describe('the slides of a meeting', () => {
	it('are the ranking, the top and bottom three, each OPD in order, the SKM, the follow-ups', () => {
		const slides = buildSlides(
			['a', 'b', 'c', 'd', 'e', 'f', 'g'],
			{ teratas: ['a', 'b', 'c'], terbawah: ['e', 'f', 'g'] },
			3
		);
		expect(slides.map(slideKey)).toEqual([
			'peringkat',
			'teratas',
			'terbawah',
			'opd:a',
			'opd:b',
			'opd:c',
			'opd:d',
			'opd:e',
			'opd:f',
			'opd:g',
			'skm',
			'tindak-lanjut'
		]);
	});

	it('leave out an empty group and an SKM with no service unit', () => {
		const slides = buildSlides(['a', 'b'], { teratas: ['a', 'b'], terbawah: [] }, 0);
		expect(slides.map(slideKey)).toEqual([
			'peringkat',
			'teratas',
			'opd:a',
			'opd:b',
			'tindak-lanjut'
		]);
		expect(buildSlides([], { teratas: [], terbawah: [] }, 0).map(slideKey)).toEqual([
			'peringkat',
			'tindak-lanjut'
		]);
	});
});

describe('long lists on a projector', () => {
	it('split the ranking and the SKM over as few slides as hold them, rows shared evenly', () => {
		const opd = Array.from({ length: 30 }, (_, i) => `u${i + 1}`);
		const slides = buildSlides(opd, { teratas: [], terbawah: [] }, 25, 24);
		expect(slides.map(slideKey).filter((k) => !k.startsWith('opd:'))).toEqual([
			'peringkat',
			'peringkat:2',
			'skm',
			'skm:2',
			'tindak-lanjut'
		]);
		const peringkat = slides.flatMap((s) => (s.jenis === 'peringkat' ? [s.halaman] : []));
		expect(peringkat).toEqual([
			{ ke: 1, dari: 0, sampai: 15, dariJumlah: 2 },
			{ ke: 2, dari: 15, sampai: 30, dariJumlah: 2 }
		]);
	});

	it('keep a ranking of 24 OPD on one slide', () => {
		expect(splitPages(24)).toEqual([{ ke: 1, dari: 0, sampai: 24, dariJumlah: 1 }]);
		expect(splitPages(23)).toEqual([{ ke: 1, dari: 0, sampai: 23, dariJumlah: 1 }]);
		expect(splitPages(0)).toEqual([{ ke: 1, dari: 0, sampai: 0, dariJumlah: 1 }]);
		expect(splitPages(49).map((h) => h.sampai - h.dari)).toEqual([17, 17, 15]);
	});

	it('read a long unit name by its short name, and keep a name that fits', () => {
		const dpmptsp = {
			nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
			singkatan: 'DPMPTSP'
		};
		expect(slideName(dpmptsp)).toBe('DPMPTSP');
		expect(slideName({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })).toBe('Dinas Kesehatan');
		expect(slideName({ nama: dpmptsp.nama, singkatan: ' ' })).toBe(dpmptsp.nama);
		expect(slideName({ nama: dpmptsp.nama })).toBe(dpmptsp.nama);
	});
});

describe('pinned figures against the live ones', () => {
	const opd = (unitId: string, peringkat: number | null, indeks: number | null): OpdValues => ({
		unitId,
		nama: unitId.toUpperCase(),
		peringkat,
		indeks
	});

	it('give each OPD its rank and index then and now, and what moved', () => {
		const beda = compareOpd(
			[opd('a', 1, 80.5), opd('b', 2, 75.25), opd('c', 3, 60)],
			[opd('b', 1, 82.004), opd('a', 2, 80.5), opd('c', 3, 60)]
		);
		expect(beda.map((b) => b.unitId)).toEqual(['a', 'b', 'c']);
		expect(beda[0]).toMatchObject({
			dulu: { peringkat: 1, indeks: 80.5 },
			kini: { peringkat: 2, indeks: 80.5 },
			selisihIndeks: 0,
			naik: -1,
			berubah: true
		});
		expect(beda[1]).toMatchObject({ selisihIndeks: 6.75, naik: 1, berubah: true });
		expect(beda[2]).toMatchObject({ selisihIndeks: 0, naik: 0, berubah: false });
	});

	it('count an index as changed only at two decimals, as the ranking does', () => {
		const [beda] = compareOpd([opd('a', 1, 80.501)], [opd('a', 1, 80.499)]);
		expect(beda!.berubah).toBe(false);
	});

	it('list OPD in one ranking only, and OPD that lost or gained their rank', () => {
		const beda = compareOpd(
			[opd('a', 1, 80), opd('b', null, null)],
			[opd('a', null, null), opd('b', 1, 70), opd('baru', 2, 50)]
		);
		expect(beda.map((b) => b.unitId)).toEqual(['a', 'b', 'baru']);
		expect(beda[0]).toMatchObject({ selisihIndeks: null, naik: null, berubah: true });
		expect(beda[2]).toMatchObject({ dulu: null, kini: { peringkat: 2 }, berubah: true });
	});

	it('give each service unit its IKM, mutu and respondents then and now', () => {
		const beda = compareSkm(
			[
				{ unitId: 'pkm', nama: 'PKM', nilai: 88.3, mutu: 'B', responden: 120 },
				{ unitId: 'kel', nama: 'Kel', nilai: 70, mutu: 'C', responden: 40 }
			],
			[
				{ unitId: 'pkm', nama: 'PKM', nilai: 88.31, mutu: 'A', responden: 121 },
				{ unitId: 'kel', nama: 'Kel', nilai: 70, mutu: 'C', responden: 40 }
			]
		);
		expect(beda[0]).toMatchObject({ selisih: 0.01, berubah: true, kini: { mutu: 'A' } });
		expect(beda[1]).toMatchObject({ selisih: 0, berubah: false });
	});
});

describe('a pinned copy on the device', () => {
	const copy = {
		id: 'snap-1',
		periodeId: '2026-TW3',
		diambil: '2026-10-05T08:30:00+07:00',
		oleh: 'demo-reviewer',
		sinkronTerakhir: null,
		versi: 1,
		data: { ranking: {} }
	};

	it('is read only when it has the shape this app writes', () => {
		expect(rakorSnapshotSchema.safeParse(copy).success).toBe(true);
		expect(rakorSnapshotSchema.safeParse({ ...copy, versi: 2 }).success).toBe(false);
		expect(rakorSnapshotSchema.safeParse({ ...copy, data: null }).success).toBe(false);
		expect(rakorSnapshotSchema.safeParse({ ...copy, diambil: 'tadi pagi' }).success).toBe(false);
	});
});
