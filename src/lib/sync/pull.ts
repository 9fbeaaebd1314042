/**
 * Pull: the server's changes to one database since the device's checkpoint, in batches. Each
 * batch is validated with the same zod schemas the app writes with (a server is never trusted),
 * written to Dexie with its sync state, and the checkpoint advances in the same transaction, so an
 * interrupted pull resumes where it stopped and applies nothing twice.
 *
 * The change feed carries each document (`include_docs`); one written once (a survey response) is
 * complete there, so only edited, deleted or conflicted documents are fetched again with
 * `_bulk_get?revs=true` for their history.
 *
 * `pullUntilCaughtUp` keeps the network busy while the device writes: the next batch's `_changes`
 * and `_bulk_get` are on their way while the current batch is validated and written. Fetching
 * ahead never changes what is applied (each batch decides inside its own transaction, against the
 * records as they are then); at worst it fetches a revision the device turns out to have. The
 * documents are validated before the transaction, a slice at a time with the main thread given
 * back in between, and written in slices, so no batch holds the screen for long.
 *
 * A record with a change the server does not have yet is never overwritten: when the server's
 * version does not build on it, both are kept and the record is in conflict. A verified
 * realisation entry is never replaced by a version that does not build on its history through the
 * admin's actions (canReplaceEntry): such a version is set aside with a reason for the sync
 * screen, and the verified entry stays.
 */
import {
	fromDocument,
	KIND_DATABASE,
	type DocumentResult,
	koreksiMatches,
	parseDocumentId,
	type KoreksiDocumentContent,
	type DatabaseKey
} from '$lib/domain/document';
import { canReplaceEntry } from '$lib/domain/realisasi-status';
import type { Realisasi, SkmResponse } from '$lib/domain/schemas';
import type { RaporDb } from '$lib/db/schema';
import { withStatus, type SyncRow, type OtherVersion } from '$lib/db/sync';
import { serverTransaction } from './tracker';
import { readInChunks, ROWS_PER_REQUEST, turnClock, chunks } from './turns';
import type { ServerDocument, BulkGetResult, ChangesResult, ServerChange, Remote } from './remote';
import { winner, historyOf, descendsFrom } from './revision';
import { META_IGNORED, type Ignored } from './meta';
import { contentToRow, TABLE_BY_KIND, databaseTables } from './tables';

/**
 * Changes per batch: one `_changes` carrying the documents, a `_bulk_get` only for documents that
 * were edited, deleted or are in conflict (their history), and one transaction. Batches of 1,000
 * pulled faster on the bench but made the longest main-thread task of a throttled pull about
 * twice as long (over the 100 ms goal), so 500 stays until that task is found and split.
 */
export const PULL_LIMIT = 500;
const META_CHECKPOINT = 'sinkron:checkpoint:';
/** Corrections whose response has not arrived yet; applied once it has, if they match it. */
const META_PENDING_KOREKSI = 'sinkron:koreksi-tertunda';

export interface PullOptions {
	selector?: Record<string, unknown>;
	batas?: number;
	/** Long-poll: wait up to this many ms for a change when there is none. */
	tunggu?: number;
	signal?: AbortSignal;
}

export interface PullResult {
	diterima: number;
	diabaikan: number;
	/** The server had no more changes after this batch. */
	tersusul: boolean;
}

interface Leaf extends OtherVersion {
	dihapus: boolean;
}

export async function checkpoint(db: RaporDb, key: DatabaseKey): Promise<string | number> {
	const row = await db.meta.get(META_CHECKPOINT + key);
	return typeof row?.value === 'string' || typeof row?.value === 'number' ? row.value : 0;
}

export async function removeCheckpoint(db: RaporDb, key: DatabaseKey): Promise<void> {
	await db.meta.delete(META_CHECKPOINT + key);
}

function leafOf(doc: ServerDocument): Leaf {
	const { _rev, _revisions, _deleted, ...rest } = doc;
	return {
		rev: _rev,
		riwayat: historyOf(_revisions, _rev),
		dokumen: _deleted ? null : rest,
		dihapus: _deleted === true
	};
}

