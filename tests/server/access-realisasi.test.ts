/**
 * Role × operation matrix, part 3: realisation entries: OPD staff and their own drafts, status
 * transitions, the append-only history, and what only the admin may do.
 */
import { toDocument } from '../../src/lib/domain/document.ts';
import { OPD_X, OPD_Y, realisasi, makeHistory, type Who } from './helpers/factories.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';
import {
	ANONYMOUS,
	CAN,
	NON_MEMBER,
	childRevision,
	deleteDoc,
	refused,
	forgedBranch,
	putDoc,
	replicate,
	seed,
	tombstoneOf,
	type Expectation
} from './helpers/http.ts';
import {
	entry,
	branchedEntry,
	matrix,
	accountName,
	newPeriode,
	REALISASI,
	EVERYONE,
	update,
	type Case
} from './helpers/matrix.ts';

/** Realisation entries: OPD staff edit their own drafts and submit; the admin verifies or returns. */
function realisasiCase(): Case[] {
	const baru = (by: string, unitId: string, status: 'draft' | 'diajukan' = 'draft') =>
		toDocument(
			'realisasi',
			realisasi(unitId, newPeriode(), status, [
				makeHistory(by, status === 'draft' ? 'simpan' : 'ajukan')
			])
		);
	const createOwn: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: CAN,
		opdY: refused('akses.bukanUnitAnda'),
		reviewer: refused('akses.hanyaBaca')
	};
	const by = (siapa: Who) => (siapa === 'anonymous' ? 'staf-x' : accountName(siapa));
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'creates a draft entry for OPD X',
			jalankan: (c) => putDoc(c, REALISASI, baru(by(siapa), OPD_X)),
			harapan: createOwn[siapa]
		})),
		{
			siapa: 'opdX',
			apa: 'creates an entry and submits it at once',
			jalankan: (c) => putDoc(c, REALISASI, baru('staf-x', OPD_X, 'diajukan')),
			harapan: CAN
		},
		{
			siapa: 'opdX',
			apa: 'creates an entry already verified',
			jalankan: (c) => putDoc(c, REALISASI, { ...baru('staf-x', OPD_X), status: 'diverifikasi' }),
			harapan: refused('akses.status')
		},
		{
			siapa: 'opdX',
			apa: 'saves their draft again',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, update(await entry(admin, OPD_X, 'draft'), 'staf-x', 'simpan')),
			harapan: CAN
		},
		{
			siapa: 'opdX',
			apa: 'submits their draft (draft → diajukan)',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'draft'), 'staf-x', 'ajukan', 'diajukan')
				),
			harapan: CAN
		},
		{
			siapa: 'opdX',
			apa: 'submits without recording "ajukan"',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'draft'), 'staf-x', 'simpan', 'diajukan')
				),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'verifies their own draft',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'draft'), 'staf-x', 'simpan', 'diverifikasi')
				),
			harapan: refused('akses.status')
		},
		{
			siapa: 'opdX',
			apa: 'changes their submitted entry',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, update(await entry(admin, OPD_X, 'diajukan'), 'staf-x', 'simpan')),
			harapan: refused('akses.terkunci')
		},
		{
			siapa: 'opdX',
			apa: 'changes their verified entry',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, update(await entry(admin, OPD_X, 'diverifikasi'), 'staf-x', 'simpan')),
			harapan: refused('akses.terkunci')
		},
		{
			siapa: 'opdY',
			apa: "changes OPD X's draft",
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, update(await entry(admin, OPD_X, 'draft'), 'staf-y', 'simpan')),
			harapan: refused('akses.bukanUnitAnda')
		},
		{
			siapa: 'opdX',
			apa: 'moves their draft to OPD Y',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...update(await entry(admin, OPD_X, 'draft'), 'staf-x', 'simpan'),
					unitId: OPD_Y
				}),
			harapan: refused('akses.unitBerubah')
		},
		{
			siapa: 'opdX',
			apa: 'rewrites an earlier history entry',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'draft');
				const changed = update(e, 'staf-x', 'simpan');
				changed.riwayat![0] = { ...changed.riwayat![0]!, oleh: 'orang-lain' };
				return putDoc(c, REALISASI, changed);
			},
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'saves without a history entry',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...(await entry(admin, OPD_X, 'draft')), realisasiFisik: 60 }),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'records the change in the name of someone else',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, update(await entry(admin, OPD_X, 'draft'), 'staf-y', 'simpan')),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'opdX',
			apa: 'posts a physical progress of 120 %',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...update(await entry(admin, OPD_X, 'draft'), 'staf-x', 'simpan'),
					realisasiFisik: 120
				}),
			harapan: refused('err.realisasiFisik')
		},
		{
			siapa: 'opdX',
			apa: 'posts a negative pagu',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...update(await entry(admin, OPD_X, 'draft'), 'staf-x', 'simpan'),
					pagu: -1
				}),
			harapan: refused('err.pagu')
		},
		{
			siapa: 'admin',
			apa: 'verifies a submitted entry (diajukan → diverifikasi)',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'diajukan'), 'admin-app', 'verifikasi', 'diverifikasi')
				),
			harapan: CAN
		},
		{
			siapa: 'admin',
			apa: 'returns a submitted entry with a note (diajukan → draft)',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(
						await entry(admin, OPD_X, 'diajukan'),
						'admin-app',
						'kembalikan',
						'draft',
						'lengkapi P3DN'
					)
				),
			harapan: CAN
		},
		{
			siapa: 'admin',
			apa: 'returns a submitted entry without a note',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'diajukan'), 'admin-app', 'kembalikan', 'draft')
				),
			harapan: refused('err.catatanKembalikan')
		},
		{
			siapa: 'admin',
			apa: 'verifies a draft that was never submitted',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'draft'), 'admin-app', 'verifikasi', 'diverifikasi')
				),
			harapan: refused('akses.status')
		},
		{
			siapa: 'admin',
			apa: 'corrects a verified entry (ubah-admin)',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'diverifikasi'), 'admin-app', 'ubah-admin')
				),
			harapan: CAN
		},
		{
			siapa: 'admin',
			apa: 'turns a verified entry into a draft without recording "buka-kembali"',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'diverifikasi'), 'admin-app', 'ubah-admin', 'draft')
				),
			harapan: refused('akses.riwayat')
		},
		...reopenCase(),
		{
			siapa: 'reviewer',
			apa: 'verifies a submitted entry',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(await entry(admin, OPD_X, 'diajukan'), 'reviewer-1', 'verifikasi', 'diverifikasi')
				),
			harapan: refused('akses.hanyaBaca')
		}
	];
}

