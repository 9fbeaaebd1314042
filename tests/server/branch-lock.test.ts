/**
 * A device that kept editing an old draft offline must not take over an entry the admin has
 * verified since: extending a losing branch of a verified entry is for admins only, while closing
 * that branch (how the conflict is resolved) stays open to the OPD.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument } from '../../src/lib/domain/document.ts';
import type { Realisasi } from '../../src/lib/domain/schemas.ts';
import {
	ACCOUNTS,
	clientOf,
	createAccounts,
	masterDocs,
	OPD_X,
	realisasi,
	makeHistory
} from './helpers/factories.ts';
import {
	childRevision,
	expectOutcome,
	getDoc,
	putDoc,
	reasonOf,
	replicate,
	seed,
	tombstoneOf,
	type StoredDoc
} from './helpers/http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const REALISASI = DATABASE.realisasi;
let t: TestServer;

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
	for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
});
afterAll(() => t.close());

const staff = ACCOUNTS.opdX.name;
const withChanges = (d: StoredDoc, update: Partial<Realisasi>): StoredDoc => ({ ...d, ...update });

describe('a losing draft branch of a verified entry', () => {
	it('is not extended by OPD staff, and is closed by them', async () => {
		const opd = clientOf(t.anonymous, 'opdX');
		const initial = await seed(
			t.admin,
			REALISASI,
			toDocument('realisasi', realisasi(OPD_X, '2026-TW3', 'draft', [makeHistory(staff, 'simpan')]))
		);
		// Two devices of the OPD, offline: one saves a draft, the other submits.
		const draf = withChanges(childRevision(initial, 'b'.repeat(32)), {
			realisasiFisik: 40,
			riwayat: [
				makeHistory(staff, 'simpan'),
				{ ...makeHistory(staff, 'simpan'), waktu: '2026-08-01T08:00:00+07:00' }
			]
		});
		const ajukan = withChanges(childRevision(initial, 'c'.repeat(32)), {
			status: 'diajukan',
			riwayat: [
				makeHistory(staff, 'simpan'),
				{ ...makeHistory(staff, 'ajukan'), waktu: '2026-08-01T09:00:00+07:00' }
			]
		});
		expectOutcome(await replicate(opd, REALISASI, draf), { boleh: true });
		expectOutcome(await replicate(opd, REALISASI, ajukan), { boleh: true });

		// The admin verifies the submitted version.
		const diverifikasi: StoredDoc = {
			...ajukan,
			status: 'diverifikasi',
			riwayat: [
				...(ajukan.riwayat as unknown[]),
				{ ...makeHistory('admin-app', 'verifikasi'), waktu: '2026-08-02T09:00:00+07:00' }
			]
		};
		delete diverifikasi._revisions;
		const admin = clientOf(t.anonymous, 'admin');
		expectOutcome(await putDoc(admin, REALISASI, diverifikasi), { boleh: true });

		// The draft device goes on with its old branch: refused, it would outgrow the verified one.
		const lanjut = withChanges(childRevision(draf, 'e'.repeat(32)), {
			riwayat: [
				...(draf.riwayat as unknown[]),
				{ ...makeHistory(staff, 'simpan'), waktu: '2026-08-03T08:00:00+07:00' }
			]
		} as Partial<Realisasi>);
		const res = await replicate(opd, REALISASI, lanjut);
		expect(res.status).toBe(403);
		expect(reasonOf(res)).toMatch(/^akses\.terkunci\b/);

		// Closing the old branch is fine, and leaves the verified entry alone without a conflict.
		expectOutcome(await replicate(opd, REALISASI, tombstoneOf(draf)), { boleh: true });
		const end = await t.admin.raw(
			'GET',
			`/${REALISASI}/${encodeURIComponent(initial._id)}`,
			undefined,
			{
				conflicts: 'true'
			}
		);
		expect(end.body).toMatchObject({ status: 'diverifikasi' });
		expect((end.body as { _conflicts?: unknown })._conflicts).toBeUndefined();
		expect((await getDoc(t.admin, REALISASI, initial._id)).status).toBe(200);
	});
});
