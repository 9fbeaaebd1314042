/**
 * Role × operation matrix, part 6: the published SKM results (publikasiSkm) in rapor-master. Only
 * an admin publishes, changes or withdraws one; every signed-in role reads them; nobody reads
 * them anonymously through /db. A publication holds aggregates only: a field the schema does not
 * know (a profile, the responses, an RTL row's person in charge) is refused.
 */
import { toDocument } from '../../src/lib/domain/document.ts';
import type { PublikasiSkm } from '../../src/lib/domain/schemas.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';
import { publikasiSkm, UNIT_A, type Who } from './helpers/factories.ts';
import {
	ANONYMOUS,
	CAN,
	deleteDoc,
	getDoc,
	putDoc,
	refused,
	seed,
	type Expectation
} from './helpers/http.ts';
import { accountName, EVERYONE, MASTER, matrix, newPeriode, type Case } from './helpers/matrix.ts';

const nameOf = (siapa: Who) => (siapa === 'anonymous' ? 'siapa-saja' : accountName(siapa));

/** Unit A's result of a fresh period, as `oleh` publishes it. */
const newPublikasi = (oleh: string, over: Partial<PublikasiSkm> = {}) =>
	toDocument('publikasiSkm', publikasiSkm(UNIT_A, newPeriode(), oleh, over));

/** Unit A's result of a fresh period, published by the admin, on the server. */
const published = (admin: CouchClient) => seed(admin, MASTER, newPublikasi('admin-app'));

/** Only an admin writes master data. */
const ADMIN_ONLY: Record<Who, Expectation> = {
	anonymous: ANONYMOUS,
	admin: CAN,
	enumA: refused('akses.hanyaAdmin'),
	enumB: refused('akses.hanyaAdmin'),
	opdX: refused('akses.hanyaAdmin'),
	opdY: refused('akses.hanyaAdmin'),
	reviewer: refused('akses.hanyaAdmin')
};

function writeCase(): Case[] {
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "publishes unit A's SKM result in their own name",
			jalankan: (c) => putDoc(c, MASTER, newPublikasi(nameOf(siapa))),
			harapan: ADMIN_ONLY[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "changes unit A's published result (approves one more saran)",
			jalankan: async (c, admin) => {
				const p = await published(admin);
				return putDoc(c, MASTER, { ...p, saran: [...p.saran, 'Tambah loket khusus lansia'] });
			},
			harapan: ADMIN_ONLY[siapa]
		})),
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "withdraws unit A's published result",
			jalankan: async (c, admin) => {
				const p = await published(admin);
				return deleteDoc(c, MASTER, p._id, p._rev!);
			},
			harapan: ADMIN_ONLY[siapa]
		})),
		{
			siapa: 'admin',
			apa: "publishes the pemda's page with each unit's figures",
			jalankan: (c) =>
				putDoc(
					c,
					MASTER,
					toDocument('publikasiSkm', publikasiSkm(undefined, newPeriode(), 'admin-app'))
				),
			harapan: CAN
		}
	];
}

function readCase(): Case[] {
	const read: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: CAN,
		enumB: CAN,
		opdX: CAN,
		opdY: CAN,
		reviewer: CAN
	};
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: "reads unit A's published result",
			jalankan: async (c, admin) => getDoc(c, MASTER, (await published(admin))._id),
			harapan: read[siapa]
		})),
		{
			siapa: 'anonymous',
			apa: 'lists the documents of rapor-master',
			jalankan: async (c, admin) => {
				await published(admin);
				return c.raw('GET', `/${MASTER}/_all_docs`, undefined, { include_docs: 'true' });
			},
			harapan: ANONYMOUS
		}
	];
}

/** Aggregates only: whatever is not in the schema never reaches the public page. */
function contentCase(): Case[] {
	return [
		{
			siapa: 'admin',
			apa: "publishes a result with the respondents' profiles",
			jalankan: (c) =>
				putDoc(c, MASTER, {
					...newPublikasi('admin-app'),
					profil: { jenisKelamin: { L: 50, P: 70 } }
				}),
			harapan: refused('err.tidakValid')
		},
		{
			siapa: 'admin',
			apa: 'publishes a result with the responses themselves',
			jalankan: (c) =>
				putDoc(c, MASTER, {
					...newPublikasi('admin-app'),
					responses: [{ id: 'r-1', jawaban: { u1: 3 }, saran: 'belum disetujui' }]
				}),
			harapan: refused('err.tidakValid')
		},
		{
			siapa: 'admin',
			apa: 'publishes RTL rows with their person in charge',
			jalankan: (c) => {
				const d = newPublikasi('admin-app');
				return putDoc(c, MASTER, {
					...d,
					rtl: d.rtl.map((r) => ({ ...r, penanggungJawab: 'Kepala Subbagian Umum' }))
				});
			},
			harapan: refused('err.tidakValid')
		},
		{
			siapa: 'admin',
			apa: "publishes the pemda page with a unit's enumerators",
			jalankan: (c) => {
				const d = toDocument('publikasiSkm', publikasiSkm(undefined, newPeriode(), 'admin-app'));
				return putDoc(c, MASTER, {
					...d,
					units: d.units!.map((u) => ({ ...u, enumerator: ['enum-a'] }))
				});
			},
			harapan: refused('err.tidakValid')
		},
		{
			siapa: 'admin',
			apa: 'publishes a result without a name',
			jalankan: (c) => putDoc(c, MASTER, newPublikasi('admin-app', { nama: '  ' })),
			harapan: refused('err.nama')
		}
	];
}

matrix('published SKM results', [...writeCase(), ...readCase(), ...contentCase()]);
