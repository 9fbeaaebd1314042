/**
 * Rakor follow-ups through the app's sync engine and the real server: written by an official,
 * pulled by the OPD concerned, marked done there and back; concurrent offline edits become a
 * conflict an official resolves; what OPD staff may not write is refused with the reason.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatatan, saveCatatan } from '../../../src/lib/db/catatan-rakor.ts';
import { newCatatan, markCatatan, updateCatatan } from '../../../src/lib/domain/catatan-rakor.ts';
import { DATABASE } from '../../../src/lib/domain/document.ts';
import { mergeVersions } from '../../../src/lib/domain/conflict.ts';
import type { User } from '../../../src/lib/domain/schemas.ts';
import { resolveConflict } from '../../../src/lib/sync/conflict.ts';
import { rowToContent } from '../../../src/lib/sync/tables.ts';
import { docPath } from '../../../sync-server/http/couch-client.ts';
import { ACCOUNTS, freshId, OPD_X, PERIODE } from '../helpers/factories.ts';
import { type TestServer } from '../helpers/server.ts';
import { device, serverSync, type Device } from './device.ts';

let t: TestServer;
const devices: Device[] = [];

const REVIEWER: User = { nama: ACCOUNTS.reviewer.name, peran: 'reviewer', unitIds: [] };
const STAFF_X: User = { nama: ACCOUNTS.opdX.name, peran: 'opd', unitIds: [OPD_X] };

async function open(user: User): Promise<Device> {
	const d = await device(t.running.couchUrl, user);
	devices.push(d);
	return d;
}

const writer = (oleh: string, clock: number) => ({
	oleh,
	waktu: `2026-02-20T${String(clock).padStart(2, '0')}:00:00+07:00`
});

function catatanForX(oleh = REVIEWER.nama) {
	return newCatatan(
		{ teks: 'Percepat realisasi belanja modal', tenggat: '2026-03-15' },
		{ id: freshId('rakor'), unitId: OPD_X, periodeId: PERIODE },
		writer(oleh, 9)
	);
}

beforeAll(async () => {
	t = await serverSync();
});
afterAll(async () => {
	await Promise.all(devices.map((d) => d.close()));
	await t.close();
});

describe('rakor follow-ups', () => {
	it('go from the official to the OPD concerned, and its "done" comes back', async () => {
		const pejabat = await open(REVIEWER);
		const opd = await open(STAFF_X);
		const catatan = catatanForX();
		await saveCatatan(pejabat.db, catatan);
		const id = `catatanRakor:${catatan.id}`;
		expect(await pejabat.db.sinkron.get(id)).toMatchObject({ antre: 1, db: 'realisasi' });

		await pejabat.sync();
		const diServer = await t.admin.raw('GET', docPath(DATABASE.realisasi, id));
		expect(diServer.status).toBe(200);
		expect(diServer.body).toMatchObject({ type: 'catatanRakor', oleh: REVIEWER.nama });

		await opd.sync();
		expect(await readCatatan(opd.db, catatan.id)).toEqual(catatan);
		expect(await opd.db.sinkron.where('[db+antre]').equals(['realisasi', 1]).count()).toBe(0);

		await saveCatatan(opd.db, markCatatan(catatan, true, writer(STAFF_X.nama, 10)));
		await opd.sync();
		expect((await opd.db.sinkron.get(id))!.status).toBe('tersinkron');
		await pejabat.sync();
		expect(await readCatatan(pejabat.db, catatan.id)).toMatchObject({
			selesai: true,
			diubah: { oleh: STAFF_X.nama }
		});
	});

	it('keeps what OPD staff may not write on their device, refused with the reason', async () => {
		const opd = await open(STAFF_X);
		const sendiri = catatanForX(STAFF_X.nama);
		await saveCatatan(opd.db, sendiri);
		await opd.sync();
		const row = (await opd.db.sinkron.get(`catatanRakor:${sendiri.id}`))!;
		expect(row.status).toBe('ditolak');
		expect(row.alasan!.key).toBe('akses.hanyaSelesai');
		expect(await readCatatan(opd.db, sendiri.id)).toEqual(sendiri);
	});

	it('turns two offline edits into a conflict that an official resolves for every device', async () => {
		const laptop = await open(REVIEWER);
		const ponsel = await open(REVIEWER);
		const opd = await open(STAFF_X);
		const catatan = catatanForX();
		await saveCatatan(laptop.db, catatan);
		await laptop.sync();
		await opd.sync();
		const id = `catatanRakor:${catatan.id}`;

		// Offline: the official rewrites it on the laptop, the OPD marks it done.
		const newContent = {
			teks: 'Laporkan realisasi belanja modal tiap pekan',
			tenggat: '2026-03-31'
		};
		await saveCatatan(laptop.db, updateCatatan(catatan, newContent, writer(REVIEWER.nama, 11)));
		await saveCatatan(opd.db, markCatatan(catatan, true, writer(STAFF_X.nama, 11)));
		await laptop.sync();
		await opd.sync();
		await laptop.sync();
		for (const d of [laptop, opd]) expect((await d.db.sinkron.get(id))!.status).toBe('konflik');

		// On the phone the official keeps the new text and the OPD's "done".
		await ponsel.sync();
		const row = (await ponsel.db.sinkron.get(id))!;
		const ini = rowToContent('catatanRakor', (await ponsel.db.catatanRakor.get(catatan.id))!);
		const itu = row.lain![0]!.dokumen!;
		const choose = (k: string, mau: unknown) => (ini[k] === mau ? 'ini' : 'itu');
		const { isi: content } = mergeVersions(
			'catatanRakor',
			ini,
			itu,
			{
				teks: choose('teks', newContent.teks),
				tenggat: choose('tenggat', newContent.tenggat),
				selesai: choose('selesai', true)
			},
			{ ...writer(REVIEWER.nama, 12), admin: false }
		);
		expect(await resolveConflict(ponsel.db, id, content)).toEqual({ ok: true });
		await ponsel.sync();
		for (const d of [laptop, opd]) await d.sync();
		const end = await t.admin.raw('GET', docPath(DATABASE.realisasi, id), undefined, {
			conflicts: 'true'
		});
		expect((end.body as { _conflicts?: string[] })._conflicts).toBeUndefined();
		for (const d of [laptop, ponsel, opd]) {
			expect((await d.db.sinkron.get(id))!.status).toBe('tersinkron');
			expect(await readCatatan(d.db, catatan.id)).toMatchObject({
				...newContent,
				selesai: true,
				oleh: REVIEWER.nama,
				diubah: writer(REVIEWER.nama, 12)
			});
		}
	});
});
