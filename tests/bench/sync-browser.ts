/**
 * Bundled into a Chromium page on the server's origin by tests/bench/sync.ts: Rapor's sync
 * engine (Dexie + the replication protocol), plain PouchDB replication, and a raw `_bulk_docs`
 * with nothing in between (the limit), on documents of the same shape.
 */
import Dexie from 'dexie';
import PouchDB from 'pouchdb';
import { toDocument } from '../../src/lib/domain/document';
import type { SkmResponse } from '../../src/lib/domain/schemas';
import { UNSUR_KEYS } from '../../src/lib/domain/unsur';
import { addResponses } from '../../src/lib/db/responses-write';
import { openDb } from '../../src/lib/db/schema';
import { changeTracker } from '../../src/lib/sync/tracker';
import { pullUntilCaughtUp } from '../../src/lib/sync/pull';
import { push } from '../../src/lib/sync/push';
import { openRemote } from '../../src/lib/sync/remote';

export interface Auth {
	username: string;
	password: string;
}

export interface SyncResult {
	terkirim: number;
	pushDetik: number;
	diterima: number;
	pullDetik: number;
}

function responses(n: number, prefix: string, start = 0): SkmResponse[] {
	return Array.from({ length: n }, (_, j) => {
		const i = start + j;
		return {
			id: `${prefix}-${i}`,
			unitId: `bench-unit-${i % 20}`,
			periodeId: '2026-TW4',
			waktu: '2026-11-02T09:00:00+07:00',
			jawaban: Object.fromEntries(
				UNSUR_KEYS.map((k, u) => [k, ((i * 7 + u * 3) % 4) + 1])
			) as SkmResponse['jawaban'],
			profil: { jenisKelamin: i % 2 ? 'P' : 'L', usia: 18 + (i % 60) },
			kuesionerVersi: 'standar-2017',
			sumber: 'enumerator',
			enumerator: 'bench'
		};
	});
}

const seconds = (start: number) => (performance.now() - start) / 1000;

/** Rapor: n responses saved on one device (queued as they are saved), pushed, pulled by another. */
export async function rapor(couchUrl: string, db: string, auth: Auth, n: number, tag: string) {
	const source = openDb(`bench-rapor-push-${tag}`);
	source.use(changeTracker);
	await source.open();
	const list = responses(n, `r${tag}`);
	for (let i = 0; i < list.length; i += 1000) await addResponses(source, list.slice(i, i + 1000));
	const remote = openRemote(couchUrl, db, { auth });
	let start = performance.now();
	const hasilPush = await push(source, remote, 'skm');
	const pushDetik = seconds(start);

	const target = openDb(`bench-rapor-pull-${tag}`);
	target.use(changeTracker);
	await target.open();
	start = performance.now();
	await pullUntilCaughtUp(target, remote, 'skm');
	const pullDetik = seconds(start);
	const received = await target.responses.count();
	await remote.close();
	source.close();
	target.close();
	await Promise.all([source.delete(), target.delete()]);
	return { terkirim: hasilPush.terkirim, pushDetik, diterima: received, pullDetik };
}

interface Pouch {
	bulkDocs(docs: unknown[]): Promise<unknown>;
	allDocs(opts: { startkey: string; endkey: string }): Promise<{ rows: unknown[] }>;
	destroy(): Promise<unknown>;
}
type PouchCtor = (new (name: string, opts?: Record<string, unknown>) => Pouch) & {
	replicate(a: Pouch, b: Pouch, opts?: Record<string, unknown>): Promise<{ docs_written: number }>;
};

/** Plain PouchDB: the same documents in a local PouchDB, replicated to the server and back. */
export async function pouchdb(couchUrl: string, db: string, auth: Auth, n: number, tag: string) {
	const Pouch = PouchDB as unknown as PouchCtor;
	const lokal = new Pouch(`bench-pouch-push-${tag}`);
	const docs = responses(n, `p${tag}`).map((r) => toDocument('response', r));
	for (let i = 0; i < docs.length; i += 1000) await lokal.bulkDocs(docs.slice(i, i + 1000));
	const remote = new Pouch(`${couchUrl}/${db}`, { auth, skip_setup: true });
	let start = performance.now();
	const naik = await Pouch.replicate(lokal, remote, { batch_size: 250 });
	const pushDetik = seconds(start);

	const target = new Pouch(`bench-pouch-pull-${tag}`);
	start = performance.now();
	await Pouch.replicate(remote, target, { batch_size: 250 });
	const pullDetik = seconds(start);
	const received = (await target.allDocs({ startkey: 'response:', endkey: 'response:\uffff' })).rows
		.length;
	await Promise.all([lokal.destroy(), target.destroy()]);
	return { terkirim: naik.docs_written, pushDetik, diterima: received, pullDetik };
}

