/**
 * Rakor mode on this page: the meeting's figures live or pinned, and pinning them. Pinned figures
 * are computed afresh from the database (never copied from screen state) and kept on this device.
 */
import { randomId } from '$lib/domain/random-id';
import { getUser } from '$lib/db/device';
import { readSnapshot, listSnapshots, removeSnapshot, saveSnapshot } from '$lib/db/rakor-snapshot';
import { SNAPSHOT_VERSION, type RakorSnapshot } from '$lib/domain/rakor';
import { timeNow } from '$lib/domain/local-time';
import { META_LAST } from '$lib/sync/meta';
import { database } from './app.svelte';
import { live } from './live.svelte';
import type { RakorData } from '$lib/view/rakor';
import { readRakorData } from './rakor-reads';

export function rakorDataLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<RakorData | null> =>
		id ? readRakorData(db, id) : null
	);
}

/** A pinned copy and its figures; null when there is none under that id. */
export function snapshotLive(id: () => string | null) {
	return live(id, async (db, snapshotId) => (snapshotId ? readSnapshot(db, snapshotId) : null));
}

export function snapshotListLive() {
	return live(
		() => null,
		(db) => listSnapshots(db)
	);
}

/** The figures of a pinned copy, as the app computed them then. */
export const snapshotData = (snapshot: RakorSnapshot): RakorData => snapshot.data as RakorData;

/** Pins the triwulan's figures as the device computes them now; returns the new copy's id. */
export async function pinSnapshot(periodeId: string): Promise<string> {
	const db = await database();
	const [data, user, last] = await Promise.all([
		readRakorData(db, periodeId),
		getUser(db),
		db.meta.get(META_LAST)
	]);
	const snapshot: RakorSnapshot = {
		id: `snap-${randomId()}`,
		periodeId,
		diambil: timeNow(),
		oleh: user?.nama ?? null,
		sinkronTerakhir: typeof last?.value === 'string' ? last.value : null,
		versi: SNAPSHOT_VERSION,
		data
	};
	await saveSnapshot(db, snapshot);
	return snapshot.id;
}

export async function removePinnedSnapshot(id: string): Promise<void> {
	await removeSnapshot(await database(), id);
}
