/**
 * A pull takes documents written once straight from the server's change feed (`include_docs`),
 * with no `_bulk_get` round trip, on the real server: the records, their revisions and the
 * same as before. An edited document still comes with its history.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../../src/lib/domain/document.ts';
import type { User } from '../../../src/lib/domain/schemas.ts';
import { addResponses } from '../../../src/lib/db/responses-write.ts';
import { pullUntilCaughtUp } from '../../../src/lib/sync/pull.ts';
import type { Remote } from '../../../src/lib/sync/remote.ts';
import { ACCOUNTS, masterDocs, response, UNIT_A } from '../helpers/factories.ts';
import { docPath } from '../../../sync-server/http/couch-client.ts';
import { seed } from '../helpers/http.ts';
import { type TestServer } from '../helpers/server.ts';
import { device, serverSync, type Device } from './device.ts';

let t: TestServer;
const devices: Device[] = [];
const ENUM_A: User = { nama: ACCOUNTS.enumA.name, peran: 'enumerator', unitIds: [UNIT_A] };
const REVIEWER: User = { nama: ACCOUNTS.reviewer.name, peran: 'reviewer', unitIds: [] };

/** A device whose remotes count the `_bulk_get` requests they make. */
async function open(user: User, bulkGet: string[][] = []): Promise<Device> {
	const d = await device(t.running.couchUrl, user, (r: Remote) => ({
		...r,
		async bulkGet(docs) {
			bulkGet.push(docs.map((x) => x.id));
			return r.bulkGet(docs);
		}
	}));
	devices.push(d);
	return d;
}

beforeAll(async () => {
	t = await serverSync();
});
afterAll(async () => {
	await Promise.all(devices.map((d) => d.close()));
	await t.close();
});

describe('a pull from the real server', () => {
	it('takes responses written once from the change feed, with no _bulk_get', async () => {
		const enumerator = await open(ENUM_A);
		const list = Array.from({ length: 30 }, () => response(UNIT_A, ENUM_A.nama));
		await addResponses(enumerator.db, list);
		await enumerator.sync();

		const bulkGet: string[][] = [];
		const reviewer = await open(REVIEWER, bulkGet);
		const result = await pullUntilCaughtUp(reviewer.db, reviewer.remote('skm'), 'skm', {
			batas: 7
		});
		expect(result).toMatchObject({ diterima: 30, diabaikan: 0, tersusul: true });
		expect(bulkGet).toEqual([]);
		for (const r of list) {
			expect(await reviewer.db.responses.get(r.id)).toEqual(r);
			const dikirim = await enumerator.db.sinkron.get(`response:${r.id}`);
			expect(await reviewer.db.sinkron.get(`response:${r.id}`)).toMatchObject({
				rev: dikirim!.rev,
				riwayat: dikirim!.riwayat,
				antre: 0,
				status: 'tersinkron'
			});
		}
	});

	it('fetches an edited document with its history', async () => {
		const unit = masterDocs()[0]!;
		const pertama = await t.admin.raw('GET', docPath(DATABASE.master, unit._id));
		const old = pertama.body as { _rev: string; nama: string };
		await seed(t.admin, DATABASE.master, { ...unit, _rev: old._rev, nama: `${old.nama} Baru` });

		const bulkGet: string[][] = [];
		const reviewer = await open(REVIEWER, bulkGet);
		await pullUntilCaughtUp(reviewer.db, reviewer.remote('master'), 'master');
		expect(bulkGet.flat()).toEqual([unit._id]);
		const row = await reviewer.db.sinkron.get(unit._id);
		expect(row!.rev).toMatch(/^2-/);
		expect(row!.riwayat).toEqual([row!.rev.slice(2), old._rev.slice(2)]);
		expect(await reviewer.db.units.get(UNIT_A)).toMatchObject({ nama: `${old.nama} Baru` });
	});
});
