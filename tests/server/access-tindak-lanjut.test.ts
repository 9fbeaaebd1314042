/**
 * Role × operation matrix, part 5: the SKM follow-up in rapor-realisasi: a unit's rencana tindak
 * lanjut (RTL) and its Forum Konsultasi Publik records. The admin writes them for any unit, OPD
 * staff for their own; reviewers read them; enumerators are not members of the database. Every
 * save appends to `riwayat`, ending with the writer's own entry; unit and period never change.
 */
import { toDocument, type StoredDocument } from '../../src/lib/domain/document.ts';
import type { ForumKonsultasi, Rtl } from '../../src/lib/domain/schemas.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';
import {
	followUpEntry,
	forumKonsultasi,
	OPD_X,
	OPD_Y,
	rtl,
	type Who
} from './helpers/factories.ts';
import {
	ANONYMOUS,
	CAN,
	NON_MEMBER,
	childRevision,
	deleteDoc,
	forgedBranch,
	getDoc,
	putDoc,
	refused,
	replicate,
	seed,
	tombstoneOf,
	type Expectation
} from './helpers/http.ts';
import {
	accountName,
	EVERYONE,
	matrix,
	newPeriode,
	REALISASI,
	type Case
} from './helpers/matrix.ts';

type StoredRtl = StoredDocument<'rtl'>;
type StoredForum = StoredDocument<'forumKonsultasi'>;

const LATER = '2026-05-02T14:00:00+07:00';
const nameOf = (siapa: Who) => (siapa === 'anonymous' ? 'siapa-saja' : accountName(siapa));
/** The OPD staff member of the matrix who writes for `unitId`. */
const staffOf = (unitId: string) => (unitId === OPD_X ? 'staf-x' : 'staf-y');

/** An RTL of `unitId` for a fresh period, saved by its staff (or `over`), on the server. */
const storedRtl = (admin: CouchClient, unitId = OPD_X, over: Partial<Rtl> = {}) =>
	seed(admin, REALISASI, toDocument('rtl', rtl(unitId, newPeriode(), staffOf(unitId), over)));

/** A forum record of `unitId`, saved by its staff (or `over`), on the server. */
const storedForum = (admin: CouchClient, unitId = OPD_X, over: Partial<ForumKonsultasi> = {}) =>
	seed(
		admin,
		REALISASI,
		toDocument('forumKonsultasi', forumKonsultasi(unitId, newPeriode(), staffOf(unitId), over))
	);

/** The RTL saved again by `oleh`: a row's progress moved on, their entry appended. */
const saveRtl = (r: StoredRtl, oleh: string): StoredRtl => ({
	...r,
	butir: r.butir.map((b, i) => (i === 0 ? { ...b, progres: 'berjalan' } : b)),
	riwayat: [...r.riwayat, followUpEntry(oleh, LATER)]
});

/** The forum record saved again by `oleh`: more participants, their entry appended. */
const saveForum = (f: StoredForum, oleh: string): StoredForum => ({
	...f,
	peserta: f.peserta + 6,
	riwayat: [...f.riwayat, followUpEntry(oleh, LATER)]
});

const newRtl = (unitId: string, oleh: string, over: Partial<Rtl> = {}) =>
	toDocument('rtl', rtl(unitId, newPeriode(), oleh, over));
const newForum = (unitId: string, oleh: string, over: Partial<ForumKonsultasi> = {}) =>
	toDocument('forumKonsultasi', forumKonsultasi(unitId, newPeriode(), oleh, over));

/** Who writes OPD X's follow-up: the admin and OPD X's own staff. */
const WRITE_X: Record<Who, Expectation> = {
	anonymous: ANONYMOUS,
	admin: CAN,
	enumA: NON_MEMBER,
	enumB: NON_MEMBER,
	opdX: CAN,
	opdY: refused('akses.bukanUnitAnda'),
	reviewer: refused('akses.hanyaBaca')
};

