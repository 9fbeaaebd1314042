/**
 * Push: the queued revisions of one server database, in batches, as replication writes them
 * (`_bulk_docs` with `new_edits: false`: the device's own revision and its history). A retried
 * batch is a no-op on the server; a document the server refuses stays on the device with the
 * server's reason and leaves the queue, and the rest of the batch still syncs.
 *
 * A round reads up to REQUESTS_PER_ROUND batches from the queue in one read transaction, sends
 * them as separate requests (each bounded by PUSH_LIMIT documents and PUSH_BYTES_LIMIT), two at a
 * time, and records every answer in one write transaction: fewer transactions, and the server
 * works on one request while the next travels. When a request fails, the answers already received
 * are recorded before the failure is reported; the rest stays queued.
 */
import {
	toDocument,
	parseServerReason,
	parseDocumentId,
	type DocumentContent,
	type DocumentKind,
	type DatabaseKey
} from '$lib/domain/document';
import { PUSH_LIMIT, PUSH_BYTES_LIMIT, bytesUtf8 } from '$lib/domain/limits';
import type { SkmResponse } from '$lib/domain/schemas';
import type { RaporDb } from '$lib/db/schema';
import { withStatus, type SyncRow } from '$lib/db/sync';
import { readInChunks, ROWS_PER_REQUEST, chunks } from './turns';
import type { ServerDocument, WriteResult, Remote } from './remote';
import { revisionsOf } from './revision';
import { rowToContent, TABLE_BY_KIND, SYNC_TABLES } from './tables';

/**
 * Requests read and recorded together in one round: with PUSH_LIMIT documents each, a round
 * reads and records 2,000 rows, so it never holds thousands of rows in one task.
 */
const REQUESTS_PER_ROUND = 2;
/** Requests on the wire at once. */
const CONCURRENT_REQUESTS = 2;

/** The per-document error of a write the server could not check now; the device sends it again. */
const TEMPORARILY_UNAVAILABLE = 'service_unavailable';

export interface PushResult {
	terkirim: number;
	ditolak: number;
}

type Row = Record<string, unknown> & { id: string };

async function rowsOf(db: RaporDb, rows: readonly SyncRow[]) {
	const perTable = new Map<string, { id: string; key: string }[]>();
	for (const row of rows) {
		const parsed = parseDocumentId(row.id);
		if (!parsed || row.dihapus) continue;
		const tabel = TABLE_BY_KIND[parsed.jenis];
		perTable.set(tabel, [...(perTable.get(tabel) ?? []), { id: row.id, key: parsed.id }]);
	}
	const perId = new Map<string, Row>();
	for (const [tabel, list] of perTable) {
		const baris = (await readInChunks(
			db.table(tabel),
			list.map((d) => d.key)
		)) as (Row | undefined)[];
		list.forEach((d, i) => {
			if (baris[i]) perId.set(d.id, baris[i]);
		});
	}
	return perId;
}

/** The response fields a koreksi document carries (see toKoreksiDocument), by response id. */
async function koreksiEnvelopes(db: RaporDb, responseIds: readonly string[]) {
	const responses = await readInChunks(db.responses, responseIds);
	return new Map(
		responses
			.filter((r): r is SkmResponse => r !== undefined)
			.map((r) => [r.id, { unitId: r.unitId, enumerator: r.enumerator }])
	);
}

function tombstoneOf(id: string, rev: string, history: readonly string[]): ServerDocument {
	return { _id: id, _rev: rev, _deleted: true, _revisions: revisionsOf(rev, history) };
}

/**
 * The documents of each queued row: its revision, and the deletions that close its resolved
 * conflicts.
 */
