/**
 * Role × operation matrix, part 2: SKM responses and their corrections and voids, including
 * forged authors and units, changes to saved responses, and a batch with one refused document.
 */
import { expect, it } from 'vitest';
import { toDocument } from '../../src/lib/domain/document.ts';
import {
	cancel,
	clientOf,
	koreksiDoc,
	response,
	UNIT_A,
	UNIT_B,
	unit,
	type Who
} from './helpers/factories.ts';
import {
	ANONYMOUS,
	CAN,
	NON_MEMBER,
	bulkDocs,
	deleteDoc,
	refused,
	expectOutcome,
	putDoc,
	seed,
	type Expectation,
	type StoredDoc
} from './helpers/http.ts';
import { matrix, accountName, responseDoc, EVERYONE, SKM, type Case } from './helpers/matrix.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';

/** SKM responses: created by enumerators for their units, in their own name, never changed. */
function responseCases(): Case[] {
	const forUnitA: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: CAN,
		enumB: refused('akses.bukanUnitAnda'),
		opdX: NON_MEMBER,
		opdY: NON_MEMBER,
		reviewer: refused('akses.hanyaBaca')
	};
	const own = (siapa: Who) => (siapa === 'anonymous' ? 'enum-a' : accountName(siapa));
	return [
		...EVERYONE.map((siapa): Case => ({
			siapa,
			apa: 'records a response for unit A in their own name',
			jalankan: (c) =>
				putDoc(c, SKM, responseDoc(UNIT_A, siapa === 'admin' ? 'enum-a' : own(siapa))),
			harapan: forUnitA[siapa]
		})),
		{
			siapa: 'enumA',
			apa: 'records a kiosk response (no enumerator) for unit A',
			jalankan: (c) => putDoc(c, SKM, responseDoc(UNIT_A, undefined)),
			harapan: CAN
		},
		{
			siapa: 'enumA',
			apa: 'forges another enumerator as the interviewer',
			jalankan: (c) => putDoc(c, SKM, responseDoc(UNIT_A, 'enum-b')),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'enumA',
			apa: 'forges a response for unit B',
			jalankan: (c) => putDoc(c, SKM, responseDoc(UNIT_B, 'enum-a')),
			harapan: refused('akses.bukanUnitAnda')
		},
		{
			siapa: 'enumA',
			apa: 'posts an imported response as if from the admin',
			jalankan: (c) =>
				putDoc(c, SKM, toDocument('response', response(UNIT_A, undefined, { sumber: 'impor' }))),
			harapan: refused('akses.sumber')
		},
		{
			siapa: 'enumA',
			apa: 'posts an answer of 5',
			jalankan: (c) => {
				const r = response(UNIT_A, 'enum-a');
				return putDoc(c, SKM, { ...toDocument('response', r), jawaban: { ...r.jawaban, u3: 5 } });
			},
			harapan: refused('err.skor')
		},
		{
			siapa: 'enumA',
			apa: 'posts a response without its periode',
			jalankan: (c) => {
				const tanpaPeriode: StoredDoc = { ...toDocument('response', response(UNIT_A, 'enum-a')) };
				delete tanpaPeriode.periodeId;
				return putDoc(c, SKM, tanpaPeriode);
			},
			harapan: refused('err.periode')
		},
		{
			siapa: 'enumA',
			apa: 'posts a response whose _id does not match its id',
			jalankan: (c) => putDoc(c, SKM, { ...responseDoc(UNIT_A, 'enum-a'), _id: 'response:lain' }),
			harapan: refused('dokumen.id')
		},
		{
			siapa: 'enumA',
			apa: 'posts a unit into rapor-skm',
			jalankan: (c) => putDoc(c, SKM, unit('nyasar', 'upt', false)),
			harapan: refused('dokumen.jenis')
		},
		{
			siapa: 'enumA',
			apa: 'changes their own saved response',
			jalankan: async (c, admin) => {
				const saved = await seed(c, SKM, responseDoc(UNIT_A, 'enum-a'));
				void admin;
				return putDoc(c, SKM, { ...saved, saran: 'diubah' });
			},
			harapan: refused('akses.tulisSekali')
		},
		{
			siapa: 'enumA',
			apa: 'sends their own saved response again unchanged (a retried sync)',
			jalankan: async (c) => putDoc(c, SKM, await seed(c, SKM, responseDoc(UNIT_A, 'enum-a'))),
			harapan: CAN
		},
		{
			siapa: 'enumA',
			apa: "changes enumerator B's response",
			jalankan: async (c, admin) => {
				const saved = await seed(admin, SKM, responseDoc(UNIT_B, 'enum-b'));
				return putDoc(c, SKM, { ...saved, unitId: UNIT_A, enumerator: 'enum-a' });
			},
			harapan: refused('akses.tulisSekali')
		},
		{
			siapa: 'enumA',
			apa: 'deletes their own response',
			jalankan: async (c) => {
				const saved = await seed(c, SKM, responseDoc(UNIT_A, 'enum-a'));
				return deleteDoc(c, SKM, saved._id, saved._rev!);
			},
			harapan: refused('akses.hapus')
		},
		{
			siapa: 'admin',
			apa: 'deletes a response',
			jalankan: async (c) => {
				const saved = await seed(c, SKM, responseDoc(UNIT_A, 'enum-a'));
				return deleteDoc(c, SKM, saved._id, saved._rev!);
			},
			harapan: CAN
		},
		{
			siapa: 'admin',
			apa: 'changes a saved response',
			jalankan: async (c) => {
				const saved = await seed(c, SKM, responseDoc(UNIT_A, 'enum-a'));
				return putDoc(c, SKM, { ...saved, saran: 'diubah' });
			},
			harapan: refused('akses.tulisSekali')
		}
	];
}