function readCase(): Case[] {
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
			apa: "reads OPD X's RTL",
			jalankan: async (c, admin) => getDoc(c, REALISASI, (await storedRtl(admin))._id),
			harapan: read[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "reads OPD X's forum record",
			jalankan: async (c, admin) => getDoc(c, REALISASI, (await storedForum(admin))._id),
			harapan: read[siapa]
		})),
		{
			siapa: 'anonymous',
			apa: 'lists the documents of rapor-realisasi',
			jalankan: async (c, admin) => {
				await storedRtl(admin);
				return c.raw('GET', `/${REALISASI}/_all_docs`, undefined, { include_docs: 'true' });
			},
			harapan: ANONYMOUS
		}
	];
}

function writeCase(): Case[] {
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'creates the RTL of OPD X in their own name',
			jalankan: (c) => putDoc(c, REALISASI, newRtl(OPD_X, nameOf(siapa))),
			harapan: WRITE_X[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'records a forum of OPD X in their own name',
			jalankan: (c) => putDoc(c, REALISASI, newForum(OPD_X, nameOf(siapa))),
			harapan: WRITE_X[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "saves OPD X's RTL again, appending their own entry",
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, saveRtl(await storedRtl(admin), nameOf(siapa))),
			harapan: WRITE_X[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "saves OPD X's forum record again, appending their own entry",
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, saveForum(await storedForum(admin), nameOf(siapa))),
			harapan: WRITE_X[siapa]
		})),
		{
			siapa: 'admin',
			apa: 'creates the RTL of OPD Y',
			jalankan: (c) => putDoc(c, REALISASI, newRtl(OPD_Y, 'admin-app')),
			harapan: CAN
		},
		{
			siapa: 'admin',
			apa: 'records a forum of OPD Y',
			jalankan: (c) => putDoc(c, REALISASI, newForum(OPD_Y, 'admin-app')),
			harapan: CAN
		},
		{
			siapa: 'opdY',
			apa: 'creates the RTL of their own OPD',
			jalankan: (c) => putDoc(c, REALISASI, newRtl(OPD_Y, 'staf-y')),
			harapan: CAN
		},
		{
			siapa: 'opdX',
			apa: 'saves their RTL offline (a replicated child revision)',
			jalankan: async (c, admin) =>
				replicate(
					c,
					REALISASI,
					childRevision(saveRtl(await storedRtl(admin), 'staf-x'), 'a'.repeat(32))
				),
			harapan: CAN
		}
	];
}