async function batchDocuments(db: RaporDb, rows: readonly SyncRow[]): Promise<ServerDocument[][]> {
	const baris = await rowsOf(db, rows);
	const responseIds = rows.flatMap((r) => {
		const koreksi = r.id.startsWith('koreksi:') ? baris.get(r.id) : undefined;
		return koreksi ? [String(koreksi.responseId)] : [];
	});
	const amplop = await koreksiEnvelopes(db, responseIds);
	return rows.map((row) => {
		const docs: ServerDocument[] = [];
		const parsed = parseDocumentId(row.id)!;
		const content = baris.get(row.id);
		if (row.dihapus || !content) docs.push(tombstoneOf(row.id, row.rev, row.riwayat));
		else {
			const domain = rowToContent(parsed.jenis, content);
			const extra = parsed.jenis === 'koreksi' ? amplop.get(String(content.responseId)) : undefined;
			// Sent unvalidated (the server checks it), so not always an DocumentContent: toDocument takes no other.
			const unchecked = { ...domain, ...extra } as DocumentContent[DocumentKind];
			const stored = toDocument(parsed.jenis, unchecked);
			docs.push({ ...stored, _rev: row.rev, _revisions: revisionsOf(row.rev, row.riwayat) });
		}
		for (const cabang of row.tutup ?? [])
			docs.push(tombstoneOf(row.id, cabang.rev, cabang.riwayat));
		return docs;
	});
}

/**
 * The first rows whose documents fit PUSH_BYTES_LIMIT (always at least one row); the rest stay
 * queued for the next round.
 */
function withinSize(
	rows: readonly SyncRow[],
	perRow: readonly ServerDocument[][],
	batasBytes: number
) {
	let bytes = 0;
	let n = 0;
	while (n < rows.length) {
		bytes += perRow[n]!.reduce((sum, d) => sum + bytesUtf8(JSON.stringify(d)), 0);
		if (n > 0 && bytes > batasBytes) break;
		n++;
	}
	return { rows: rows.slice(0, n), docs: perRow.slice(0, n).flat() };
}

/** The failures of a `_bulk_docs` answer, by `<id> <rev>` (and by id when no rev is given). */
function errorsById(result: readonly WriteResult[]): Map<string, WriteResult> {
	const map = new Map<string, WriteResult>();
	for (const h of result) {
		if (!h.error || !h.id) continue;
		map.set(h.rev ? `${h.id} ${h.rev}` : h.id, h);
	}
	return map;
}

function errorFor(error: Map<string, WriteResult>, id: string, rev: string) {
	return error.get(`${id} ${rev}`) ?? error.get(id);
}

/** A row after its push: queued no more (sent or refused), unless it changed in the meantime. */
function afterPush(
	terkirim: SyncRow,
	kini: SyncRow,
	galat: Map<string, WriteResult>,
	diubah: string
): { row: SyncRow; hasil: keyof PushResult | null } {
	const tutupGagal = (terkirim.tutup ?? []).filter((c) => errorFor(galat, kini.id, c.rev));
	const tertutup = new Set(
		(terkirim.tutup ?? []).filter((c) => !tutupGagal.includes(c)).map((c) => c.rev)
	);
	const tutup = (kini.tutup ?? []).filter((c) => !tertutup.has(c.rev));
	const base: Omit<SyncRow, 'status'> = { ...kini, diubah };
	delete base.tutup;
	if (tutup.length > 0) base.tutup = tutup;
	if (kini.rev !== terkirim.rev) return { row: withStatus(base), hasil: null };
	delete base.alasan;
	const gagal =
		errorFor(galat, kini.id, kini.rev) ??
		(tutupGagal[0] ? errorFor(galat, kini.id, tutupGagal[0].rev) : undefined);
	if (!gagal) return { row: withStatus({ ...base, antre: 0 }), hasil: 'terkirim' };
	// The server could not check the document now (a storage error): not a refusal, try again.
	if (gagal.error === TEMPORARILY_UNAVAILABLE) return { row: withStatus(base), hasil: null };
	const serverReason = parseServerReason(gagal.reason ?? gagal.error ?? '');
	return { row: withStatus({ ...base, antre: 0, alasan: serverReason }), hasil: 'ditolak' };
}

