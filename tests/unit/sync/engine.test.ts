/**
 * The engine follows the outbox through a Dexie liveQuery. When that watch fails, the failure is
 * reported in the sync state and the watch starts again, so a record queued later is still pushed.
 */
import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addResponses } from '$lib/db/responses-write';
import { openDb, type RaporDb } from '$lib/db/schema';
import type { SkmResponse } from '$lib/domain/schemas';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { SyncEngine, type EngineState } from '$lib/sync/engine';
import { changeTracker } from '$lib/sync/tracker';
import type { ServerDocument, Remote } from '$lib/sync/remote';

/** How many of the next outbox watches fail with a storage error before they read anything. */
const watch = vi.hoisted(() => ({ failures: 0 }));
vi.mock('dexie', async (importOriginal) => {
	const original = await importOriginal<typeof import('dexie')>();
	return {
		...original,
		liveQuery: <T>(query: () => T | Promise<T>) =>
			original.liveQuery(async () => {
				if (watch.failures > 0) {
					watch.failures--;
					throw new original.default.InvalidStateError('The database connection is closing');
				}
				return query();
			})
	};
});

vi.setConfig({ testTimeout: 30_000 });

let db: RaporDb | null = null;
let engine: SyncEngine | null = null;
afterEach(async () => {
	await engine?.berhenti();
	engine = null;
	db?.close();
	await db?.delete();
	db = null;
	watch.failures = 0;
});

const response = (id: string): SkmResponse => ({
	id,
	unitId: 'pkm-a',
	periodeId: '2026-TW4',
	waktu: '2026-11-02T09:00:00+07:00',
	jawaban: Object.fromEntries(UNSUR_KEYS.map((k) => [k, 3])) as SkmResponse['jawaban'],
	profil: { jenisKelamin: 'P', usia: 30 },
	kuesionerVersi: 'standar-2017',
	sumber: 'enumerator',
	enumerator: 'siti'
});

/** An empty server that records what is pushed to it. */
function server(pushed: string[]): Remote {
	return {
		nama: 'rapor-test',
		updateSeq: async () => 0,
		changes: async ({ since }) => ({ results: [], last_seq: since }),
		bulkGet: async () => ({ results: [] }),
		async bulkDocsReplikasi(docs: readonly ServerDocument[]) {
			pushed.push(...docs.map((d) => d._id));
			return [];
		},
		revsDiff: async () => ({}),
		tungguPerubahan: () => ({ selesai: new Promise<boolean>(() => {}), batal: () => {} }),
		close: async () => {}
	};
}

describe('the outbox watch', () => {
	it('reports a failed watch and still pushes a record queued after it', async () => {
		db = openDb('mesin-watch');
		db.use(changeTracker);
		await db.open();
		watch.failures = 1;
		const states: EngineState[] = [];
		const pushed: string[] = [];
		engine = new SyncEngine({
			db,
			pengguna: { nama: 'siti', peran: 'enumerator', unitIds: ['pkm-a'] },
			remote: () => server(pushed),
			sesi: async () => 'siti',
			onKeadaan: (k) => states.push(k),
			tungguMs: 0,
			// No periodic pull during the test: only the outbox watch can wake the engine.
			intervalMs: 10 * 60_000,
			resubscribeMs: 20
		});
		engine.mulai();

		await vi.waitFor(() =>
			expect(states).toContainEqual(
				expect.objectContaining({
					fase: 'perangkat',
					galat: expect.stringContaining('The database connection is closing')
				})
			)
		);
		expect(watch.failures).toBe(0);
		// The first round ends; the engine then waits for the watch (or the 10-minute interval).
		await vi.waitFor(() => expect(engine!.keadaan.fase).toBe('siaga'));

		await addResponses(db, [response('r-later')]);
		await vi.waitFor(() => expect(pushed).toContain('response:r-later'), { timeout: 5000 });
	});
});

describe('a round that fails on the device', () => {
	it("shows the device's storage, not the network, when the device database is full", async () => {
		db = openDb('mesin-storage');
		db.use(changeTracker);
		// The device has no room left for what the round writes at its end.
		const full: Middleware<DBCore> = {
			stack: 'dbcore',
			name: 'full',
			create: (down) => ({
				...down,
				table(name) {
					const table = down.table(name);
					if (name !== 'meta') return table;
					return {
						...table,
						mutate: () =>
							Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
					};
				}
			})
		};
		db.use(full);
		await db.open();
		engine = new SyncEngine({
			db,
			pengguna: { nama: 'siti', peran: 'enumerator', unitIds: ['pkm-a'] },
			remote: () => server([]),
			sesi: async () => 'siti',
			tungguMs: 0
		});
		engine.mulai();
		await vi.waitFor(() => expect(engine!.keadaan.fase).toBe('perangkat'));
		expect(engine.keadaan.galat).toMatch(/quota/i);
		expect(engine.keadaan.cobaLagiPada).not.toBeNull();
	});
});