function idAndUnitCase(): Case[] {
	/** A new RTL of OPD X under the id `id`. */
	const underId = (oleh: string, id: (periodeId: string) => string) => {
		const d = newRtl(OPD_X, oleh);
		return toDocument('rtl', { ...rtl(OPD_X, d.periodeId, oleh), id: id(d.periodeId) });
	};
	return [
		{
			siapa: 'opdX',
			apa: 'creates an RTL whose id is not "<unitId>:<periodeId>"',
			jalankan: (c) =>
				putDoc(
					c,
					REALISASI,
					underId('staf-x', (p) => `rtl-${OPD_X}-${p}`)
				),
			harapan: refused('dokumen.idRtl')
		},
		{
			siapa: 'opdX',
			apa: "creates their RTL under OPD Y's id",
			jalankan: (c) =>
				putDoc(
					c,
					REALISASI,
					underId('staf-x', (p) => `${OPD_Y}:${p}`)
				),
			harapan: refused('dokumen.idRtl')
		},
		{
			siapa: 'admin',
			apa: 'creates an RTL whose id names another period',
			jalankan: (c) =>
				putDoc(
					c,
					REALISASI,
					underId('admin-app', () => `${OPD_X}:2026-TW1`)
				),
			harapan: refused('dokumen.idRtl')
		},
		{
			siapa: 'opdX',
			apa: 'moves their RTL to OPD Y',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...saveRtl(await storedRtl(admin), 'staf-x'), unitId: OPD_Y }),
			harapan: refused('akses.unitBerubah')
		},
		{
			siapa: 'opdX',
			apa: 'moves their RTL to another period',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...saveRtl(await storedRtl(admin), 'staf-x'),
					periodeId: newPeriode()
				}),
			harapan: refused('akses.unitBerubah')
		},
		{
			siapa: 'admin',
			apa: "moves OPD X's RTL to OPD Y",
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...saveRtl(await storedRtl(admin), 'admin-app'), unitId: OPD_Y }),
			harapan: refused('akses.unitBerubah')
		},
		{
			siapa: 'opdX',
			apa: 'moves their forum record to OPD Y',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, { ...saveForum(await storedForum(admin), 'staf-x'), unitId: OPD_Y }),
			harapan: refused('akses.unitBerubah')
		},
		{
			siapa: 'opdX',
			apa: 'moves their forum record to another period',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...saveForum(await storedForum(admin), 'staf-x'),
					periodeId: newPeriode()
				}),
			harapan: refused('akses.unitBerubah')
		},
		{
			siapa: 'opdY',
			apa: "forges a branch of OPD X's RTL that shares no history with the server",
			jalankan: async (c, admin) =>
				replicate(c, REALISASI, forgedBranch(saveRtl(await storedRtl(admin), 'staf-y'), 9)),
			harapan: refused('akses.bukanUnitAnda')
		},
		{
			siapa: 'opdX',
			apa: 'pushes the RTL a second device of theirs also created offline (a new branch)',
			jalankan: async (c, admin) => {
				const r = await storedRtl(admin);
				const other = toDocument('rtl', {
					...rtl(OPD_X, r.periodeId, 'staf-x'),
					riwayat: [followUpEntry('staf-x', LATER)]
				});
				return replicate(c, REALISASI, forgedBranch(other, 1, 'c'.repeat(32)));
			},
			harapan: CAN
		},
		{
			siapa: 'opdY',
			apa: "forges a branch of OPD X's forum record, moved to OPD Y, to win over it",
			jalankan: async (c, admin) => {
				const f = await storedForum(admin);
				const moved = { ...saveForum(f, 'staf-y'), unitId: OPD_Y };
				return replicate(c, REALISASI, forgedBranch(moved, 9));
			},
			harapan: refused('akses.unitBerubah')
		}
	];
}