/**
 * The document a change carries, when it is all the device needs: the only leaf, not deleted, and
 * at generation 1, so its history is its own hash (the feed carries no `_revisions`). Documents
 * written once (every survey response) take no `_bulk_get` round trip.
 */
function wholeInFeed(c: ServerChange): ServerDocument | null {
	const doc = c.doc;
	const satuDaun = c.changes.length === 1 && c.changes[0]!.rev === doc?._rev;
	return doc && satuDaun && !doc._deleted && doc._rev.startsWith('1-') ? doc : null;
}

/**
 * Every leaf of each changed document, unless the device has exactly that one: from the feed
 * when the change carries it whole, the rest to fetch with `_bulk_get`.
 */
function splitChanges(changes: readonly ServerChange[], rows: (SyncRow | undefined)[]) {
	const request: { id: string; rev: string }[] = [];
	const dariFeed = new Map<string, Leaf[]>();
	changes.forEach((c, i) => {
		const row = rows[i];
		const daun = c.changes.map((x) => x.rev);
		const sama = row && daun.length === 1 && daun[0] === row.rev && !row.lain?.length;
		if (sama) return;
		const doc = wholeInFeed(c);
		if (doc) dariFeed.set(c.id, [leafOf(doc)]);
		else for (const rev of daun) request.push({ id: c.id, rev });
	});
	return { minta: request, dariFeed };
}

function leavesPerDocument(result: BulkGetResult, map: Map<string, Leaf[]>): Map<string, Leaf[]> {
	for (const r of result.results) {
		for (const d of r.docs) {
			if (!('ok' in d)) continue;
			map.set(r.id, [...(map.get(r.id) ?? []), leafOf(d.ok)]);
		}
	}
	return map;
}

const validationKey = (id: string, rev: string) => `${id} ${rev}`;

/**
 * Each document's winning revision checked against its schema, before the transaction and a slice
 * at a time, so validation never runs as one long task.
 */
async function validateLeaves(daun: Map<string, Leaf[]>): Promise<Map<string, DocumentResult>> {
	const result = new Map<string, DocumentResult>();
	const clock = turnClock();
	for (const [id, leaves] of daun) {
		const menang = winner(leaves);
		if (!menang.dihapus) result.set(validationKey(id, menang.rev), fromDocument(menang.dokumen));
		await clock.mungkinBeriGiliran();
	}
	return result;
}

const withoutDeleted = (daun: readonly Leaf[], kecuali: string): OtherVersion[] =>
	daun
		.filter((d) => !d.dihapus && d.rev !== kecuali)
		.map(({ rev, riwayat: history, dokumen: document }) => ({
			rev,
			riwayat: history,
			dokumen: document
		}));

/**
 * Applies one batch inside the pull's transaction: reads what it needs in bulk, decides document
 * by document, and writes in bulk.
 */
class BatchApplier {
	diterima = 0;
	readonly diabaikan: Ignored[] = [];
	private readonly pada = new Date().toISOString();
	private readonly rows = new Map<string, SyncRow>();
	private readonly responses = new Map<string, Pick<SkmResponse, 'unitId' | 'enumerator'>>();
	private readonly realisasi = new Map<string, Realisasi>();
	private readonly tulisTabel = new Map<string, Map<string, Record<string, unknown> | null>>();
	private readonly tulisSinkronRows: SyncRow[] = [];
	private tertunda = new Map<string, Leaf>();

	constructor(
		private readonly db: RaporDb,
		private readonly key: DatabaseKey,
		private readonly valid: ReadonlyMap<string, DocumentResult> = new Map()
	) {}

