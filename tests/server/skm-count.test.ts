/**
 * GET /api/skm/jumlah: a unit's respondent count as the server holds it, for every signed-in
 * account whatever its role (an enumerator pulls only their own responses, OPD staff none), with
 * voided responses left out, and nothing in the answer but counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument } from '../../src/lib/domain/document.ts';
import {
	ACCOUNTS,
	cancel,
	clientOf,
	createAccounts,
	koreksiDoc,
	masterDocs,
	passwordOf,
	realisasi,
	response,
	makeHistory,
	UNIT_A,
	UNIT_B,
	OPD_X
} from './helpers/factories.ts';
import { seed } from './helpers/http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import type { SkmResponse } from '../../src/lib/domain/schemas.ts';

const PERIODE = '2026-TW1';
const OTHER_PERIODE = '2026-TW2';

let t: TestServer;
const cookies: Partial<Record<keyof typeof ACCOUNTS, string>> = {};

async function login(siapa: keyof typeof ACCOUNTS): Promise<string> {
	const name = ACCOUNTS[siapa].name;
	const res = await t.anonymous.raw('POST', '/_session', { name, password: passwordOf(name) });
	expect(res.status).toBe(200);
	const cookie = /AuthSession=[^;]*/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
	expect(cookie).not.toBe('');
	return cookie;
}

async function count(query: string, headers: Record<string, string> = {}, method = 'GET') {
	const res = await fetch(`${t.running.url}/api/skm/jumlah${query}`, { method, headers });
	const text = await res.text();
	return { status: res.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

const actingAs = (siapa: keyof typeof ACCOUNTS) => ({ cookie: cookies[siapa]! });

/** Writes a response as its enumerator (the admin for kiosk ones) and returns it. */
async function record(
	unitId: string,
	siapa: 'enumA' | 'enumB' | null,
	overrides: Partial<SkmResponse> = {}
) {
	const r = response(unitId, siapa ? ACCOUNTS[siapa].name : undefined, overrides);
	await seed(clientOf(t.anonymous, siapa ?? 'admin'), DATABASE.skm, toDocument('response', r));
	return r;
}

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
	for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
	for (const siapa of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[])
		cookies[siapa] = await login(siapa);
}, 120_000);
afterAll(async () => {
	await t?.close();
});

