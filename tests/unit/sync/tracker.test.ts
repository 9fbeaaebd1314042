/**
 * The outbox kept by the database itself: every write path queues its change in the same
 * transaction, and writes marked as coming from the server are not queued.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addResponses } from '$lib/db/responses-write';
import { putUnits } from '$lib/db/master-write';
import { putSettings } from '$lib/db/settings';
import { openDb, type RaporDb } from '$lib/db/schema';
import { DEFAULT_SETTINGS, type SkmResponse, type Unit } from '$lib/domain/schemas';
import { changeTracker, serverTransaction } from '$lib/sync/tracker';

let db: RaporDb;
let n = 0;

async function open(): Promise<RaporDb> {
	db = openDb(`pelacak-${++n}`);
	db.use(changeTracker);
	await db.open();
	return db;
}
afterEach(async () => {
	db.close();
	await db.delete();
});

const unit: Unit = {
	id: 'dinas-x',
	nama: 'Dinas X',
	singkatan: 'DX',
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm: false
};
const response = (id: string): SkmResponse => ({
	id,
	unitId: 'pkm-a',
	periodeId: '2026-TW4',
	waktu: '2026-11-02T09:00:00+07:00',
	jawaban: { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 },
	profil: {},
	kuesionerVersi: 'standar-2017',
	sumber: 'enumerator',
	enumerator: 'siti'
});

describe('the outbox', () => {
	it('queues every stored record with a new revision, in its server database', async () => {
		await open();
		await addResponses(db, [response('r1'), response('r2')]);
		await putUnits(db, [unit]);
		await putSettings(db, DEFAULT_SETTINGS);
		const rows = await db.sinkron.toArray();
		expect(rows.map((r) => [r.id, r.db, r.status, r.antre]).sort()).toEqual([
			['pengaturan:pemda', 'master', 'lokal', 1],
			['response:r1', 'skm', 'lokal', 1],
			['response:r2', 'skm', 'lokal', 1],
			['unit:dinas-x', 'master', 'lokal', 1]
		]);
	});

	it('gives a changed record its next revision, and an unchanged write none', async () => {
		await open();
		await putUnits(db, [unit]);
		const first = (await db.sinkron.get('unit:dinas-x'))!;
		await putUnits(db, [unit]);
		expect((await db.sinkron.get('unit:dinas-x'))!.rev).toBe(first.rev);
		await putUnits(db, [{ ...unit, nama: 'Dinas X Baru' }]);
		const second = (await db.sinkron.get('unit:dinas-x'))!;
		expect(second.rev).toMatch(/^2-/);
		expect(second.riwayat.slice(1)).toEqual(first.riwayat);
	});

	it('queues a deletion', async () => {
		await open();
		await putUnits(db, [unit]);
		await db.units.delete('dinas-x');
		expect(await db.sinkron.get('unit:dinas-x')).toMatchObject({ dihapus: true, antre: 1 });
	});

	it('leaves neither the record nor its queue entry when the transaction fails', async () => {
		await open();
		await expect(
			db.transaction('rw', db.responses, async () => {
				await db.responses.add(response('r9'));
				throw new Error('crash');
			})
		).rejects.toThrow('crash');
		expect(await db.responses.count()).toBe(0);
		expect(await db.sinkron.count()).toBe(0);
	});

	it('does not queue what came from the server', async () => {
		await open();
		await serverTransaction(db, ['units'], async () => {
			await db.units.put(unit);
		});
		expect(await db.units.count()).toBe(1);
		expect(await db.sinkron.count()).toBe(0);
	});

	it('leaves tables that do not sync alone', async () => {
		await open();
		await db.drafts.put({ id: 'd', jenis: 'survei', diubah: 'x', data: {} });
		expect(await db.sinkron.count()).toBe(0);
	});
});
