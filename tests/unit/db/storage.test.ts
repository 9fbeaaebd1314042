import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { META_INITIALISED } from '$lib/db/schema';
import {
	MARKER_KEY,
	markerKey,
	MB,
	ensureInitialised,
	requestPersist,
	assessSpace,
	checkDataLost,
	estimateSpace,
	isPersisted,
	markDataKnown
} from '$lib/db/storage';
import { freshDb } from './factories';

const GB = 1024 * MB;

/** A localStorage stand-in: a Map behind the two methods used. */
function marker() {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v)
	};
}

describe('how full the storage is', () => {
	it('is enough with plenty left', () => {
		expect(assessSpace({ usage: 100 * MB, quota: GB })).toMatchObject({
			tingkat: 'cukup',
			sisa: 924 * MB
		});
	});

	it('warns below 50 MB left, even when that is more than 10% of the quota', () => {
		expect(assessSpace({ usage: 260 * MB, quota: 300 * MB }).tingkat).toBe('menipis');
	});

	it('warns below 10% left, even when that is many megabytes', () => {
		expect(assessSpace({ usage: 92 * GB, quota: 100 * GB })).toMatchObject({
			tingkat: 'menipis',
			persenSisa: 8
		});
	});

	it('is full below 10 MB or 2% left', () => {
		expect(assessSpace({ usage: 1020 * MB, quota: GB }).tingkat).toBe('penuh');
		expect(assessSpace({ usage: 99 * GB, quota: 100 * GB }).tingkat).toBe('penuh');
		expect(assessSpace({ usage: 2 * GB, quota: GB })).toMatchObject({ tingkat: 'penuh', sisa: 0 });
	});

	it('is unknown when the browser gives no estimate', async () => {
		expect(assessSpace({ usage: 5 })).toMatchObject({ tingkat: 'tidak-diketahui', terpakai: 5 });
		expect((await estimateSpace(undefined)).tingkat).toBe('tidak-diketahui');
		const rusak = { estimate: () => Promise.reject(new Error('SecurityError')) };
		expect((await estimateSpace(rusak)).tingkat).toBe('tidak-diketahui');
	});
});

describe('asking for persistent storage', () => {
	it('asks the browser and reports its answer', async () => {
		let diminta = 0;
		const storage = {
			persisted: async () => false,
			persist: async () => (++diminta, true)
		};
		expect(await requestPersist(storage)).toBe(true);
		expect(diminta).toBe(1);
	});

	it('does not ask again once storage is persistent', async () => {
		let diminta = 0;
		const storage = { persisted: async () => true, persist: async () => (++diminta, true) };
		expect(await requestPersist(storage)).toBe(true);
		expect(await isPersisted(storage)).toBe(true);
		expect(diminta).toBe(0);
	});

	it('says "cannot tell" where the browser has no such request', async () => {
		expect(await requestPersist(undefined)).toBeNull();
		expect(await isPersisted({})).toBeNull();
	});
});

describe('an emptied database', () => {
	it('is noticed when the marker exists but the database lost its initialised record', async () => {
		const db = freshDb();
		const ls = marker();
		await db.meta.put({ key: META_INITIALISED, value: { at: '2026-01-05T08:00:00.000Z' } });
		expect(await checkDataLost(db, ls)).toBe('baru');
		expect(ls.map.get(markerKey(db.name))).toBe('2026-01-05T08:00:00.000Z');
		expect(await checkDataLost(db, ls)).toBe('aman');

		await db.meta.clear();
		expect(await checkDataLost(db, ls)).toBe('hilang');
	});

	it('is noticed when the app already started a fresh database, until the user has seen it', async () => {
		const db = freshDb();
		const ls = marker();
		ls.setItem(markerKey(db.name), '2026-01-05T08:00:00.000Z');
		await db.meta.put({ key: META_INITIALISED, value: { at: '2026-03-01T09:00:00.000Z' } });
		expect(await checkDataLost(db, ls)).toBe('hilang');
		expect(await checkDataLost(db, ls)).toBe('hilang');
		await markDataKnown(db, ls);
		expect(await checkDataLost(db, ls)).toBe('aman');
	});

	it('is judged per database: an account database never raises the alarm of the demo one', async () => {
		const demo = freshDb();
		const account = freshDb();
		const ls = marker();
		await demo.meta.put({ key: META_INITIALISED, value: { at: '2026-01-05T08:00:00.000Z' } });
		expect(await checkDataLost(demo, ls)).toBe('baru');

		await ensureInitialised(account);
		expect(await checkDataLost(account, ls)).toBe('baru');
		expect(await checkDataLost(account, ls)).toBe('aman');
		expect(await checkDataLost(demo, ls)).toBe('aman');
		expect(ls.map.get(markerKey(account.name))).not.toBe(ls.map.get(markerKey(demo.name)));
	});

	it('keeps the marker an existing device wrote for the demo database', () => {
		expect(markerKey('rapor')).toBe(MARKER_KEY);
		expect(markerKey('rapor@demo-opd')).toBe(`${MARKER_KEY}:rapor@demo-opd`);
	});

	it("is noticed when an account's database was emptied and the app started it again", async () => {
		const account = freshDb();
		const ls = marker();
		await ensureInitialised(account);
		expect(await checkDataLost(account, ls)).toBe('baru');
		const initial = (await account.meta.get(META_INITIALISED))?.value;
		await ensureInitialised(account);
		expect((await account.meta.get(META_INITIALISED))?.value).toEqual(initial);

		await account.meta.clear();
		await new Promise((r) => setTimeout(r, 5));
		await ensureInitialised(account);
		expect(await checkDataLost(account, ls)).toBe('hilang');
	});
});