/**
 * Reopening a verified entry ("buka kembali"): the admin only, with a reason, back to draft; the
 * OPD then corrects and submits it again.
 */
function reopenCase(): Case[] {
	const alasan = 'pagu belum memakai APBD Perubahan';
	const bukaKembali =
		(by: string, catatan?: string) => async (c: CouchClient, admin: CouchClient) =>
			putDoc(
				c,
				REALISASI,
				update(await entry(admin, OPD_X, 'diverifikasi'), by, 'buka-kembali', 'draft', catatan)
			);
	const olehSiapa: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: refused('akses.terkunci'),
		opdY: refused('akses.bukanUnitAnda'),
		reviewer: refused('akses.hanyaBaca')
	};
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'reopens a verified entry of OPD X with a reason (diverifikasi → draft)',
			jalankan: bukaKembali(siapa === 'anonymous' ? 'staf-x' : accountName(siapa), alasan),
			harapan: olehSiapa[siapa]
		})),
		{
			siapa: 'admin',
			apa: 'reopens a verified entry without a reason',
			jalankan: bukaKembali('admin-app', '  '),
			harapan: refused('err.alasanBukaKembali')
		},
		{
			siapa: 'admin',
			apa: 'reopens a submitted entry as if it were verified',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					update(
						await entry(admin, OPD_X, 'diajukan'),
						'admin-app',
						'buka-kembali',
						'draft',
						alasan
					)
				),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'replicates their own reopening of their verified entry',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'diverifikasi');
				const dibuka = update(e, 'staf-x', 'buka-kembali', 'draft', alasan);
				return replicate(c, REALISASI, childRevision(dibuka, 'b'.repeat(32)));
			},
			harapan: refused('akses.terkunci')
		},
		{
			siapa: 'opdX',
			apa: 'saves and submits again an entry the admin reopened',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'diverifikasi');
				const draft = await seed(
					admin,
					REALISASI,
					update(e, 'admin-app', 'buka-kembali', 'draft', alasan)
				);
				return putDoc(c, REALISASI, update(draft, 'staf-x', 'ajukan', 'diajukan'));
			},
			harapan: CAN
		}
	];
}

