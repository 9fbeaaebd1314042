/**
 * Role × operation matrix, part 4: requests that go around the documents: accounts, security
 * objects, design documents, databases, attachments, and branches forged through replication.
 */
import { OPD_X, makeHistory, UNIT_A, UNIT_B } from './helpers/factories.ts';
import {
	ANONYMOUS,
	CAN,
	NON_MEMBER,
	bulkDocs,
	refused,
	forgedBranch,
	getDoc,
	putDoc,
	replicate,
	seed,
	type StoredDoc
} from './helpers/http.ts';
import { entry, MASTER, matrix, REALISASI, responseDoc, SKM, type Case } from './helpers/matrix.ts';

/** Requests that go around the documents: design docs, security, accounts, attachments. */
function systemCases(): Case[] {
	const design = { _id: '_design/curang', validate_doc_update: 'function () {}' };
	return [
		{
			siapa: 'anonymous',
			apa: 'lists all databases',
			jalankan: (c) => c.raw('GET', '/_all_dbs'),
			harapan: ANONYMOUS
		},
		{
			siapa: 'enumA',
			apa: 'lists all databases',
			jalankan: (c) => c.raw('GET', '/_all_dbs'),
			harapan: refused('akses.hanyaAdmin')
		},
		{
			siapa: 'anonymous',
			apa: 'signs up in _users',
			jalankan: (c) =>
				c.raw('PUT', '/_users/org.couchdb.user:penyusup', {
					_id: 'org.couchdb.user:penyusup',
					name: 'penyusup',
					type: 'user',
					roles: ['admin'],
					password: 'rahasia-sekali'
				}),
			harapan: ANONYMOUS
		},
		{
			siapa: 'enumA',
			apa: 'gives themselves the admin role in their user document',
			jalankan: async (c) => {
				const own = await c.raw('GET', '/_users/org.couchdb.user:enum-a');
				const body = (own.body ?? {}) as StoredDoc;
				return c.raw('PUT', '/_users/org.couchdb.user:enum-a', { ...body, roles: ['admin'] });
			},
			harapan: refused('akses.hanyaAdmin')
		},
		{
			siapa: 'enumA',
			apa: 'reaches _users through a percent-encoded path',
			jalankan: (c) => c.raw('GET', '/%5Fusers/org.couchdb.user:enum-a'),
			harapan: refused('akses.hanyaAdmin')
		},
		{
			siapa: 'enumA',
			apa: 'rewrites the security object through _local/_security',
			jalankan: (c) =>
				c.raw('PUT', `/${SKM}/_local/_security`, {
					security: { members: { roles: ['enumerator'] } }
				}),
			harapan: refused('akses.hanyaAdmin')
		},
		{
			siapa: 'enumA',
			apa: 'rewrites the security object through _bulk_docs',
			jalankan: async (c) => {
				const res = await bulkDocs(c, SKM, [{ _id: '_local/_security', security: {} }]);
				const first = (res.body as { error?: string; reason?: string }[])[0] ?? {};
				return { ...res, status: first.error ? 403 : 201, body: first };
			},
			harapan: refused('akses.hanyaAdmin')
		},
		{
			siapa: 'admin',
			apa: 'changes the security object (as an app admin, not a server admin)',
			jalankan: (c) => c.raw('PUT', `/${SKM}/_security`, { members: { roles: [] } }),
			harapan: NON_MEMBER
		},
		{
			siapa: 'enumA',
			apa: 'writes a design document (its own validation)',
			jalankan: (c) => putDoc(c, SKM, design),
			harapan: NON_MEMBER
		},
		{
			siapa: 'admin',
			apa: 'writes a design document (as an app admin)',
			jalankan: (c) => putDoc(c, MASTER, design),
			harapan: NON_MEMBER
		},
		{
			siapa: 'admin',
			apa: 'creates a database (as an app admin)',
			jalankan: (c) => c.raw('PUT', '/rapor-lain'),
			harapan: refused('akses.hanyaAdmin')
		},
		{
			siapa: 'enumA',
			apa: 'deletes the SKM database',
			jalankan: (c) => c.raw('DELETE', `/${SKM}`),
			harapan: refused('akses.hanyaAdmin')
		},
		{
			siapa: 'enumA',
			apa: 'attaches a file to their response',
			jalankan: async (c) => {
				const saved = await seed(c, SKM, responseDoc(UNIT_A, 'enum-a'));
				return c.raw('PUT', `/${SKM}/${encodeURIComponent(saved._id)}/foto.txt`, 'x', {
					rev: saved._rev!
				});
			},
			harapan: refused('akses.lampiran')
		},
		{
			siapa: 'enumA',
			apa: 'creates a response carrying an attachment',
			jalankan: (c) =>
				putDoc(c, SKM, {
					...responseDoc(UNIT_A, 'enum-a'),
					_attachments: { 'a.txt': { content_type: 'text/plain', data: 'eA==' } }
				}),
			harapan: refused('akses.lampiran')
		},
		{
			siapa: 'enumA',
			apa: 'replaces their saved response by replicating a new branch of it',
			jalankan: async (c) => {
				const saved = await seed(c, SKM, responseDoc(UNIT_A, 'enum-a'));
				return replicate(c, SKM, forgedBranch({ ...saved, saran: 'diganti' }, 9));
			},
			harapan: refused('akses.tulisSekali')
		},
		{
			siapa: 'enumA',
			apa: 'replicates a response with its offline history (a first push of revision 3)',
			jalankan: (c) => replicate(c, SKM, forgedBranch(responseDoc(UNIT_A, 'enum-a'), 3)),
			harapan: CAN
		},
		{
			siapa: 'opdX',
			apa: 'reopens their verified entry by replicating a new branch of it',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'diverifikasi');
				const draft = { ...e, status: 'draft', riwayat: [makeHistory('staf-x', 'simpan')] };
				return replicate(c, REALISASI, forgedBranch(draft, 9));
			},
			harapan: refused('akses.terkunci')
		},
		{
			siapa: 'opdX',
			apa: 'replicates a draft started on a second device (becomes a conflict)',
			jalankan: async (c, admin) => {
				const e = await entry(admin, OPD_X, 'draft');
				const other = { ...e, realisasiFisik: 12, riwayat: [makeHistory('staf-x', 'simpan')] };
				return replicate(c, REALISASI, forgedBranch(other, 1));
			},
			harapan: CAN
		},
		{
			siapa: 'enumA',
			apa: 'reads a single response of another unit (reads are per database)',
			jalankan: async (c, admin) =>
				getDoc(c, SKM, (await seed(admin, SKM, responseDoc(UNIT_B, 'enum-b')))._id),
			harapan: CAN
		}
	];
}

matrix('around the documents', systemCases());