function riwayatCase(): Case[] {
	/** OPD X's RTL saved by the admin, then by OPD X's staff. */
	const twoEntries = (admin: CouchClient) =>
		storedRtl(admin, OPD_X, {
			riwayat: [followUpEntry('admin-app'), followUpEntry('staf-x', '2026-03-01T08:00:00+07:00')]
		});
	return [
		{
			siapa: 'opdX',
			apa: 'removes an earlier history entry while saving',
			jalankan: async (c, admin) => {
				const r = await twoEntries(admin);
				return putDoc(c, REALISASI, {
					...saveRtl(r, 'staf-x'),
					riwayat: [r.riwayat[1]!, followUpEntry('staf-x', LATER)]
				});
			},
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'saves with only their own entry left in the history',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, {
					...saveRtl(await twoEntries(admin), 'staf-x'),
					riwayat: [followUpEntry('staf-x', LATER)]
				}),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'edits an earlier history entry while saving',
			jalankan: async (c, admin) => {
				const saved = saveRtl(await twoEntries(admin), 'staf-x');
				saved.riwayat[0] = followUpEntry('staf-x');
				return putDoc(c, REALISASI, saved);
			},
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'changes their RTL without a new history entry',
			jalankan: async (c, admin) => {
				const r = await storedRtl(admin);
				return putDoc(c, REALISASI, { ...saveRtl(r, 'staf-x'), riwayat: r.riwayat });
			},
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'changes their forum record without a new history entry',
			jalankan: async (c, admin) => {
				const f = await storedForum(admin);
				return putDoc(c, REALISASI, { ...saveForum(f, 'staf-x'), riwayat: f.riwayat });
			},
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'records their change in the name of another OPD’s staff',
			jalankan: async (c, admin) => putDoc(c, REALISASI, saveRtl(await storedRtl(admin), 'staf-y')),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'records their change in the name of the admin',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, saveForum(await storedForum(admin), 'admin-app')),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'admin',
			apa: 'records a change in the name of OPD X’s staff',
			jalankan: async (c, admin) => putDoc(c, REALISASI, saveRtl(await storedRtl(admin), 'staf-x')),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'creates their RTL with a history in the name of the admin',
			jalankan: (c) => putDoc(c, REALISASI, newRtl(OPD_X, 'admin-app')),
			harapan: refused('akses.riwayat')
		},
		{
			siapa: 'opdX',
			apa: 'appends their own entry to a history of two',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, saveRtl(await twoEntries(admin), 'staf-x')),
			harapan: CAN
		},
		{
			siapa: 'opdX',
			apa: "saves a merged history (the admin's offline entry, then their own)",
			jalankan: async (c, admin) => {
				const r = await storedRtl(admin);
				return putDoc(c, REALISASI, {
					...saveRtl(r, 'staf-x'),
					riwayat: [
						...r.riwayat,
						followUpEntry('admin-app', '2026-04-30T09:00:00+07:00'),
						followUpEntry('staf-x', LATER)
					]
				});
			},
			harapan: CAN
		},
		{
			siapa: 'admin',
			apa: "saves a merged forum history (OPD X's offline entry, then their own)",
			jalankan: async (c, admin) => {
				const f = await storedForum(admin);
				return putDoc(c, REALISASI, {
					...saveForum(f, 'admin-app'),
					riwayat: [
						...f.riwayat,
						followUpEntry('staf-x', '2026-04-30T09:00:00+07:00'),
						followUpEntry('admin-app', LATER)
					]
				});
			},
			harapan: CAN
		},
		{
			siapa: 'opdX',
			apa: "saves a merged history ending with the admin's entry",
			jalankan: async (c, admin) => {
				const r = await storedRtl(admin);
				return putDoc(c, REALISASI, {
					...saveRtl(r, 'staf-x'),
					riwayat: [
						...r.riwayat,
						followUpEntry('staf-x', '2026-04-30T09:00:00+07:00'),
						followUpEntry('admin-app', LATER)
					]
				});
			},
			harapan: refused('akses.riwayat')
		}
	];
}

function schemaCase(): Case[] {
	const firstRow = (d: StoredRtl, over: Record<string, unknown>) => ({
		...d,
		butir: [{ ...d.butir[0]!, ...over }, ...d.butir.slice(1)]
	});
	return [
		{
			siapa: 'opdX',
			apa: 'saves an RTL row with an empty program',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					firstRow(saveRtl(await storedRtl(admin), 'staf-x'), { program: '   ' })
				),
			harapan: refused('err.rtlProgram')
		},
		{
			siapa: 'opdX',
			apa: 'saves an RTL row without a triwulan',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, firstRow(saveRtl(await storedRtl(admin), 'staf-x'), { triwulan: [] })),
			harapan: refused('err.rtlTriwulan')
		},
		{
			siapa: 'opdX',
			apa: 'saves an RTL row without a person in charge',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					firstRow(saveRtl(await storedRtl(admin), 'staf-x'), { penanggungJawab: '' })
				),
			harapan: refused('err.rtlPenanggungJawab')
		},
		{
			siapa: 'opdX',
			apa: 'saves an RTL row with an unknown progress',
			jalankan: async (c, admin) =>
				putDoc(
					c,
					REALISASI,
					firstRow(saveRtl(await storedRtl(admin), 'staf-x'), { progres: 'tertunda' })
				),
			harapan: refused('err.rtlProgres')
		},
		{
			siapa: 'opdX',
			apa: 'creates an RTL without rows',
			jalankan: (c) => putDoc(c, REALISASI, newRtl(OPD_X, 'staf-x', { butir: [] })),
			harapan: refused('err.rtlKosong')
		},
		{
			siapa: 'opdX',
			apa: 'creates an RTL with a field the schema does not know',
			jalankan: (c) => putDoc(c, REALISASI, { ...newRtl(OPD_X, 'staf-x'), anggaran: 5_000_000 }),
			harapan: refused('err.tidakValid')
		},
		{
			siapa: 'opdX',
			apa: 'saves an RTL row with a field the schema does not know',
			jalankan: async (c, admin) =>
				putDoc(c, REALISASI, firstRow(saveRtl(await storedRtl(admin), 'staf-x'), { biaya: 1 })),
			harapan: refused('err.tidakValid')
		},
		{
			siapa: 'opdX',
			apa: 'records a forum nobody attended',
			jalankan: (c) => putDoc(c, REALISASI, newForum(OPD_X, 'staf-x', { peserta: 0 })),
			harapan: refused('err.forumPeserta')
		},
		{
			siapa: 'opdX',
			apa: 'records a forum with an empty agreed action',
			jalankan: (c) =>
				putDoc(c, REALISASI, newForum(OPD_X, 'staf-x', { kesepakatan: [{ teks: ' ' }] })),
			harapan: refused('err.forumKesepakatan')
		},
		{
			siapa: 'opdX',
			apa: 'records a forum with a field the schema does not know',
			jalankan: (c) =>
				putDoc(c, REALISASI, { ...newForum(OPD_X, 'staf-x'), daftarHadir: ['Budi', 'Sari'] }),
			harapan: refused('err.tidakValid')
		}
	];
}

