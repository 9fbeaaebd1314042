/**
 * The sync state of every record that syncs with the server, one row per document (table
 * `sinkron`). A local change writes its row in the same transaction as the record (see
 * src/lib/sync/tracker.ts), so the outbox is never out of step with the data: the outbox is the set
 * of rows with `antre` = 1.
 */
import type { ServerReason, DatabaseKey } from '$lib/domain/document';
import type { RaporDb } from './schema';

/** What a person sees next to a record. */
export type SyncStatus = 'lokal' | 'tersinkron' | 'konflik' | 'ditolak';
export const SYNC_STATUSES: readonly SyncStatus[] = ['lokal', 'tersinkron', 'konflik', 'ditolak'];

/** Another version of a conflicted document, as the server holds it. */
export interface OtherVersion {
	rev: string;
	/** Its history, newest hash first. */
	riwayat: string[];
	/** The stored document (`_id`, `type` and fields), or null for a deleted branch. */
	dokumen: Record<string, unknown> | null;
}

/** A losing branch to close with a deletion on the next push (a resolved conflict). */
export interface ClosedBranch {
	/** The deletion's own revision and history. */
	rev: string;
	riwayat: string[];
	/** The losing revision it closes. */
	menutup: string;
}

export interface SyncRow {
	/** The stored document id, `<type>:<id>`. */
	id: string;
	db: DatabaseKey;
	/** The revision of the record as it is on this device. */
	rev: string;
	/** Its history, newest hash first (CouchDB `_revisions.ids`). */
	riwayat: string[];
	/** 1 while the device's revision is not yet on the server. */
	antre: 0 | 1;
	status: SyncStatus;
	/** The record was deleted on this device; the push sends a deletion. */
	dihapus?: true;
	/** Why the server refused the device's revision. */
	alasan?: ServerReason;
	/** The other versions of a conflicted document; empty or absent when there is none. */
	lain?: OtherVersion[];
	tutup?: ClosedBranch[];
	/** Device time of the last change of this row, ISO 8601. */
	diubah: string;
}

/** The status a row shows: a conflict or a refusal before "not yet sent". */
export function statusOf(row: Omit<SyncRow, 'status'>): SyncStatus {
	if (row.lain && row.lain.length > 0) return 'konflik';
	if (row.alasan) return 'ditolak';
	return row.antre === 1 ? 'lokal' : 'tersinkron';
}

export function withStatus(row: Omit<SyncRow, 'status'>): SyncRow {
	return { ...row, status: statusOf(row) };
}

export type StatusCounts = Record<SyncStatus, number>;

export async function countPerStatus(db: RaporDb): Promise<StatusCounts> {
	const counts = await Promise.all(
		SYNC_STATUSES.map((s) => db.sinkron.where('status').equals(s).count())
	);
	return Object.fromEntries(SYNC_STATUSES.map((s, i) => [s, counts[i]])) as StatusCounts;
}

/** Records that need a person or are not yet on the server: everything but 'tersinkron'. */
export async function notYetSynced(db: RaporDb): Promise<SyncRow[]> {
	return db.sinkron.where('status').anyOf(['lokal', 'konflik', 'ditolak']).toArray();
}

export async function recordStatus(
	db: RaporDb,
	ids: readonly string[]
): Promise<Map<string, SyncStatus>> {
	const rows = await db.sinkron.bulkGet([...ids]);
	const map = new Map<string, SyncStatus>();
	rows.forEach((row, i) => {
		if (row) map.set(ids[i]!, row.status);
	});
	return map;
}