async function recordResults(
	db: RaporDb,
	rows: readonly SyncRow[],
	error: Map<string, WriteResult>
): Promise<PushResult> {
	const result: PushResult = { terkirim: 0, ditolak: 0 };
	await db.transaction('rw', db.sinkron, async () => {
		const now = await readInChunks(
			db.sinkron,
			rows.map((r) => r.id)
		);
		const changed = new Date().toISOString();
		const write: SyncRow[] = [];
		rows.forEach((sent, i) => {
			const kini = now[i];
			if (!kini) return;
			const { row, hasil: h } = afterPush(sent, kini, error, changed);
			write.push(row);
			if (h) result[h]++;
		});
		for (const p of chunks(write, ROWS_PER_REQUEST)) await db.sinkron.bulkPut(p);
	});
	return result;
}

/** Refuses a whole batch (e.g. the account may not write to this database at all). */
export async function rejectBatch(
	db: RaporDb,
	rows: readonly SyncRow[],
	key: string,
	text: string
) {
	const galat = new Map(
		rows.map((r) => [r.id, { id: r.id, error: 'forbidden', reason: `${key}: ${text}` }])
	);
	return recordResults(db, rows, galat);
}

async function queued(db: RaporDb, key: DatabaseKey, batas: number): Promise<SyncRow[]> {
	return db.sinkron.where('[db+antre]').equals([key, 1]).limit(batas).toArray();
}

interface PushRequest {
	rows: SyncRow[];
	docs: ServerDocument[];
}

/** The rows of a round as requests, each within `batas` rows and `batasBytes`. */
function splitRequests(
	rows: readonly SyncRow[],
	perRow: readonly ServerDocument[][],
	limit: number,
	batasBytes: number
): PushRequest[] {
	const out: PushRequest[] = [];
	for (let i = 0; i < rows.length;) {
		const one = withinSize(rows.slice(i, i + limit), perRow.slice(i, i + limit), batasBytes);
		out.push(one);
		i += one.rows.length;
	}
	return out;
}

/**
 * Sends the requests, CONCURRENT_REQUESTS at a time; after a failure no new one starts. The
 * answers received, and the first failure.
 */
async function send(remote: Remote, request: readonly PushRequest[]) {
	const dijawab: { rows: SyncRow[]; jawab: WriteResult[] }[] = [];
	let gagal: { error: unknown } | null = null;
	let berikut = 0;
	const jalur = async () => {
		while (!gagal && berikut < request.length) {
			const p = request[berikut++]!;
			try {
				dijawab.push({ rows: p.rows, jawab: await remote.bulkDocsReplikasi(p.docs) });
			} catch (error) {
				gagal ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: CONCURRENT_REQUESTS }, jalur));
	return { dijawab, gagal: gagal as { error: unknown } | null };
}

/** Pushes everything queued for `kunci`; resolves when the queue is empty. */
export async function push(
	db: RaporDb,
	remote: Remote,
	key: DatabaseKey,
	limit = PUSH_LIMIT,
	batasBytes = PUSH_BYTES_LIMIT
): Promise<PushResult> {
	const total: PushResult = { terkirim: 0, ditolak: 0 };
	for (;;) {
		// One read transaction, so each document goes out with the revision it has.
		const request = await db.transaction('r', [db.sinkron, ...SYNC_TABLES], async () => {
			const rows = await queued(db, key, limit * REQUESTS_PER_ROUND);
			return splitRequests(rows, await batchDocuments(db, rows), limit, batasBytes);
		});
		if (request.length === 0) return total;
		const { dijawab, gagal } = await send(remote, request);
		const galat = new Map(dijawab.flatMap((d) => [...errorsById(d.jawab)]));
		const rows = dijawab.flatMap((d) => d.rows);
		const result =
			rows.length > 0 ? await recordResults(db, rows, galat) : { terkirim: 0, ditolak: 0 };
		total.terkirim += result.terkirim;
		total.ditolak += result.ditolak;
		if (gagal) throw gagal.error;
		// Rows changed on the device while their batch was on its way stay queued for the next
		// round; stop when a round settles nothing, so a record edited every moment cannot hold
		// the loop.
		if (result.terkirim + result.ditolak === 0) return total;
	}
}
