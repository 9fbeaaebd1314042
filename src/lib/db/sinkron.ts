/**
 * The sync state of every record that syncs with the server, one row per document (table
 * `sinkron`). A local change writes its row in the same transaction as the record (see
 * src/lib/sync/pelacak.ts), so the outbox is never out of step with the data: the outbox is the set
 * of rows with `antre` = 1.
 */
import type { AlasanServer, KunciDatabase } from '$lib/domain/dokumen';
import type { RaporDb } from './schema';

/** What a person sees next to a record. */
export type StatusSinkron = 'lokal' | 'tersinkron' | 'konflik' | 'ditolak';
export const STATUS_SINKRON: readonly StatusSinkron[] = [
	'lokal',
	'tersinkron',
	'konflik',
	'ditolak'
];

/** Another version of a conflicted document, as the server holds it. */
export interface VersiLain {
	rev: string;
	/** Its history, newest hash first. */
	riwayat: string[];
	/** The stored document (`_id`, `type` and fields), or null for a deleted branch. */
	dokumen: Record<string, unknown> | null;
}

/** A losing branch to close with a deletion on the next push (a resolved conflict). */
export interface CabangTutup {
	/** The deletion's own revision and history. */
	rev: string;
	riwayat: string[];
	/** The losing revision it closes. */
	menutup: string;
}

export interface SinkronRow {
	/** The stored document id, `<type>:<id>`. */
	id: string;
	db: KunciDatabase;
	/** The revision of the record as it is on this device. */
	rev: string;
	/** Its history, newest hash first (CouchDB `_revisions.ids`). */
	riwayat: string[];
	/** 1 while the device's revision is not yet on the server. */
	antre: 0 | 1;
	status: StatusSinkron;
	/** The record was deleted on this device; the push sends a deletion. */
	dihapus?: true;
	/** Why the server refused the device's revision. */
	alasan?: AlasanServer;
	/** The other versions of a conflicted document; empty or absent when there is none. */
	lain?: VersiLain[];
	tutup?: CabangTutup[];
	/** Device time of the last change of this row, ISO 8601. */
	diubah: string;
}

/** The status a row shows: a conflict or a refusal before "not yet sent". */
export function statusDari(row: Omit<SinkronRow, 'status'>): StatusSinkron {
	if (row.lain && row.lain.length > 0) return 'konflik';
	if (row.alasan) return 'ditolak';
	return row.antre === 1 ? 'lokal' : 'tersinkron';
}

export function denganStatus(row: Omit<SinkronRow, 'status'>): SinkronRow {
	return { ...row, status: statusDari(row) };
}

export type JumlahStatus = Record<StatusSinkron, number>;

export async function jumlahPerStatus(db: RaporDb): Promise<JumlahStatus> {
	const counts = await Promise.all(
		STATUS_SINKRON.map((s) => db.sinkron.where('status').equals(s).count())
	);
	return Object.fromEntries(STATUS_SINKRON.map((s, i) => [s, counts[i]])) as JumlahStatus;
}

/** Records that need a person or are not yet on the server: everything but 'tersinkron'. */
export async function belumTersinkron(db: RaporDb): Promise<SinkronRow[]> {
	return db.sinkron.where('status').anyOf(['lokal', 'konflik', 'ditolak']).toArray();
}

export async function statusRekaman(
	db: RaporDb,
	ids: readonly string[]
): Promise<Map<string, StatusSinkron>> {
	const rows = await db.sinkron.bulkGet([...ids]);
	const map = new Map<string, StatusSinkron>();
	rows.forEach((row, i) => {
		if (row) map.set(ids[i]!, row.status);
	});
	return map;
}
