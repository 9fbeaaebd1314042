/**
 * Figures pinned for a rakor (see domain/rakor.ts). Device-local: the table does not sync, so a
 * pinned copy changes only when its official pins again or deletes it.
 */
import { rakorSnapshotSchema, type RakorSnapshot } from '$lib/domain/rakor';
import type { RaporDb } from './schema';
import { parseAll } from './validate';

export async function saveSnapshot(db: RaporDb, snapshot: RakorSnapshot): Promise<void> {
	const [valid] = parseAll(rakorSnapshotSchema, [snapshot], 'snapshot-rakor');
	await db.snapshotRakor.add(valid!);
}

const readable = (row: unknown): row is RakorSnapshot => rakorSnapshotSchema.safeParse(row).success;

/** One pinned copy, or null when there is none (or it was made by an app of another shape). */
export async function readSnapshot(db: RaporDb, id: string): Promise<RakorSnapshot | null> {
	const row = await db.snapshotRakor.get(id);
	return readable(row) ? row : null;
}

/** Every pinned copy, newest first. */
export async function listSnapshots(db: RaporDb): Promise<RakorSnapshot[]> {
	const rows = (await db.snapshotRakor.toArray()).filter(readable);
	return rows.sort((a, b) => Date.parse(b.diambil) - Date.parse(a.diambil));
}

export async function removeSnapshot(db: RaporDb, id: string): Promise<void> {
	await db.snapshotRakor.delete(id);
}
