/**
 * Figures pinned for a rakor (see domain/rakor.ts). Device-local: the table does not sync, so a
 * pinned copy changes only when its official pins again or deletes it.
 */
import { snapshotRakorSchema, type SnapshotRakor } from '$lib/domain/rakor';
import type { RaporDb } from './schema';
import { parseAll } from './validate';

export async function simpanSnapshot(db: RaporDb, snapshot: SnapshotRakor): Promise<void> {
	const [valid] = parseAll(snapshotRakorSchema, [snapshot], 'snapshot-rakor');
	await db.snapshotRakor.add(valid!);
}

const terbaca = (row: unknown): row is SnapshotRakor => snapshotRakorSchema.safeParse(row).success;

/** One pinned copy, or null when there is none (or it was made by an app of another shape). */
export async function bacaSnapshot(db: RaporDb, id: string): Promise<SnapshotRakor | null> {
	const row = await db.snapshotRakor.get(id);
	return terbaca(row) ? row : null;
}

/** Every pinned copy, newest first. */
export async function daftarSnapshot(db: RaporDb): Promise<SnapshotRakor[]> {
	const rows = (await db.snapshotRakor.toArray()).filter(terbaca);
	return rows.sort((a, b) => Date.parse(b.diambil) - Date.parse(a.diambil));
}

export async function hapusSnapshot(db: RaporDb, id: string): Promise<void> {
	await db.snapshotRakor.delete(id);
}
