/**
 * The sync engine measures the device clock against the server's `Date` header and keeps the
 * offset on the device; a response recorded with a wrong clock keeps its flag through the server.
 */
// First: Dexie, loaded by sync/remote.ts, takes the IndexedDB it finds when it loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../../src/lib/domain/document.ts';
import type { User } from '../../../src/lib/domain/schemas.ts';
import { addResponses } from '../../../src/lib/db/responses-write.ts';
import { readClockMeasurement } from '../../../src/lib/db/clock.ts';
import { openRemote, type Remote } from '../../../src/lib/sync/remote.ts';
import { docPath } from '../../../sync-server/http/couch-client.ts';
import { ACCOUNTS, passwordOf, response, UNIT_A } from '../helpers/factories.ts';
import { type TestServer } from '../helpers/server.ts';
import { device, serverSync, type Device } from './device.ts';

let t: TestServer;
const devices: Device[] = [];
const remotes: Remote[] = [];

const ENUM_A: User = { nama: ACCOUNTS.enumA.name, peran: 'enumerator', unitIds: [UNIT_A] };
const REVIEWER: User = { nama: ACCOUNTS.reviewer.name, peran: 'reviewer', unitIds: [] };
const YEAR_MS = 365 * 24 * 60 * 60_000;

/** A device whose clock runs `mundurMs` behind the real time. */
async function deviceBehind(user: User, mundurMs: number): Promise<Device> {
	const d = await device(t.running.couchUrl, user, (asli) => {
		const r = openRemote(t.running.couchUrl, asli.nama, {
			auth: { username: user.nama, password: passwordOf(user.nama) },
			sekarang: () => Date.now() - mundurMs
		});
		remotes.push(r);
		return r;
	});
	devices.push(d);
	return d;
}

beforeAll(async () => {
	t = await serverSync();
});
afterAll(async () => {
	await Promise.all(devices.map((d) => d.close()));
	await Promise.all(remotes.map((r) => r.close()));
	await t.close();
});

describe('the device clock against the server', () => {
	it('records after a sync how far the device clock is behind the server, measured on the device clock', async () => {
		const enumerator = await deviceBehind(ENUM_A, YEAR_MS);
		expect(await readClockMeasurement(enumerator.db)).toBeNull();
		const engine = enumerator.mesin();
		engine.mulai();
		await engine.sinkronkanSekarang();
		const size = await readClockMeasurement(enumerator.db);
		expect(size).not.toBeNull();
		// The server's Date has whole seconds, and the exchange took part of the time.
		expect(Math.abs(size!.selisihMs - YEAR_MS)).toBeLessThan(10_000);
		expect(Math.abs(size!.diukurPada - (Date.now() - YEAR_MS))).toBeLessThan(120_000);
	});

	it('records an offset near zero for a device whose clock is right', async () => {
		const enumerator = await deviceBehind(ENUM_A, 0);
		const engine = enumerator.mesin();
		engine.mulai();
		await engine.sinkronkanSekarang();
		expect(Math.abs((await readClockMeasurement(enumerator.db))!.selisihMs)).toBeLessThan(10_000);
	});

	it('keeps the wrong-clock flag of a response through the server to a reviewer', async () => {
		const enumerator = await deviceBehind(ENUM_A, 0);
		const jamPerangkat = {
			waktu: '2025-12-06T10:02:00+07:00',
			selisihMenit: -525_600,
			sumber: 'server' as const
		};
		const r = response(UNIT_A, ENUM_A.nama, {
			waktu: '2026-12-06T10:02:00+07:00',
			periodeId: '2026-TW4',
			jamPerangkat
		});
		await addResponses(enumerator.db, [r]);
		await enumerator.sync();
		const res = await t.admin.raw('GET', docPath(DATABASE.skm, `response:${r.id}`));
		expect((res.body as { jamPerangkat?: unknown }).jamPerangkat).toEqual(jamPerangkat);

		const reviewer = await deviceBehind(REVIEWER, 0);
		await reviewer.sync();
		expect((await reviewer.db.responses.get(r.id))?.jamPerangkat).toEqual(jamPerangkat);
	});
});