	/** Applies the documents (responses before the corrections that point at them). */
	async terapkanSemua(daun: Map<string, Leaf[]>): Promise<void> {
		this.tertunda = this.key === 'skm' ? await readPending(this.db) : new Map();
		const all = new Map<string, Leaf[]>([
			...[...this.tertunda].map(([id, d]): [string, Leaf[]] => [id, [d]]),
			...daun
		]);
		const ids = [...all.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
		await this.muatResponsKoreksi(all);
		await this.muatRealisasi(ids);
		// A slice's records are read, then decided: each slice runs in a task of its own (the read
		// ends the task), so a big batch never holds the main thread in one piece.
		for (const part of chunks(ids, ROWS_PER_REQUEST)) {
			for (const row of await this.db.sinkron.bulkGet(part)) if (row) this.rows.set(row.id, row);
			for (const id of part) {
				this.tertunda.delete(id);
				this.terapkan(id, all.get(id)!);
			}
		}
		await this.simpan();
	}

	private async muatResponsKoreksi(all: Map<string, Leaf[]>): Promise<void> {
		const responseIds = [...all]
			.filter(([id]) => id.startsWith('koreksi:'))
			.flatMap(([, daun]) => daun.map((d) => d.dokumen?.responseId))
			.filter((x): x is string => typeof x === 'string');
		if (responseIds.length === 0) return;
		const stored = await readInChunks(this.db.responses, responseIds);
		for (const r of stored) if (r) this.responses.set(r.id, r);
	}

	/** The realisation entries the device holds under the ids of this batch. */
	private async muatRealisasi(ids: readonly string[]): Promise<void> {
		if (this.key !== 'realisasi') return;
		const keys = ids
			.map(parseDocumentId)
			.filter((u) => u?.jenis === 'realisasi')
			.map((u) => u!.id);
		if (keys.length === 0) return;
		for (const r of await readInChunks(this.db.realisasi, keys)) if (r) this.realisasi.set(r.id, r);
	}

	private terapkan(id: string, daun: Leaf[]): void {
		const urai = parseDocumentId(id);
		if (!urai || KIND_DATABASE[urai.jenis] !== this.key || daun.length === 0) return;
		const menang = winner(daun);
		const row = this.rows.get(id);
		const ditutup = new Set(row?.tutup?.map((t) => t.menutup));
		const other = withoutDeleted(daun, menang.rev).filter((v) => !ditutup.has(v.rev));

		if (row && row.rev !== menang.rev && descendsFrom(row.rev, row.riwayat, menang.rev)) {
			// The device's version builds on the server's: it stays, and goes (again) to a server
			// that lacks it (one restored from an older backup, say).
			this.tulisSinkron({ ...row, antre: row.alasan ? row.antre : 1, lain: other });
			return;
		}
		if (row?.antre === 1 && !descendsFrom(menang.rev, menang.riwayat, row.rev)) {
			// Edited on the device and on the server since they last agreed: both are kept.
			const lainDariSini = withoutDeleted(daun, row.rev).filter((v) => !ditutup.has(v.rev));
			this.tulisSinkron({ ...row, lain: lainDariSini });
			return;
		}
		if (row?.alasan && row.antre === 0 && row.rev !== menang.rev) {
			// Refused on the server: the device keeps its version until the person decides.
			return;
		}
		const table = TABLE_BY_KIND[urai.jenis];
		if (menang.dihapus) {
			this.tulis(table, urai.id, null);
		} else {
			const parsed = this.valid.get(validationKey(id, menang.rev)) ?? fromDocument(menang.dokumen);
			if (!parsed.ok || parsed.jenis !== urai.jenis) {
				this.abaikan(id, menang.rev, parsed.ok ? ['dokumen.jenis'] : parsed.keys);
				return;
			}
			if (parsed.jenis === 'koreksi' && !this.koreksiBoleh(parsed.isi, id, menang)) return;
			if (parsed.jenis === 'realisasi') {
				const old = this.realisasi.get(parsed.isi.id);
				if (old && !canReplaceEntry(old, parsed.isi)) {
					this.abaikan(id, menang.rev, ['sinkron.terverifikasiDilindungi']);
					return;
				}
			}
			if (parsed.jenis === 'response') this.responses.set(parsed.isi.id, parsed.isi);
			this.tulis(table, urai.id, contentToRow(parsed.jenis, parsed.isi));
		}
		this.diterima++;
		this.tulisSinkron({
			id,
			db: this.key,
			rev: menang.rev,
			riwayat: menang.riwayat,
			antre: 0,
			...(menang.dihapus ? { dihapus: true as const } : {}),
			...(row?.tutup ? { tutup: row.tutup } : {}),
			lain: other
		});
	}

	/**
	 * A correction applies only to the response it claims (a CouchDB server cannot check); one
	 * whose response has not arrived yet waits for it.
	 */
	private koreksiBoleh(content: KoreksiDocumentContent, id: string, daun: Leaf): boolean {
		const response = this.responses.get(content.responseId);
		if (!response) {
			this.tertunda.set(id, daun);
			return false;
		}
		if (!koreksiMatches(content, response)) {
			this.abaikan(id, daun.rev, ['akses.koreksiTidakCocok']);
			return false;
		}
		return true;
	}

	private tulis(table: string, key: string, row: Record<string, unknown> | null): void {
		const map = this.tulisTabel.get(table) ?? new Map();
		map.set(key, row);
		this.tulisTabel.set(table, map);
	}

	private abaikan(id: string, rev: string, keys: string[]): void {
		this.diabaikan.push({ id, rev, keys, pada: this.pada });
	}

	private tulisSinkron(row: Omit<SyncRow, 'status' | 'diubah'>): void {
		const { lain: other, ...rest } = row;
		this.tulisSinkronRows.push(
			withStatus({
				...rest,
				...(other && other.length > 0 ? { lain: other } : {}),
				diubah: this.pada
			})
		);
	}

	private async simpan(): Promise<void> {
		for (const [tabel, map] of this.tulisTabel) {
			const remove = [...map].filter(([, b]) => b === null).map(([k]) => k);
			const save = [...map.values()].filter((b): b is Record<string, unknown> => b !== null);
			for (const p of chunks(remove, ROWS_PER_REQUEST)) await this.db.table(tabel).bulkDelete(p);
			for (const p of chunks(save, ROWS_PER_REQUEST)) await this.db.table(tabel).bulkPut(p);
		}
		for (const p of chunks(this.tulisSinkronRows, ROWS_PER_REQUEST)) {
			await this.db.sinkron.bulkPut(p);
		}
		if (this.tertunda.size > 0) {
			await this.db.meta.put({ key: META_PENDING_KOREKSI, value: [...this.tertunda] });
		} else if (this.key === 'skm') {
			await this.db.meta.delete(META_PENDING_KOREKSI);
		}
		if (this.diabaikan.length > 0) {
			const old = (await this.db.meta.get(META_IGNORED))?.value as Ignored[] | undefined;
			const all = [...(old ?? []), ...this.diabaikan].slice(-100);
			await this.db.meta.put({ key: META_IGNORED, value: all });
		}
	}
}

/** Responses before the corrections that point at them. */
const order = (id: string) => (id.startsWith('koreksi:') ? 1 : 0);

async function readPending(db: RaporDb): Promise<Map<string, Leaf>> {
	const value = (await db.meta.get(META_PENDING_KOREKSI))?.value;
	return new Map(Array.isArray(value) ? (value as [string, Leaf][]) : []);
}

/** One batch fetched from the server, its documents validated, ready for its transaction. */
interface Fetched {
	jawab: ChangesResult;
	daun: Map<string, Leaf[]>;
	valid: Map<string, DocumentResult>;
}

function requestChanges(
	remote: Remote,
	since: string | number,
	batas: number,
	opsi: PullOptions
): Promise<ChangesResult> {
	return remote.changes({
		since,
		limit: batas,
		denganDokumen: true,
		...(opsi.selector ? { selector: opsi.selector } : {}),
		...(opsi.tunggu ? { tunggu: opsi.tunggu } : {})
	});
}

/** The revisions of a batch's changes that the device lacks, fetched and validated. */
async function fetchLeaves(db: RaporDb, remote: Remote, answer: ChangesResult): Promise<Fetched> {
	const rows = await readInChunks(
		db.sinkron,
		answer.results.map((c) => c.id)
	);
	const { minta: request, dariFeed } = splitChanges(answer.results, rows);
	const daun =
		request.length > 0 ? leavesPerDocument(await remote.bulkGet(request), dariFeed) : dariFeed;
	// The documents now live in `daun`; the feed keeps only what the checkpoint needs.
	for (const c of answer.results) delete c.doc;
	return { jawab: answer, daun, valid: await validateLeaves(daun) };
}

/** Applies a fetched batch and advances the checkpoint, in one transaction. */
async function applyBatch(
	db: RaporDb,
	kunci: DatabaseKey,
	{ jawab: answer, daun, valid }: Fetched
): Promise<Omit<PullResult, 'tersusul'>> {
	const penerap = new BatchApplier(db, kunci, valid);
	const tables = [...databaseTables(kunci), 'meta'];
	await serverTransaction(db, tables, async () => {
		await penerap.terapkanSemua(daun);
		await db.meta.put({ key: META_CHECKPOINT + kunci, value: answer.last_seq });
	});
	return { diterima: penerap.diterima, diabaikan: penerap.diabaikan.length };
}

/** A request running ahead: its failure surfaces when it is awaited, never as unhandled. */
function runAhead<T>(p: Promise<T>): Promise<T> {
	p.catch(() => {});
	return p;
}

/** Pulls one batch of changes; call again until `tersusul`. */
export async function pull(
	db: RaporDb,
	remote: Remote,
	key: DatabaseKey,
	opsi: PullOptions = {}
): Promise<PullResult> {
	const limit = opsi.batas ?? PULL_LIMIT;
	const answer = await requestChanges(remote, await checkpoint(db, key), limit, opsi);
	const diambil = await fetchLeaves(db, remote, answer);
	opsi.signal?.throwIfAborted();
	const result = await applyBatch(db, key, diambil);
	return { ...result, tersusul: answer.results.length < limit };
}

export interface PullAllOptions extends Omit<PullOptions, 'tunggu'> {
	/** Asked before each next batch is fetched; false stops after the current one. */
	lanjut?: () => boolean;
}

/**
 * Pulls batch after batch until the device has caught up (or `lanjut` says stop), fetching the
 * next batch while the current one is written. Each batch commits with its checkpoint, so a failure
 * keeps every batch written before it.
 */
export async function pullUntilCaughtUp(
	db: RaporDb,
	remote: Remote,
	key: DatabaseKey,
	opsi: PullAllOptions = {}
): Promise<PullResult> {
	const limit = opsi.batas ?? PULL_LIMIT;
	const total: PullResult = { diterima: 0, diabaikan: 0, tersusul: false };
	const habis = (j: ChangesResult) => j.results.length < limit;
	let answer = await requestChanges(remote, await checkpoint(db, key), limit, opsi);
	let daun = runAhead(fetchLeaves(db, remote, answer));
	let jawabBerikut = habis(answer)
		? null
		: runAhead(requestChanges(remote, answer.last_seq, limit, opsi));
	for (;;) {
		const diambil = await daun;
		opsi.signal?.throwIfAborted();
		let berikut: { jawab: ChangesResult; daun: Promise<Fetched> } | null = null;
		if (jawabBerikut && (opsi.lanjut?.() ?? true)) {
			const j = await jawabBerikut;
			// Its records are read now, before this batch's write transaction opens.
			berikut = { jawab: j, daun: runAhead(fetchLeaves(db, remote, j)) };
			jawabBerikut = habis(j) ? null : runAhead(requestChanges(remote, j.last_seq, limit, opsi));
		}
		const result = await applyBatch(db, key, diambil);
		total.diterima += result.diterima;
		total.diabaikan += result.diabaikan;
		if (!berikut) return { ...total, tersusul: habis(answer) };
		({ jawab: answer, daun } = berikut);
	}
}
