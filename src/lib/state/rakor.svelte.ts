/**
 * Rakor mode on this page: the meeting's figures live or pinned, and pinning them. Pinned figures
 * are computed afresh from the database (never copied from screen state) and kept on this device.
 */
import { idAcak } from '$lib/domain/id-acak';
import { getPengguna } from '$lib/db/perangkat';
import {
	bacaSnapshot,
	daftarSnapshot,
	hapusSnapshot,
	simpanSnapshot
} from '$lib/db/snapshot-rakor';
import { VERSI_SNAPSHOT, type SnapshotRakor } from '$lib/domain/rakor';
import { waktuSekarang } from '$lib/domain/waktu-lokal';
import { META_TERAKHIR } from '$lib/sync/meta';
import { database } from './app.svelte';
import { live } from './live.svelte';
import type { DataRakor } from '$lib/view/rakor';
import { bacaDataRakor } from './rakor-reads';

export function dataRakorLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<DataRakor | null> =>
		id ? bacaDataRakor(db, id) : null
	);
}

/** A pinned copy and its figures; null when there is none under that id. */
export function snapshotLive(id: () => string | null) {
	return live(id, async (db, snapshotId) => (snapshotId ? bacaSnapshot(db, snapshotId) : null));
}

export function daftarSnapshotLive() {
	return live(
		() => null,
		(db) => daftarSnapshot(db)
	);
}

/** The figures of a pinned copy, as the app computed them then. */
export const dataSnapshot = (snapshot: SnapshotRakor): DataRakor => snapshot.data as DataRakor;

/** Pins the triwulan's figures as the device computes them now; returns the new copy's id. */
export async function sematkan(periodeId: string): Promise<string> {
	const db = await database();
	const [data, pengguna, terakhir] = await Promise.all([
		bacaDataRakor(db, periodeId),
		getPengguna(db),
		db.meta.get(META_TERAKHIR)
	]);
	const snapshot: SnapshotRakor = {
		id: `snap-${idAcak()}`,
		periodeId,
		diambil: waktuSekarang(),
		oleh: pengguna?.nama ?? null,
		sinkronTerakhir: typeof terakhir?.value === 'string' ? terakhir.value : null,
		versi: VERSI_SNAPSHOT,
		data
	};
	await simpanSnapshot(db, snapshot);
	return snapshot.id;
}

export async function hapusSematan(id: string): Promise<void> {
	await hapusSnapshot(await database(), id);
}
