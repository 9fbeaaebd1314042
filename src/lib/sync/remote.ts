/**
 * The server side of sync: one CouchDB database, reached through PouchDB's HTTP adapter (the
 * CouchDB replication protocol: `_changes`, `_bulk_get`, `_bulk_docs` with `new_edits: false`,
 * `_revs_diff`). Typed here for the calls the engine makes; PouchDB ships no types.
 *
 * PouchDB (48 KiB gzip) loads with the first call of a remote, never with a page: importing this
 * module costs nothing until a sync starts.
 */
import Dexie from 'dexie';
import { measureDifference, type ClockMeasurement } from '$lib/domain/clock';

export interface ServerChange {
	id: string;
	seq: string | number;
	/** Every leaf revision (style=all_docs). */
	changes: { rev: string }[];
	deleted?: boolean;
	/** The winning revision, when asked for with `denganDokumen` (no `_revisions`). */
	doc?: ServerDocument;
}

export interface ChangesResult {
	results: ServerChange[];
	last_seq: string | number;
}

export interface ChangesOptions {
	since: string | number;
	limit: number;
	/** Mango selector of the documents wanted (CouchDB `filter=_selector`). */
	selector?: Record<string, unknown>;
	/** Wait up to this many ms for a change when there is none (long polling). */
	tunggu?: number;
	/** Each change with its winning revision (`include_docs`). */
	denganDokumen?: boolean;
}

export interface ServerDocument {
	_id: string;
	_rev: string;
	_deleted?: boolean;
	_revisions?: { start: number; ids: string[] };
	[field: string]: unknown;
}

export interface BulkGetResult {
	results: {
		id: string;
		docs: ({ ok: ServerDocument } | { error: { id: string; rev: string; error: string } })[];
	}[];
}

/** One entry of `_bulk_docs`' answer; with new_edits=false CouchDB lists only the failures. */
export interface WriteResult {
	id?: string;
	rev?: string;
	ok?: boolean;
	error?: string;
	reason?: string;
}

export interface Remote {
	readonly nama: string;
	updateSeq(): Promise<string | number>;
	changes(opsi: ChangesOptions): Promise<ChangesResult>;
	bulkGet(docs: readonly { id: string; rev?: string }[]): Promise<BulkGetResult>;
	bulkDocsReplikasi(docs: readonly ServerDocument[]): Promise<WriteResult[]>;
	revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
	/**
	 * Long-polls for a change after `since`, applying nothing: resolves true when there is one,
	 * false after `ms` without one. `batal` ends the wait early (resolves false).
	 */
	tungguPerubahan(
		since: string | number,
		ms: number,
		selector?: Record<string, unknown>
	): { selesai: Promise<boolean>; batal(): void };
	/** The device clock against the server's, from the latest quick exchange (null: none yet). */
	jam?(): ClockMeasurement | null;
	close(): Promise<void>;
}

/** PouchDB's running changes request: a thenable with cancel(). */
type RunningChanges = PromiseLike<ChangesResult> & { cancel(): void };

function changesResult(berjalan: RunningChanges): Promise<ChangesResult> {
	return Promise.resolve(berjalan);
}

interface PouchHttp {
	info(): Promise<{ update_seq: string | number }>;
	changes(opts: Record<string, unknown>): RunningChanges;
	bulkGet(opts: { docs: { id: string; rev?: string }[]; revs: boolean }): Promise<BulkGetResult>;
	bulkDocs(docs: ServerDocument[], opts: { new_edits: boolean }): Promise<WriteResult[]>;
	revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
	close(): Promise<void>;
}

export interface RemoteOptions {
	/** Basic auth (tests, scripts). The app uses the session cookie instead. */
	auth?: { username: string; password: string };
	/** The device clock (tests give a wrong one). */
	sekarang?: () => number;
}

/** fetch that measures the device clock against each answer's `Date` header. */
function fetchWithClock(now: () => number, catat: (u: ClockMeasurement) => void): typeof fetch {
	return async (input, init) => {
		const dikirim = now();
		const res = await fetch(input, init);
		const size = measureDifference(res.headers.get('Date'), dikirim, now());
		if (size) catat(size);
		return res;
	};
}

