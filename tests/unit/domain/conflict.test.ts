import { describe, expect, it } from 'vitest';
import {
	differingParts,
	canResolve,
	CONFLICT_NOTE,
	mergeHistory,
	mergeVersions
} from '$lib/domain/conflict';
import {
	realisasiSchema,
	rtlSchema,
	type CatatanRakor,
	type Realisasi,
	type HistoryEntry
} from '$lib/domain/schemas';

const r = (oleh: string, time: string, aksi: HistoryEntry['aksi'] = 'simpan'): HistoryEntry => ({
	waktu: time,
	oleh,
	aksi
});
const base: Realisasi = {
	id: 'dinas-x:2026-TW4',
	unitId: 'dinas-x',
	periodeId: '2026-TW4',
	pagu: 100,
	realisasiAnggaran: 40,
	realisasiFisik: 50,
	p3dn: { realisasiPdn: 1, komitmenPdn: 2, totalPengadaan: 3 },
	indikator: [{ indikatorId: 'i1', realisasi: 5 }],
	status: 'draft',
	riwayat: [r('ani', '2026-11-01T08:00:00+07:00')]
};
const mine: Realisasi = {
	...base,
	realisasiFisik: 70,
	riwayat: [...base.riwayat!, r('budi', '2026-11-02T09:00:00+07:00')]
};
const theirs: Realisasi = {
	...base,
	realisasiFisik: 60,
	realisasiAnggaran: 45,
	riwayat: [...base.riwayat!, r('citra', '2026-11-02T08:30:00+07:00')]
};
const resolver = { oleh: 'budi', waktu: '2026-11-03T10:00:00+07:00', admin: false };

describe('resolving a conflict between two versions', () => {
	it('lists the parts that differ, never the id or the history', () => {
		expect(differingParts(mine, theirs)).toEqual(['realisasiAnggaran', 'realisasiFisik']);
		expect(differingParts(mine, mine)).toEqual([]);
	});

	it('takes each part from the version chosen for it', () => {
		const { isi: result } = mergeVersions(
			'realisasi',
			mine,
			theirs,
			{ realisasiFisik: 'itu' },
			resolver
		);
		expect(result.realisasiFisik).toBe(60);
		expect(result.realisasiAnggaran).toBe(40);
	});

	it('keeps both histories, built on the version with the other person’s entries', () => {
		// Budi resolves: Citra's entry must stay where the server has it, his own are appended.
		const { isi: content, induk: parent } = mergeVersions('realisasi', mine, theirs, {}, resolver);
		const result = realisasiSchema.parse(content) as Realisasi;
		expect(parent).toBe('itu');
		expect(result.riwayat!.map((x) => x.oleh)).toEqual(['ani', 'citra', 'budi', 'budi']);
		expect(result.riwayat!.slice(0, 2)).toEqual(theirs.riwayat);
		expect(result.riwayat!.at(-1)).toMatchObject({ aksi: 'simpan', catatan: CONFLICT_NOTE });
		// Citra resolving the same conflict builds on Budi's version instead.
		const olehCitra = mergeVersions('realisasi', mine, theirs, {}, { ...resolver, oleh: 'citra' });
		expect(olehCitra.induk).toBe('ini');
		expect((olehCitra.isi.riwayat as HistoryEntry[]).map((x) => x.oleh)).toEqual([
			'ani',
			'budi',
			'citra',
			'citra'
		]);
	});

	it('leaves a conflict between two other people’s changes to the admin', () => {
		// Citra and Dedi both changed Ani's entry; Budi holds neither change. Whatever he builds on,
		// the other person's entry would be appended in his name, which the server refuses.
		const olehCitra: Realisasi = { ...theirs };
		const olehDedi: Realisasi = {
			...base,
			realisasiFisik: 65,
			riwayat: [...base.riwayat!, r('dedi', '2026-11-02T08:45:00+07:00')]
		};
		expect(canResolve('realisasi', olehCitra, olehDedi, resolver)).toBe(false);
		expect(canResolve('realisasi', olehCitra, olehDedi, { ...resolver, admin: true })).toBe(true);
		// Citra herself can: she builds on Dedi's version and appends her own entries.
		expect(canResolve('realisasi', olehCitra, olehDedi, { ...resolver, oleh: 'citra' })).toBe(true);
		// Budi and Citra's own conflict is Budi's to resolve, as before.
		expect(canResolve('realisasi', mine, theirs, resolver)).toBe(true);
	});

	it('records an admin resolution as an admin change, on this device’s version', () => {
		const { isi: content, induk: parent } = mergeVersions(
			'realisasi',
			mine,
			theirs,
			{},
			{ ...resolver, admin: true }
		);
		expect(parent).toBe('ini');
		expect((content.riwayat as HistoryEntry[]).at(-1)!.aksi).toBe('ubah-admin');
	});

	it('merges histories without repeating shared entries', () => {
		expect(mergeHistory(mine.riwayat!, theirs.riwayat!)).toHaveLength(3);
	});

	it('stamps a resolved rakor follow-up with the person resolving it, never offering the stamp', () => {
		const catatan: CatatanRakor = {
			id: 'rakor-1',
			unitId: 'dinas-x',
			periodeId: '2026-TW4',
			teks: 'Percepat belanja modal',
			oleh: 'pimpinan',
			waktu: '2026-11-01T08:00:00+07:00',
			selesai: false
		};
		const diubahPimpinan = {
			...catatan,
			teks: 'Laporkan tiap pekan',
			diubah: { oleh: 'pimpinan', waktu: '2026-11-02T08:00:00+07:00' }
		};
		const selesaiOpd = {
			...catatan,
			selesai: true,
			diubah: { oleh: 'staf-x', waktu: '2026-11-02T09:00:00+07:00' }
		};
		expect(differingParts(diubahPimpinan, selesaiOpd)).toEqual(['selesai', 'teks']);
		const { isi: content } = mergeVersions(
			'catatanRakor',
			diubahPimpinan,
			selesaiOpd,
			{ selesai: 'itu' },
			{
				oleh: 'sekda',
				waktu: '2026-11-03T10:00:00+07:00',
				admin: true
			}
		);
		expect(content).toMatchObject({ teks: 'Laporkan tiap pekan', selesai: true, oleh: 'pimpinan' });
		expect(content.diubah).toEqual({ oleh: 'sekda', waktu: '2026-11-03T10:00:00+07:00' });
	});
});

