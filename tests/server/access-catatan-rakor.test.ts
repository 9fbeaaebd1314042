/**
 * Role × operation matrix, part 4: rakor follow-ups in rapor-realisasi. Officials (admin,
 * reviewer) write, edit, reopen and delete them in their own name; OPD staff only mark a
 * follow-up of their own OPD done; enumerators are not members; the author is the writer.
 */
import { toDocument, type StoredDocument } from '../../src/lib/domain/document.ts';
import type { CatatanRakor } from '../../src/lib/domain/schemas.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';
import { ACCOUNTS, catatanRakor, OPD_X, OPD_Y, passwordOf, type Who } from './helpers/factories.ts';
import {
	ANONYMOUS,
	CAN,
	NON_MEMBER,
	childRevision,
	deleteDoc,
	refused,
	forgedBranch,
	getDoc,
	putDoc,
	replicate,
	seed,
	type Expectation
} from './helpers/http.ts';
import { matrix, accountName, REALISASI, EVERYONE, type Case } from './helpers/matrix.ts';

type Catatan = StoredDocument<'catatanRakor'>;

/** A follow-up for OPD X written by the app's admin, stored on the server. */
const catatan = (admin: CouchClient, over: Partial<CatatanRakor> = {}) =>
	seed(admin, REALISASI, toDocument('catatanRakor', catatanRakor(OPD_X, 'admin-app', over)));

const cap = (oleh: string) => ({ oleh, waktu: '2026-02-11T10:00:00+07:00' });
const finish = (c: Catatan, oleh: string): Catatan => ({ ...c, selesai: true, diubah: cap(oleh) });
const updateText = (c: Catatan, oleh: string): Catatan => ({
	...c,
	teks: 'Laporkan progres belanja modal pekan depan',
	diubah: cap(oleh)
});
const nameOf = (siapa: Who) => (siapa === 'anonymous' ? 'siapa-saja' : accountName(siapa));

function writeCase(): Case[] {
	const write: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: refused('akses.hanyaSelesai'),
		opdY: refused('akses.hanyaSelesai'),
		reviewer: CAN
	};
	const baru = (oleh: string, over: Partial<CatatanRakor> = {}) =>
		toDocument('catatanRakor', catatanRakor(OPD_X, oleh, over));
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'writes a follow-up for OPD X in their own name',
			jalankan: (c) => putDoc(c, REALISASI, baru(nameOf(siapa))),
			harapan: write[siapa]
		})),
		{
			siapa: 'reviewer',
			apa: "writes a follow-up in the admin's name",
			jalankan: (c) => putDoc(c, REALISASI, baru('admin-app')),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'admin',
			apa: 'writes a follow-up stamped as changed by someone else',
			jalankan: (c) => putDoc(c, REALISASI, baru('admin-app', { diubah: cap('reviewer-1') })),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'reviewer',
			apa: 'writes a follow-up with no text',
			jalankan: (c) => putDoc(c, REALISASI, baru('reviewer-1', { teks: '   ' })),
			harapan: refused('err.teksCatatan')
		},
		{
			siapa: 'reviewer',
			apa: 'writes a follow-up due on 30 February',
			jalankan: (c) => putDoc(c, REALISASI, baru('reviewer-1', { tenggat: '2026-02-30' })),
			harapan: refused('err.tanggal')
		}
	];
}

function updateCase(): Case[] {
	return [
		{
			siapa: 'reviewer',
			apa: "edits the admin's follow-up, stamped with their name",
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, updateText(await catatan(admin), 'reviewer-1')),
			harapan: CAN
		},
		{
			siapa: 'reviewer',
			apa: 'edits a follow-up without stamping the change',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...(await catatan(admin)), teks: 'Teks lain' }),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'reviewer',
			apa: 'stamps an edit with the name of someone else',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, updateText(await catatan(admin), 'staf-x')),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'reviewer',
			apa: 'makes themselves the author of a follow-up',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...updateText(await catatan(admin), 'reviewer-1'),
					oleh: 'reviewer-1'
				}),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'reviewer',
			apa: 'changes when a follow-up was written',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...updateText(await catatan(admin), 'reviewer-1'),
					waktu: '2026-01-01T08:00:00+07:00'
				}),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'admin',
			apa: 'moves a follow-up to OPD Y',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...updateText(await catatan(admin), 'admin-app'), unitId: OPD_Y }),
			harapan: refused('akses.unitBerubah')
		},
		{
			siapa: 'reviewer',
			apa: 'reopens a follow-up marked done',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...(await catatan(admin, { selesai: true, diubah: cap('staf-x') })),
					selesai: false,
					diubah: cap('reviewer-1')
				}),
			harapan: CAN
		},
		{
			siapa: 'reviewer',
			apa: 'edits a follow-up offline (a replicated child revision)',
			jalankan: async (c, admin) =>
				replicate(
					c,
					REALISASI,
					childRevision(updateText(await catatan(admin), 'reviewer-1'), 'a'.repeat(32))
				),
			harapan: CAN
		}
	];
}

