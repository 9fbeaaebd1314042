/**
 * How sync keeps a phone responsive and the network busy: PouchDB loads only when a sync starts, a
 * pull reads and writes the device in small slices and fetches the next batch while it writes the
 * current one, and a push keeps two bounded requests on the wire and records what was answered
 * even when a later request fails.
 */
import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addResponses } from '$lib/db/responses-write';
import { openDb, type RaporDb } from '$lib/db/schema';
import { toDocument } from '$lib/domain/document';
import type { SkmResponse } from '$lib/domain/schemas';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { ROWS_PER_REQUEST } from '$lib/sync/turns';
import { changeTracker } from '$lib/sync/tracker';
import { pullUntilCaughtUp } from '$lib/sync/pull';
import { push } from '$lib/sync/push';
import type { ServerDocument, WriteResult, Remote } from '$lib/sync/remote';

const pouch = vi.hoisted(() => ({ dimuat: 0 }));
vi.mock('pouchdb', () => {
	pouch.dimuat++;
	return {
		default: class {
			info() {
				return Promise.resolve({ update_seq: 7 });
			}
			close() {
				return Promise.resolve();
			}
		}
	};
});

// Hundreds of fake-IndexedDB requests per test: sized for a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

let db: RaporDb | null = null;
let n = 0;
afterEach(async () => {
	db?.close();
	await db?.delete();
	db = null;
});

/** A device database; `catat` sees every IndexedDB request of the synced tables. */
async function open(catat?: (tabel: string, kind: string, banyak: number) => void) {
	db = openDb(`sinkron-cepat-${++n}`);
	db.use(changeTracker);
	if (catat) {
		const pencatat: Middleware<DBCore> = {
			stack: 'dbcore',
			name: 'pencatat',
			create: (down) => ({
				...down,
				table(name) {
					const t = down.table(name);
					return {
						...t,
						getMany(req) {
							catat(name, 'get', req.keys.length);
							return t.getMany(req);
						},
						mutate(req) {
							const banyak =
								req.type === 'deleteRange'
									? 1
									: req.type === 'delete'
										? req.keys.length
										: req.values.length;
							catat(name, req.type, banyak);
							if (name === 'meta' && req.type === 'put') {
								for (const v of req.values as { key: string; value: unknown }[]) {
									if (v.key.startsWith('sinkron:checkpoint:'))
										catat(`checkpoint ${v.value}`, '', 0);
								}
							}
							return t.mutate(req);
						}
					};
				}
			})
		};
		db.use(pencatat);
	}
	await db.open();
	return db;
}

const response = (i: number): SkmResponse => ({
	id: `r-${i}`,
	unitId: `unit-${i % 3}`,
	periodeId: '2026-TW4',
	waktu: '2026-11-02T09:00:00+07:00',
	jawaban: Object.fromEntries(UNSUR_KEYS.map((k) => [k, (i % 4) + 1])) as SkmResponse['jawaban'],
	profil: { jenisKelamin: 'L', usia: 30 },
	kuesionerVersi: 'standar-2017',
	sumber: 'enumerator',
	enumerator: 'enum-a'
});

/** A server holding `jumlah` responses, one change each (seq = position + 1). */
function serverWith(count: number, peristiwa: string[]): Remote {
	const docs: ServerDocument[] = Array.from({ length: count }, (_, i) => ({
		...toDocument('response', response(i)),
		_rev: `1-${String(i).padStart(32, 'a')}`,
		_revisions: { start: 1, ids: [String(i).padStart(32, 'a')] }
	}));
	const byId = new Map(docs.map((d) => [d._id, d]));
	return {
		nama: 'rapor-skm',
		updateSeq: async () => count,
		async changes({ since, limit }) {
			peristiwa.push(`changes ${since}`);
			const from = Number(since);
			const results = docs.slice(from, from + limit).map((d, i) => ({
				id: d._id,
				seq: from + i + 1,
				changes: [{ rev: d._rev }]
			}));
			return { results, last_seq: from + results.length };
		},
		async bulkGet(request) {
			return { results: request.map(({ id }) => ({ id, docs: [{ ok: byId.get(id)! }] })) };
		},
		bulkDocsReplikasi: async () => [],
		revsDiff: async () => ({}),
		tungguPerubahan: () => ({ selesai: Promise.resolve(false), batal: () => {} }),
		close: async () => {}
	};
}

describe('loading PouchDB', () => {
	it('waits until a remote is first used, not when the sync code is imported', async () => {
		const { openRemote } = await import('$lib/sync/remote');
		const remote = openRemote('http://127.0.0.1:1/db', 'rapor-skm');
		expect(pouch.dimuat).toBe(0);
		expect(await remote.updateSeq()).toBe(7);
		expect(pouch.dimuat).toBe(1);
	});
});