/** PouchDB, fetched once on first use (a separate chunk in the build). */
let pouchDb: Promise<new (name: string, opts: Record<string, unknown>) => PouchHttp> | null = null;
function loadPouchDb() {
	pouchDb ??= import('pouchdb').then(
		(m) => m.default as unknown as new (name: string, opts: Record<string, unknown>) => PouchHttp
	);
	return pouchDb;
}

/** A database on the server, e.g. `https://rapor.example/db` + `rapor-skm`. */
export function openRemote(baseUrl: string, name: string, opsi: RemoteOptions = {}): Remote {
	let clock: ClockMeasurement | null = null;
	let dibuka: Promise<PouchHttp> | null = null;
	const db = () =>
		(dibuka ??= loadPouchDb().then(
			(Ctor) =>
				new Ctor(`${baseUrl.replace(/\/$/, '')}/${name}`, {
					skip_setup: true,
					fetch: fetchWithClock(opsi.sekarang ?? Date.now, (u) => (clock = u)),
					...(opsi.auth ? { auth: opsi.auth } : {})
				})
		));
	let tertutup = false;
	return {
		nama: name,
		async updateSeq() {
			return (await (await db()).info()).update_seq;
		},
		async changes({ since, limit, selector, tunggu, denganDokumen }) {
			return changesResult(
				(await db()).changes({
					since,
					limit,
					batch_size: limit,
					style: 'all_docs',
					...(denganDokumen ? { include_docs: true } : {}),
					...(selector ? { selector } : {}),
					...(tunggu ? { query_params: { feed: 'longpoll', timeout: tunggu } } : {})
				})
			);
		},
		async bulkGet(docs) {
			return (await db()).bulkGet({ docs: [...docs], revs: true });
		},
		async bulkDocsReplikasi(docs) {
			return (await db()).bulkDocs([...docs], { new_edits: false });
		},
		async revsDiff(revs) {
			return (await db()).revsDiff(revs);
		},
		tungguPerubahan(since, ms, selector) {
			let batal = false;
			let berjalan: RunningChanges | null = null;
			const selesai = db().then((pouch) => {
				if (batal) return false;
				berjalan = pouch.changes({
					since,
					limit: 1,
					batch_size: 1,
					...(selector ? { selector } : {}),
					query_params: { feed: 'longpoll', timeout: ms }
				});
				return changesResult(berjalan).then((r) => (r?.results?.length ?? 0) > 0);
			});
			return {
				selesai: selesai.catch(() => false),
				batal: () => {
					batal = true;
					berjalan?.cancel();
				}
			};
		},
		jam: () => clock,
		async close() {
			if (tertutup || !dibuka) return;
			tertutup = true;
			await (await dibuka).close();
		}
	};
}

export type ErrorKind = 'perlu-masuk' | 'tanpa-akses' | 'jaringan' | 'server' | 'perangkat';

/**
 * Names of IndexedDB/Dexie failures that only the device's storage raises (full, closed, broken),
 * never a request to the server. `AbortError` is not here: fetch raises it too, so only Dexie's
 * own (an aborted transaction, a `DexieError`) counts.
 */
const STORAGE_ERROR_NAMES = new Set([
	'QuotaExceededError',
	'DatabaseClosedError',
	'InvalidStateError',
	'TransactionInactiveError',
	'VersionError',
	'VersionChangeError',
	'OpenFailedError',
	'ReadOnlyError',
	'UnknownError',
	'MissingAPIError'
]);

/** A failure of the device's own storage (Dexie/IndexedDB), also when wrapped (`inner`, `cause`). */
function isStorageError(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 5) return false;
	if (error instanceof Dexie.DexieError) return true;
	const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
	if (typeof name === 'string' && STORAGE_ERROR_NAMES.has(name)) return true;
	return isStorageError(inner, depth + 1) || isStorageError(cause, depth + 1);
}

/** What kind of failure a thrown PouchDB/fetch/Dexie error is. */
export function errorKind(error: unknown): ErrorKind {
	const status = (error as { status?: unknown } | null)?.status;
	if (status === 401) return 'perlu-masuk';
	if (status === 403) return 'tanpa-akses';
	if (typeof status === 'number' && status >= 400) return 'server';
	if (isStorageError(error)) return 'perangkat';
	return 'jaringan';
}