function finishCase(): Case[] {
	const mark: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: CAN,
		opdY: refused('akses.bukanUnitAnda'),
		reviewer: CAN
	};
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "marks OPD X's follow-up done",
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, finish(await catatan(admin), nameOf(siapa))),
			harapan: mark[siapa]
		})),
		{
			siapa: 'opdX',
			apa: 'marks a follow-up done in the name of someone else',
			jalankan: async (c, admin) => putDoc(c, REALISASI, finish(await catatan(admin), 'staf-y')),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'opdX',
			apa: 'marks a follow-up done without a stamp',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...(await catatan(admin)), selesai: true }),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'opdX',
			apa: 'rewrites the text while marking it done',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...finish(await catatan(admin), 'staf-x'), teks: 'Sudah beres' }),
			harapan: refused('akses.hanyaSelesai')
		},
		{
			siapa: 'opdX',
			apa: 'moves the due date',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...finish(await catatan(admin), 'staf-x'), tenggat: '2026-12-31' }),
			harapan: refused('akses.hanyaSelesai')
		},
		{
			siapa: 'opdX',
			apa: 'reopens a follow-up marked done',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...(await catatan(admin, { selesai: true, diubah: cap('admin-app') })),
					selesai: false,
					diubah: cap('staf-x')
				}),
			harapan: refused('akses.hanyaSelesai')
		},
		{
			siapa: 'opdX',
			apa: 'marks done a follow-up already done',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					finish(await catatan(admin, { selesai: true, diubah: cap('admin-app') }), 'staf-x')
				),
			harapan: refused('akses.hanyaSelesai')
		},
		{
			siapa: 'opdX',
			apa: 'forges a branch of a follow-up that shares no history with the server',
			jalankan: async (c, admin) =>
				replicate(c, REALISASI, forgedBranch(finish(await catatan(admin), 'staf-x'), 9)),
			harapan: refused('akses.hanyaSelesai')
		},
		{
			siapa: 'opdX',
			apa: 'marks done offline while an official edited it (a second branch: a conflict)',
			jalankan: async (c, admin) => {
				const c0 = await catatan(admin);
				const name = ACCOUNTS.reviewer.name;
				const reviewer = admin.as({ name, password: passwordOf(name) });
				const edit = childRevision(updateText(c0, 'reviewer-1'), 'b'.repeat(32));
				const res = await replicate(reviewer, REALISASI, edit);
				if (res.status !== 201) return res;
				return replicate(c, REALISASI, childRevision(finish(c0, 'staf-x'), 'a'.repeat(32)));
			},
			harapan: CAN
		}
	];
}

function readAndRemoveCase(): Case[] {
	const remove: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: refused('akses.hapus'),
		opdY: refused('akses.hapus'),
		reviewer: CAN
	};
	const read: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: CAN,
		opdY: CAN,
		reviewer: CAN
	};
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "reads OPD X's follow-up",
			jalankan: async (c, admin) => getDoc(c, REALISASI, (await catatan(admin))._id),
			harapan: read[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "deletes OPD X's follow-up",
			jalankan: async (c, admin) => {
				const c0 = await catatan(admin);
				return deleteDoc(c, REALISASI, c0._id, c0._rev!);
			},
			harapan: remove[siapa]
		}))
	];
}

matrix('rakor follow-ups', [
	...writeCase(),
	...updateCase(),
	...finishCase(),
	...readAndRemoveCase()
]);