describe('resolving a conflict on an SKM follow-up', () => {
	const rtl = {
		id: 'puskesmas-a:2026-TW2',
		unitId: 'puskesmas-a',
		periodeId: '2026-TW2',
		butir: [
			{
				unsur: 'u3',
				program: 'Antrean daring',
				triwulan: [3],
				penanggungJawab: 'Kepala TU',
				progres: 'belum'
			}
		],
		riwayat: [{ oleh: 'ani', waktu: '2026-07-01T08:00:00+07:00' }]
	};
	const onThisDevice = {
		...rtl,
		butir: [{ ...rtl.butir[0]!, progres: 'berjalan' }],
		riwayat: [...rtl.riwayat, { oleh: 'budi', waktu: '2026-07-03T09:00:00+07:00' }]
	};
	const onTheOther = {
		...rtl,
		butir: [{ ...rtl.butir[0]!, penanggungJawab: 'Kepala Puskesmas' }],
		riwayat: [...rtl.riwayat, { oleh: 'admin', waktu: '2026-07-02T10:00:00+07:00' }]
	};
	const sekda = { oleh: 'sekda', waktu: '2026-07-04T08:00:00+07:00', admin: true };

	it.each(['rtl', 'forumKonsultasi'] as const)(
		'keeps both histories of a %s, this version’s first, and ends with the resolver’s entry',
		(kind) => {
			const { isi, induk } = mergeVersions(kind, onThisDevice, onTheOther, { butir: 'itu' }, sekda);
			expect(induk).toBe('ini');
			expect(isi.riwayat).toEqual([
				{ oleh: 'ani', waktu: '2026-07-01T08:00:00+07:00' },
				{ oleh: 'budi', waktu: '2026-07-03T09:00:00+07:00' },
				{ oleh: 'admin', waktu: '2026-07-02T10:00:00+07:00' },
				{ oleh: 'sekda', waktu: '2026-07-04T08:00:00+07:00' }
			]);
			expect(isi.butir).toEqual(onTheOther.butir);
		}
	);

	it('never offers the history as a part to choose', () => {
		expect(differingParts(onThisDevice, onTheOther)).toEqual(['butir']);
	});

	it('keeps an entry both versions share once, and passes the server’s RTL schema', () => {
		const same = mergeVersions('rtl', onThisDevice, onThisDevice, {}, sekda).isi;
		expect((same.riwayat as unknown[]).length).toBe(3);
		expect(rtlSchema.safeParse(same).success).toBe(true);
	});
});