function randomHash(i: number): string {
	return (i.toString(16) + 'bench'.repeat(8)).slice(0, 32);
}

/**
 * The limit: n response documents written with raw `_bulk_docs` (`new_edits: false`, as
 * replication writes them) in batches of `batch`, nothing else between the page and the server.
 * `prefix` names the documents so a database can be filled for a later pull.
 */
export async function limit(
	couchUrl: string,
	db: string,
	auth: Auth,
	n: number,
	batch: number,
	prefix: string
): Promise<{ ditulis: number; detik: number }> {
	const headers = {
		'Content-Type': 'application/json',
		Authorization: `Basic ${btoa(`${auth.username}:${auth.password}`)}`
	};
	let ditulis = 0;
	let total = 0;
	for (let i = 0; i < n; i += batch) {
		const docs = responses(Math.min(batch, n - i), prefix, i).map((r, j) => {
			const hash = randomHash(i + j);
			return {
				...toDocument('response', r),
				_rev: `1-${hash}`,
				_revisions: { start: 1, ids: [hash] }
			};
		});
		const body = JSON.stringify({ docs, new_edits: false });
		const mulai = performance.now();
		const res = await fetch(`${couchUrl}/${db}/_bulk_docs`, { method: 'POST', headers, body });
		const answer = (await res.json()) as { error?: string }[];
		total += performance.now() - mulai;
		if (!res.ok) throw new Error(`_bulk_docs ${res.status}`);
		ditulis += docs.length - answer.filter((j) => j.error).length;
	}
	return { ditulis, detik: total / 1000 };
}

/**
 * A reviewer's first sync of one database into a fresh device: every batch until caught up.
 * With `ukurTugasnya`, long tasks are counted from the first request on (not the database's
 * creation, which the first visit pays).
 */
export async function reviewer(
	couchUrl: string,
	db: string,
	auth: Auth,
	tag: string,
	ukurTugasnya = false
) {
	const target = openDb(`bench-reviewer-${tag}`);
	target.use(changeTracker);
	await target.open();
	await target.meta.get('-');
	if (ukurTugasnya) {
		await new Promise((r) => setTimeout(r, 100));
		measureTasks();
	}
	const remote = openRemote(couchUrl, db, { auth });
	const start = performance.now();
	await pullUntilCaughtUp(target, remote, 'skm');
	const pullDetik = seconds(start);
	const received = await target.responses.count();
	await remote.close();
	target.close();
	await Dexie.delete(`bench-reviewer-${tag}`);
	return { diterima: received, pullDetik };
}

/** The longest main-thread task since the last call (the Long Tasks API; 0 when none ≥ 50 ms). */
let longestTaskMs = 0;
let observer: PerformanceObserver | null = null;
export function measureTasks(): void {
	longestTaskMs = 0;
	observer ??= new PerformanceObserver((list) => {
		for (const e of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, e.duration);
	});
	observer.observe({ type: 'longtask', buffered: false });
}
export function longestTask(): number {
	return longestTaskMs;
}

/**
 * `rapor`, with the time spent waiting for each kind of server call (where the time goes).
 * `dokumenDiFeed: false` pulls as before issue 12's last round: every document by `_bulk_get`.
 */
export async function measuredRapor(
	couchUrl: string,
	db: string,
	auth: Auth,
	n: number,
	tag: string,
	dokumenDiFeed = true
) {
	const waktu: Record<string, number> = {};
	const asli = openRemote;
	const remote = asli(couchUrl, db, { auth });
	const ukur =
		<A extends unknown[], R>(name: string, f: (...a: A) => Promise<R>) =>
		async (...a: A) => {
			const m = performance.now();
			try {
				return await f(...a);
			} finally {
				waktu[name] = (waktu[name] ?? 0) + performance.now() - m;
			}
		};
	const terukur = {
		...remote,
		changes: ukur('changes', (o: Parameters<typeof remote.changes>[0]) =>
			remote.changes(dokumenDiFeed ? o : { ...o, denganDokumen: false })
		),
		bulkGet: ukur('bulkGet', remote.bulkGet),
		bulkDocsReplikasi: ukur('bulkDocs', remote.bulkDocsReplikasi)
	};
	const source = openDb(`bench-rapor-push-${tag}`);
	source.use(changeTracker);
	await source.open();
	const list = responses(n, `r${tag}`);
	for (let i = 0; i < list.length; i += 1000) await addResponses(source, list.slice(i, i + 1000));
	let start = performance.now();
	await push(source, terukur, 'skm');
	waktu.push = performance.now() - start;
	const target = openDb(`bench-rapor-pull-${tag}`);
	target.use(changeTracker);
	await target.open();
	start = performance.now();
	await pullUntilCaughtUp(target, terukur, 'skm');
	waktu.pull = performance.now() - start;
	source.close();
	target.close();
	await Promise.all([source.delete(), target.delete()]);
	return waktu;
}