describe('a pull', () => {
	it('reads and writes the device in slices, never hundreds of records in one request', async () => {
		let terbesar = 0;
		const device = await open((_tabel, _jenis, banyak) => (terbesar = Math.max(terbesar, banyak)));
		const result = await pullUntilCaughtUp(device, serverWith(600, []), 'skm');
		expect(result).toMatchObject({ diterima: 600, tersusul: true });
		expect(await device.responses.count()).toBe(600);
		expect(terbesar).toBeLessThanOrEqual(ROWS_PER_REQUEST);
	});

	it('asks for the next batch before the current one is written, and commits each checkpoint', async () => {
		const peristiwa: string[] = [];
		const device = await open((table) => {
			if (table.startsWith('checkpoint ')) peristiwa.push(table);
		});
		await pullUntilCaughtUp(device, serverWith(25, peristiwa), 'skm', { batas: 10 });
		expect(peristiwa.indexOf('changes 10')).toBeLessThan(peristiwa.indexOf('checkpoint 10'));
		expect(peristiwa.indexOf('changes 20')).toBeLessThan(peristiwa.indexOf('checkpoint 20'));
		expect(peristiwa.filter((p) => p.startsWith('checkpoint'))).toEqual([
			'checkpoint 10',
			'checkpoint 20',
			'checkpoint 25'
		]);
		expect(await device.responses.count()).toBe(25);
	});
});

/**
 * A server whose change feed carries each document when asked (`include_docs`), as CouchDB's does:
 * the winning revision without its history. Documents `diubah` are at generation 2.
 */
function serverWithFeed(count: number, changed: ReadonlySet<number>, diminta: string[][]) {
	const hash = (i: number, g: number) => `${g}${String(i).padStart(31, 'b')}`;
	const docs: ServerDocument[] = Array.from({ length: count }, (_, i) => {
		const g = changed.has(i) ? 2 : 1;
		const ids = g === 2 ? [hash(i, 2), hash(i, 1)] : [hash(i, 1)];
		return {
			...toDocument('response', response(i)),
			_rev: `${g}-${ids[0]}`,
			_revisions: { start: g, ids }
		};
	});
	const byId = new Map(docs.map((d) => [d._id, d]));
	const remote: Remote = {
		...serverWith(0, []),
		async changes({ since, limit, denganDokumen }) {
			const from = Number(since);
			const results = docs.slice(from, from + limit).map((d, i) => {
				const tanpaRiwayat: ServerDocument = { ...d };
				delete tanpaRiwayat._revisions;
				return {
					id: d._id,
					seq: from + i + 1,
					changes: [{ rev: d._rev }],
					...(denganDokumen ? { doc: tanpaRiwayat } : {})
				};
			});
			return { results, last_seq: from + results.length };
		},
		async bulkGet(request) {
			diminta.push(request.map((m) => m.id));
			return { results: request.map(({ id }) => ({ id, docs: [{ ok: byId.get(id)! }] })) };
		}
	};
	return remote;
}

describe('a pull of documents written once', () => {
	it('takes them from the change feed, with no _bulk_get round trip', async () => {
		const device = await open();
		const diminta: string[][] = [];
		const result = await pullUntilCaughtUp(device, serverWithFeed(600, new Set(), diminta), 'skm');
		expect(result).toMatchObject({ diterima: 600, tersusul: true });
		expect(diminta).toEqual([]);
		expect(await device.responses.count()).toBe(600);
		const row = await device.sinkron.get('response:r-7');
		expect(row).toMatchObject({ rev: `1-1${'7'.padStart(31, 'b')}`, antre: 0 });
		expect(row!.riwayat).toEqual([`1${'7'.padStart(31, 'b')}`]);
	});

	it('still fetches an edited document with its history, which the feed does not carry', async () => {
		const device = await open();
		const diminta: string[][] = [];
		await pullUntilCaughtUp(device, serverWithFeed(30, new Set([4, 21]), diminta), 'skm');
		expect(diminta.flat()).toEqual(['response:r-4', 'response:r-21']);
		expect(await device.responses.count()).toBe(30);
		const row = await device.sinkron.get('response:r-21');
		expect(row!.riwayat).toEqual([`2${'21'.padStart(31, 'b')}`, `1${'21'.padStart(31, 'b')}`]);
	});
});

describe('a push', () => {
	it('keeps two bounded requests on the wire, and records the answered ones when a later one fails', async () => {
		const device = await open();
		await addResponses(
			device,
			Array.from({ length: 900 }, (_, i) => response(i))
		);
		let diJalan = 0;
		let palingBanyak = 0;
		let request = 0;
		const sent = new Set<string>();
		const remote: Remote = {
			...serverWith(0, []),
			async bulkDocsReplikasi(docs): Promise<WriteResult[]> {
				const ke = ++request;
				expect(docs.length).toBeLessThanOrEqual(250);
				diJalan++;
				palingBanyak = Math.max(palingBanyak, diJalan);
				await new Promise((r) => setTimeout(r, 20));
				diJalan--;
				if (ke === 3) throw Object.assign(new Error('connection reset'), { status: undefined });
				for (const d of docs) sent.add(d._id);
				return [];
			}
		};
		await expect(push(device, remote, 'skm', 250)).rejects.toThrow('connection reset');
		expect(palingBanyak).toBe(2);
		const antre = await device.sinkron.where('[db+antre]').equals(['skm', 1]).primaryKeys();
		expect(sent.size).toBeGreaterThan(0);
		expect(antre.length).toBe(900 - sent.size);
		for (const id of antre) expect(sent.has(id)).toBe(false);
	});
});
