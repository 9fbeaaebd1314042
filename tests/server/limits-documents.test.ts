/**
 * Documents have limits that fit them (src/lib/domain/limits.ts): no unknown fields, bounded texts
 * and lists, a bounded size per document, and a response answers at least one unsur. Reviewer and
 * admin devices pull every document, so one account must not be able to flood every phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DATABASE_DOCUMENT_BYTES_LIMIT,
	ARRAY_LIMIT,
	TEXT_LIMIT
} from '../../src/lib/domain/limits.ts';
import { toDocument } from '../../src/lib/domain/document.ts';
import { realisasiId } from '../../src/lib/domain/realisasi-status.ts';
import type { CouchResponse } from '../../sync-server/http/couch-client.ts';
import {
	clientOf,
	createAccounts,
	masterDocs,
	OPD_X,
	realisasi,
	response,
	makeHistory,
	UNIT_A
} from './helpers/factories.ts';
import { putDoc, reasonOf, seed } from './helpers/http.ts';
import { MASTER, newPeriode, REALISASI, SKM } from './helpers/matrix.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let t: TestServer;

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
	for (const d of masterDocs()) await seed(t.admin, MASTER, d);
}, 30_000);
afterAll(async () => {
	await t.close();
});

const enumA = () => clientOf(t.anonymous, 'enumA');
const opdX = () => clientOf(t.anonymous, 'opdX');
const responseWith = (extra: Record<string, unknown>) => ({
	...toDocument('response', response(UNIT_A, 'enum-a')),
	...extra
});
const entry = (extra: Record<string, unknown>) => {
	const periodeId = newPeriode();
	return {
		...toDocument('realisasi', {
			...realisasi(OPD_X, periodeId, 'draft', [makeHistory('staf-x', 'simpan')]),
			id: realisasiId(OPD_X, periodeId)
		}),
		...extra
	};
};

/**
 * Refused: by the document rules with `key`, or earlier by the request-body limit (413) when the
 * body alone is over it. Never stored.
 */
function expectRefused(res: CouchResponse, key: string): void {
	const detail = `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
	if (res.status === 413) return;
	expect(res.status, detail).toBe(403);
	expect(reasonOf(res), detail).toMatch(new RegExp(`^${key.replace('.', '\\.')}\\b`));
}

describe('limits of documents', () => {
	it('refuses a response with an unknown field, even a small one', async () => {
		expectRefused(
			await putDoc(enumA(), SKM, responseWith({ catatanRahasia: 'x' })),
			'err.tidakValid'
		);
	});

	it('refuses a response with a 20 MB unknown field', async () => {
		const res = await putDoc(enumA(), SKM, responseWith({ muatan: 'x'.repeat(20 * 1024 * 1024) }));
		expectRefused(res, 'err.tidakValid');
	});

	it('refuses an unknown field inside a document, e.g. on the profile', async () => {
		const r = responseWith({});
		const res = await putDoc(enumA(), SKM, { ...r, profil: { ...r.profil, nik: '3201' } });
		expectRefused(res, 'err.tidakValid');
	});

	it('refuses a response with 2 MB of answers to extra questions', async () => {
		const extraAnswer = Object.fromEntries(
			Array.from({ length: 1000 }, (_, i) => [`q-${i}`, 'x'.repeat(2000)])
		);
		expectRefused(
			await putDoc(enumA(), SKM, responseWith({ jawabanTambahan: extraAnswer })),
			'err.tidakValid'
		);
	});

	it('refuses a response whose nine unsur are all blank', async () => {
		const r = responseWith({});
		const empty = Object.fromEntries(Object.keys(r.jawaban).map((k) => [k, null]));
		expectRefused(await putDoc(enumA(), SKM, { ...r, jawaban: empty }), 'err.tanpaJawaban');
	});

	it('refuses a response over its size limit although each field is within its own', async () => {
		// 30 answers of 2000 three-byte characters: 180 KB of UTF-8.
		const extraAnswer = Object.fromEntries(
			Array.from({ length: ARRAY_LIMIT.jawabanTambahan }, (_, i) => [
				`q-${i}`,
				'€'.repeat(TEXT_LIMIT.jawabanTambahan)
			])
		);
		expect(180_000).toBeGreaterThan(DATABASE_DOCUMENT_BYTES_LIMIT.skm);
		expectRefused(
			await putDoc(enumA(), SKM, responseWith({ jawabanTambahan: extraAnswer })),
			'dokumen.terlaluBesar'
		);
	});

	it('accepts the fullest response the form allows in plain text', async () => {
		const extraAnswer = Object.fromEntries(
			Array.from({ length: ARRAY_LIMIT.jawabanTambahan }, (_, i) => [
				`q-${i}`,
				'x'.repeat(TEXT_LIMIT.jawabanTambahan)
			])
		);
		const res = await putDoc(
			enumA(),
			SKM,
			responseWith({ saran: 's'.repeat(TEXT_LIMIT.saran), jawabanTambahan: extraAnswer })
		);
		expect(res.status, JSON.stringify(res.body)).toBe(201);
	});

	it('refuses an entry with 20,000 indicator rows', async () => {
		const indikator = Array.from({ length: 20_000 }, (_, i) => ({
			indikatorId: `ind-${i}`,
			realisasi: i
		}));
		expectRefused(
			await putDoc(opdX(), REALISASI, entry({ indikator })),
			'err.indikatorTerlaluBanyak'
		);
	});

	it('accepts an entry with as many indicator rows as the limit allows', async () => {
		const indikator = Array.from({ length: ARRAY_LIMIT.indikatorRealisasi }, (_, i) => ({
			indikatorId: `ind-${i}`,
			realisasi: i
		}));
		const res = await putDoc(opdX(), REALISASI, entry({ indikator }));
		expect(res.status, JSON.stringify(res.body)).toBe(201);
	});

	it('refuses an unknown field on an indicator row of an entry', async () => {
		const e = entry({});
		const indikator = [{ ...e.indikator[0]!, lampiran: 'x' }];
		expectRefused(await putDoc(opdX(), REALISASI, { ...e, indikator }), 'err.tidakValid');
	});
});