/** Corrections and voids: by the enumerator who recorded the response. */
function koreksi(): Case[] {
	const voidOf = (
		c: CouchClient,
		admin: CouchClient,
		unitId: string,
		enumerator: string,
		by: string
	) =>
		seed(admin, SKM, responseDoc(unitId, enumerator)).then((saved) =>
			putDoc(c, SKM, koreksiDoc(cancel(String(saved.id), by), { unitId, enumerator }))
		);
	return [
		{
			siapa: 'enumA',
			apa: 'voids a response they recorded',
			jalankan: (c, admin) => voidOf(c, admin, UNIT_A, 'enum-a', 'enum-a'),
			harapan: CAN
		},
		{
			siapa: 'enumB',
			apa: "voids enumerator A's response",
			jalankan: (c, admin) => voidOf(c, admin, UNIT_A, 'enum-a', 'enum-b'),
			harapan: refused('akses.bukanUnitAnda')
		},
		{
			siapa: 'enumA',
			apa: "voids enumerator B's response, claiming it as their own",
			jalankan: async (c, admin) => {
				const saved = await seed(admin, SKM, responseDoc(UNIT_B, 'enum-b'));
				const forged = koreksiDoc(cancel(String(saved.id), 'enum-a'), {
					unitId: UNIT_A,
					enumerator: 'enum-a'
				});
				return putDoc(c, SKM, forged);
			},
			harapan: refused('akses.koreksiTidakCocok')
		},
		{
			siapa: 'enumA',
			apa: 'voids a response the server does not have',
			jalankan: (c) =>
				putDoc(
					c,
					SKM,
					koreksiDoc(cancel('tidak-ada', 'enum-a'), { unitId: UNIT_A, enumerator: 'enum-a' })
				),
			harapan: refused('akses.koreksiTidakCocok')
		},
		{
			siapa: 'enumA',
			apa: 'voids their response in the name of someone else',
			jalankan: (c, admin) => voidOf(c, admin, UNIT_A, 'enum-a', 'enum-b'),
			harapan: refused('akses.penulisPalsu')
		},
		{
			siapa: 'enumA',
			apa: 'voids a kiosk response of their unit (no enumerator on it)',
			jalankan: async (c, admin) => {
				const saved = await seed(admin, SKM, responseDoc(UNIT_A, undefined));
				return putDoc(c, SKM, koreksiDoc(cancel(String(saved.id), 'enum-a'), { unitId: UNIT_A }));
			},
			harapan: refused('akses.bukanResponsAnda')
		},
		{
			siapa: 'enumA',
			apa: 'voids without a reason',
			jalankan: async (c, admin) => {
				const saved = await seed(admin, SKM, responseDoc(UNIT_A, 'enum-a'));
				const k = koreksiDoc(cancel(String(saved.id), 'enum-a'), {
					unitId: UNIT_A,
					enumerator: 'enum-a'
				});
				return putDoc(c, SKM, { ...k, alasan: ' ' });
			},
			harapan: refused('err.alasanBatal')
		},
		{
			siapa: 'enumA',
			apa: 'changes a saved void',
			jalankan: async (c, admin) => {
				const saved = await seed(admin, SKM, responseDoc(UNIT_A, 'enum-a'));
				const k = await seed(
					c,
					SKM,
					koreksiDoc(cancel(String(saved.id), 'enum-a'), { unitId: UNIT_A, enumerator: 'enum-a' })
				);
				return putDoc(c, SKM, { ...k, alasan: 'alasan lain' });
			},
			harapan: refused('akses.tulisSekali')
		},
		{
			siapa: 'reviewer',
			apa: 'voids a response',
			jalankan: (c, admin) => voidOf(c, admin, UNIT_A, 'enum-a', 'reviewer-1'),
			harapan: refused('akses.hanyaBaca')
		},
		{
			siapa: 'admin',
			apa: 'voids any response',
			jalankan: (c, admin) => voidOf(c, admin, UNIT_B, 'enum-b', 'admin-app'),
			harapan: CAN
		}
	];
}

const server = matrix('SKM responses and koreksi', [...responseCases(), ...koreksi()]);

it('takes the good documents of a batch and names the refused ones', async () => {
	const good = [responseDoc(UNIT_A, 'enum-a'), responseDoc(UNIT_A, 'enum-a')];
	const bad = responseDoc(UNIT_B, 'enum-a');
	const res = await bulkDocs(clientOf(server().anonymous, 'enumA'), SKM, [good[0]!, bad, good[1]!]);
	const results = res.body as { id: string; ok?: boolean; error?: string; reason?: string }[];
	const byId = new Map(results.map((r) => [r.id, r]));
	for (const g of good) expectOutcome({ ...res, status: byId.get(g._id)?.ok ? 201 : 403 }, CAN);
	expectOutcome(
		{ ...res, status: 403, body: byId.get(bad._id) ?? null },
		refused('akses.bukanUnitAnda')
	);
	expect(results.map((r) => r.id)).toEqual([good[0]!._id, bad._id, good[1]!._id]);
});
