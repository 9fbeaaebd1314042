import { describe, expect, it } from 'vitest';
import { forumKonsultasiSchema, rtlSchema, type Rtl } from '$lib/domain/schemas';
import { saveForum, saveRtl, type ForumContent } from '$lib/domain/tindak-lanjut';
import {
	actionsInRtl,
	forumFieldErrors,
	rtlChoiceErrors,
	rtlRowsFromForum
} from '$lib/state/forum-konsultasi-form';

const author = { oleh: 'staf', waktu: '2026-10-12T10:00:00+07:00' };
const place = { id: 'forum-1', unitId: 'unit-a', periodeId: '2026-TW3' };

function issuesOf(content: ForumContent) {
	const result = forumKonsultasiSchema.safeParse(saveForum(undefined, place, content, author));
	return result.success ? [] : result.error.issues;
}

describe('forumFieldErrors', () => {
	it('puts each reason by its field', () => {
		const content = { tanggal: '', peserta: 0, pokok: [], kesepakatan: [] };
		expect(forumFieldErrors(issuesOf(content), content)).toEqual({
			tanggal: ['err.tanggal'],
			peserta: ['err.forumPeserta']
		});
	});

	it('names the line of the form even when empty lines before it are dropped', () => {
		const long = 'x'.repeat(501);
		const content = {
			tanggal: '2026-10-12',
			peserta: 10,
			pokok: ['', 'Antrean', '  ', long],
			kesepakatan: [{ teks: '' }, { teks: long }]
		};
		expect(forumFieldErrors(issuesOf(content), content)).toEqual({
			'pokok.3': ['err.forumPokok'],
			'kesepakatan.1': ['err.forumKesepakatan']
		});
	});

	it('keeps a reason that belongs to no field, generic when it is not one of ours', () => {
		const errors = forumFieldErrors([{ path: ['riwayat'], message: 'Too big' }], {
			tanggal: '2026-10-12',
			peserta: 1,
			pokok: [],
			kesepakatan: []
		});
		expect(errors).toEqual({ '': ['err.tidakValid'] });
	});
});

const forum = {
	id: 'forum-1',
	kesepakatan: [
		{ teks: 'Tambah loket' },
		{ teks: 'Papan alur layanan', unsur: 'u1' as const },
		{ teks: 'Survei ulang' }
	]
};

describe('rtlRowsFromForum', () => {
	it('makes a row of each chosen action with its triwulan and person in charge, naming the forum', () => {
		const rows = rtlRowsFromForum(
			forum,
			[
				{ index: 1, triwulan: [2], penanggungJawab: 'Kasi Umum' },
				{ index: 0, triwulan: [1, 3], penanggungJawab: 'Camat' }
			],
			'u5'
		);
		expect(rows).toEqual([
			{
				unsur: 'u1',
				program: 'Papan alur layanan',
				triwulan: [2],
				penanggungJawab: 'Kasi Umum',
				progres: 'belum',
				forumId: 'forum-1'
			},
			{
				unsur: 'u5',
				program: 'Tambah loket',
				triwulan: [1, 3],
				penanggungJawab: 'Camat',
				progres: 'belum',
				forumId: 'forum-1'
			}
		]);
	});

	it('skips a choice that names no action of the forum', () => {
		expect(
			rtlRowsFromForum(forum, [{ index: 9, triwulan: [1], penanggungJawab: 'x' }], 'u1')
		).toEqual([]);
	});
});

describe('actionsInRtl', () => {
	const rtl: Pick<Rtl, 'butir'> = {
		butir: [
			{
				unsur: 'u5',
				program: 'Tambah loket',
				triwulan: [1],
				penanggungJawab: 'Camat',
				progres: 'belum',
				forumId: 'forum-1'
			},
			{
				unsur: 'u1',
				program: 'Survei ulang',
				triwulan: [1],
				penanggungJawab: 'Camat',
				progres: 'belum',
				forumId: 'forum-lain'
			}
		]
	};

	it('finds the actions that already are rows from this forum', () => {
		expect([...actionsInRtl(forum, rtl)]).toEqual([0]);
	});

	it('finds none without an RTL', () => {
		expect(actionsInRtl(forum, undefined).size).toBe(0);
	});
});

describe('rtlChoiceErrors', () => {
	it('puts the reasons of the new rows by the chosen action they came from', () => {
		const previous = {
			id: 'unit-a:2026-TW3',
			unitId: 'unit-a',
			periodeId: '2026-TW3',
			butir: [
				{
					unsur: 'u2' as const,
					program: 'Lama',
					triwulan: [1 as const],
					penanggungJawab: 'Sekcam',
					progres: 'belum' as const
				}
			],
			riwayat: [author]
		};
		const chosen = [
			{ index: 0, triwulan: [2 as const], penanggungJawab: 'Camat' },
			{ index: 2, triwulan: [], penanggungJawab: ' ' }
		];
		const rows = rtlRowsFromForum(forum, chosen, 'u5');
		const rtl = saveRtl(previous, previous, [...previous.butir, ...rows], author);
		const result = rtlSchema.safeParse(rtl);
		expect(result.success).toBe(false);
		expect(rtlChoiceErrors(result.error!.issues, 1, chosen)).toEqual({
			'2.triwulan': ['err.rtlTriwulan'],
			'2.penanggungJawab': ['err.rtlPenanggungJawab']
		});
	});
});
