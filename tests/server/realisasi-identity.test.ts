/**
 * One realisation entry per OPD and triwulan is a property of the data: the entry's id is derived
 * from its unit and triwulan (realisasiId), and the server refuses an entry under any other id, so
 * a second entry can never displace a verified one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocument } from '../../src/lib/domain/document.ts';
import { realisasiId } from '../../src/lib/domain/realisasi-status.ts';
import {
	clientOf,
	createAccounts,
	masterDocs,
	OPD_X,
	realisasi,
	makeHistory
} from './helpers/factories.ts';
import { expectOutcome, refused, putDoc, replicate, seed, CAN } from './helpers/http.ts';
import { entry, MASTER, newPeriode, REALISASI } from './helpers/matrix.ts';
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

/** A new draft of OPD X for `periodeId`, stored under the domain id `id`. */
const draftWith = (id: string, periodeId: string) =>
	toDocument('realisasi', {
		...realisasi(OPD_X, periodeId, 'draft', [makeHistory('staf-x', 'simpan')]),
		id
	});

describe('one realisation entry per OPD and triwulan', () => {
	it('derives the entry id from the unit and the triwulan', () => {
		expect(realisasiId(OPD_X, '2026-TW3')).toBe('dinas-x:2026-TW3');
	});

	it('refuses a second entry under a new id for a triwulan that has a verified entry', async () => {
		const verified = await entry(t.admin, OPD_X, 'diverifikasi');
		const kedua = draftWith(`${OPD_X}-kedua`, verified.periodeId);
		const res = await putDoc(clientOf(t.anonymous, 'opdX'), REALISASI, kedua);
		expectOutcome(res, refused('dokumen.idRealisasi'));
	});

	it('refuses an entry under another id sent by replication, by OPD staff and app admins alike', async () => {
		const periodeId = newPeriode();
		const opd = await replicate(clientOf(t.anonymous, 'opdX'), REALISASI, {
			...draftWith(`impor-real-${OPD_X}-${periodeId}`, periodeId),
			_rev: '1-' + 'a'.repeat(32)
		});
		expectOutcome(opd, refused('dokumen.idRealisasi'));
		const admin = await putDoc(
			clientOf(t.anonymous, 'admin'),
			REALISASI,
			draftWith(`lain-${periodeId}`, periodeId)
		);
		expectOutcome(admin, refused('dokumen.idRealisasi'));
	});

	it('accepts a new entry under the derived id', async () => {
		const periodeId = newPeriode();
		const res = await putDoc(
			clientOf(t.anonymous, 'opdX'),
			REALISASI,
			draftWith(realisasiId(OPD_X, periodeId), periodeId)
		);
		expectOutcome(res, CAN);
	});

	it('keeps an entry stored earlier under another id writable, so no data is stranded', async () => {
		// Written by the server admin, as a restore of an old backup does.
		const periodeId = newPeriode();
		const lama = await seed(
			t.admin,
			REALISASI,
			draftWith(`impor-real-${OPD_X}-${periodeId}`, periodeId)
		);
		const res = await putDoc(clientOf(t.anonymous, 'opdX'), REALISASI, {
			...lama,
			realisasiFisik: 60,
			riwayat: [...(lama.riwayat ?? []), makeHistory('staf-x', 'simpan')]
		});
		expectOutcome(res, CAN);
	});
});