function removeCase(): Case[] {
	const remove: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: NON_MEMBER,
		enumB: NON_MEMBER,
		opdX: CAN,
		opdY: refused('akses.bukanUnitAnda'),
		reviewer: refused('akses.hapus')
	};
	/** OPD X's RTL with two branches, as two offline saves leave it; `kalah` loses. */
	const branched = async (admin: CouchClient) => {
		const r = await storedRtl(admin);
		const kalah = childRevision(saveRtl(r, 'staf-x'), 'a'.repeat(32));
		const menang = childRevision(saveRtl(r, 'admin-app'), 'b'.repeat(32));
		for (const d of [kalah, menang]) {
			const res = await replicate(admin, REALISASI, d);
			if (res.status !== 201) throw new Error(JSON.stringify(res.body));
		}
		return kalah;
	};
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "deletes a revision of OPD X's RTL",
			jalankan: async (c, admin) => {
				const r = await storedRtl(admin);
				return deleteDoc(c, REALISASI, r._id, r._rev!);
			},
			harapan: remove[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "closes the losing branch of OPD X's conflicted RTL (replicated tombstone)",
			jalankan: async (c, admin) => replicate(c, REALISASI, tombstoneOf(await branched(admin))),
			harapan: remove[siapa]
		})),
		{
			siapa: 'opdX',
			apa: 'deletes a forum record of their OPD',
			jalankan: async (c, admin) => {
				const f = await storedForum(admin);
				return deleteDoc(c, REALISASI, f._id, f._rev!);
			},
			harapan: CAN
		},
		{
			siapa: 'opdY',
			apa: "deletes OPD X's forum record",
			jalankan: async (c, admin) => {
				const f = await storedForum(admin);
				return deleteDoc(c, REALISASI, f._id, f._rev!);
			},
			harapan: refused('akses.bukanUnitAnda')
		},
		{
			siapa: 'opdX',
			apa: 'deletes their RTL carrying an attachment',
			jalankan: async (c, admin) => {
				const r = await storedRtl(admin);
				return putDoc(c, REALISASI, {
					_id: r._id,
					_rev: r._rev,
					_deleted: true,
					_attachments: { 'a.txt': { content_type: 'text/plain', data: 'eA==' } }
				});
			},
			harapan: refused('akses.lampiran')
		}
	];
}

matrix('SKM follow-up (RTL, forum konsultasi)', [
	...readCase(),
	...writeCase(),
	...idAndUnitCase(),
	...riwayatCase(),
	...schemaCase(),
	...removeCase()
]);