describe('respondent counts per unit from the server', () => {
	it('counts every enumerator’s and the kiosk’s responses of the period, per unit, for every role', async () => {
		for (let i = 0; i < 3; i++) await record(UNIT_A, 'enumA');
		await record(UNIT_A, null);
		for (let i = 0; i < 2; i++) await record(UNIT_B, 'enumB');
		await record(UNIT_A, 'enumA', { periodeId: OTHER_PERIODE, waktu: '2026-05-04T10:00:00+07:00' });

		for (const siapa of ['enumA', 'enumB', 'opdX', 'reviewer', 'admin'] as const) {
			const res = await count(`?periode=${PERIODE}`, actingAs(siapa));
			expect(res.status, siapa).toBe(200);
			expect(res.body, siapa).toMatchObject({
				periode: PERIODE,
				unit: { [UNIT_A]: 4, [UNIT_B]: 2 }
			});
		}
		const other = await count(`?periode=${OTHER_PERIODE}`, actingAs('enumB'));
		expect(other.body.unit).toEqual({ [UNIT_A]: 1 });
	});

	it('says when the server counted, as an ISO time', async () => {
		const before = Date.now();
		const res = await count(`?periode=${PERIODE}`, actingAs('enumA'));
		const time = Date.parse(String(res.body.waktu));
		expect(time).toBeGreaterThanOrEqual(before - 1_000);
		expect(time).toBeLessThanOrEqual(Date.now() + 1_000);
	});

	it('follows new responses as they arrive', async () => {
		const before = await count(`?periode=${PERIODE}`, actingAs('enumA'));
		await record(UNIT_B, 'enumB');
		const after = await count(`?periode=${PERIODE}`, actingAs('enumA'));
		const unitB = (x: typeof before) => (x.body.unit as Record<string, number>)[UNIT_B] ?? 0;
		expect(unitB(after)).toBe(unitB(before) + 1);
	});

	it('leaves voided responses out, once each, and ignores a void that does not match its response', async () => {
		const periode = '2026-TW3';
		const time = '2026-08-04T10:00:00+07:00';
		const [a1, a2] = [
			await record(UNIT_A, 'enumA', { periodeId: periode, waktu: time }),
			await record(UNIT_A, 'enumA', { periodeId: periode, waktu: time }),
			await record(UNIT_A, 'enumA', { periodeId: periode, waktu: time })
		];
		const b1 = await record(UNIT_B, 'enumB', { periodeId: periode, waktu: time });
		const enumA = clientOf(t.anonymous, 'enumA');
		const enumB = clientOf(t.anonymous, 'enumB');
		// a1 voided twice (two devices), a2 corrected (still counts), b1 voided: the only one of its unit.
		await seed(enumA, DATABASE.skm, koreksiDoc(cancel(a1!.id, 'enum-a'), a1!));
		await seed(enumA, DATABASE.skm, koreksiDoc(cancel(a1!.id, 'enum-a'), a1!));
		await seed(
			enumA,
			DATABASE.skm,
			koreksiDoc(
				{
					id: `k-${a2!.id}`,
					responseId: a2!.id,
					jenis: 'koreksi',
					waktu: time,
					oleh: 'enum-a',
					saran: 'diperbaiki'
				},
				a2!
			)
		);
		await seed(enumB, DATABASE.skm, koreksiDoc(cancel(b1.id, 'enum-b'), b1));
		// Written by the server admin (a restore, say) with another unit: devices never apply it.
		await seed(t.admin, DATABASE.skm, koreksiDoc(cancel(a2!.id, 'admin-app'), { unitId: UNIT_B }));

		const res = await count(`?periode=${periode}`, actingAs('opdX'));
		expect(res.status).toBe(200);
		expect(res.body.unit).toEqual({ [UNIT_A]: 2 });
	});

	it('answers counts only: no response, no name, nothing of the other databases', async () => {
		const rahasia = 'rahasia-realisasi-x';
		await seed(
			t.admin,
			DATABASE.realisasi,
			toDocument(
				'realisasi',
				realisasi(OPD_X, PERIODE, 'draft', [makeHistory('staf-x', 'simpan', rahasia)])
			)
		);
		const res = await count(`?periode=${PERIODE}`, actingAs('enumB'));
		expect(Object.keys(res.body).sort()).toEqual(['periode', 'unit', 'waktu']);
		const unit = res.body.unit as Record<string, unknown>;
		expect(Object.keys(unit).sort()).toEqual([UNIT_A, UNIT_B].sort());
		for (const n of Object.values(unit)) expect(Number.isInteger(n)).toBe(true);
		for (const bocor of ['enum-a', 'enum-b', 'response:', 'jawaban', rahasia, OPD_X]) {
			expect(res.text).not.toContain(bocor);
		}
		expect(res.body.unit).not.toHaveProperty(OPD_X);
	});
});

describe('who may ask, and how', () => {
	it('refuses a request without a session with 401', async () => {
		const res = await count(`?periode=${PERIODE}`);
		expect(res.status).toBe(401);
		expect(String(res.body.reason)).toMatch(/^akses\.perluLogin: /);
		expect(res.text).not.toContain(UNIT_A);
	});

	it('refuses a forged or logged-out session cookie with 401', async () => {
		expect((await count(`?periode=${PERIODE}`, { cookie: 'AuthSession=abc' })).status).toBe(401);
		const cookie = await login('reviewer');
		const out = await t.anonymous.as(undefined, cookie).raw('DELETE', '/_session');
		expect(out.status).toBe(200);
		expect((await count(`?periode=${PERIODE}`, { cookie })).status).toBe(401);
	});

	it('does not read Basic credentials (no way around the login lockout)', async () => {
		const name = ACCOUNTS.enumA.name;
		const basic = Buffer.from(`${name}:${passwordOf(name)}`).toString('base64');
		const res = await count(`?periode=${PERIODE}`, { authorization: `Basic ${basic}` });
		expect(res.status).toBe(401);
	});

	it('refuses a missing or malformed periode with 400 and a reason key', async () => {
		for (const query of ['', '?periode=2026-TW5', '?periode=2026', '?periode=x%22%7D']) {
			const res = await count(query, actingAs('enumA'));
			expect(res.status, query).toBe(400);
			expect(String(res.body.reason), query).toMatch(/^skm\.periodeTidakValid: /);
		}
	});

	it('takes only GET and HEAD, and knows no other /api route', async () => {
		const post = await count(`?periode=${PERIODE}`, actingAs('admin'), 'POST');
		expect(post.status).toBe(405);
		const other = await fetch(`${t.running.url}/api/skm/respons`, { headers: actingAs('admin') });
		expect(other.status).toBe(404);
		expect(other.headers.get('content-type')).toMatch(/json/);
	});
});