/**
 * Deletions (tombstones). OPD staff delete a draft of their own OPD: that is how they close the
 * losing branch of a conflict between two offline edits. Everything else is the admin's.
 */
function removeCase(): Case[] {
	const remove =
		(unitId: string, status: 'draft' | 'diajukan' | 'diverifikasi') =>
		async (c: CouchClient, admin: CouchClient) => {
			const e = await entry(admin, unitId, status);
			return deleteDoc(c, REALISASI, e._id, e._rev!);
		};
	const hapusDraftX: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: CAN,
		opdY: refused('akses.bukanUnitAnda'),
		reviewer: refused('akses.hapus')
	};
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'deletes a draft of OPD X',
			jalankan: remove(OPD_X, 'draft'),
			harapan: hapusDraftX[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'closes the losing branch of a conflicted draft of OPD X (replicated tombstone)',
			jalankan: async (c, admin) => {
				const { kalah } = await branchedEntry(admin, OPD_X);
				return replicate(c, REALISASI, tombstoneOf(kalah));
			},
			harapan: hapusDraftX[siapa]
		})),
		{
			siapa: 'opdX',
			apa: 'deletes their submitted entry',
			jalankan: remove(OPD_X, 'diajukan'),
			harapan: refused('akses.terkunci')
		},
		{
			siapa: 'opdX',
			apa: 'deletes their verified entry',
			jalankan: remove(OPD_X, 'diverifikasi'),
			harapan: refused('akses.terkunci')
		},
		{
			siapa: 'opdX',
			apa: 'closes a branch of their submitted entry (replicated tombstone)',
			jalankan: async (c, admin) =>
				replicate(c, REALISASI, tombstoneOf(await entry(admin, OPD_X, 'diajukan'))),
			harapan: refused('akses.terkunci')
		},
		{
			siapa: 'opdX',
			apa: 'replicates a tombstone whose history the server does not have (no previous revision)',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'draft');
				return replicate(c, REALISASI, tombstoneOf(forgedBranch(e, 7)));
			},
			harapan: refused('akses.hapus')
		},
		{
			siapa: 'opdX',
			apa: 'deletes their draft again on top of the admin’s deletion',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'draft');
				const res = await deleteDoc(admin, REALISASI, e._id, e._rev!);
				const deleted = { _id: e._id, _rev: (res.body as { rev: string }).rev };
				return replicate(c, REALISASI, tombstoneOf(deleted, 'e'.repeat(32)));
			},
			harapan: refused('akses.hapus')
		},
		{
			siapa: 'opdX',
			apa: 'deletes their draft carrying an attachment',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'draft');
				return putDoc(c, REALISASI, {
					_id: e._id,
					_rev: e._rev,
					_deleted: true,
					_attachments: { 'a.txt': { content_type: 'text/plain', data: 'eA==' } }
				});
			},
			harapan: refused('akses.lampiran')
		},
		{
			siapa: 'admin',
			apa: 'deletes a verified entry',
			jalankan: remove(OPD_X, 'diverifikasi'),
			harapan: CAN
		}
	];
}

matrix('realisation entries', [...realisasiCase(), ...removeCase()]);
