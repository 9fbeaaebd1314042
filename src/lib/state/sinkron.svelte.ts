/**
 * Sync on this page: the engine of the signed-in account (loaded on demand, so the demo and the
 * first paint never load PouchDB), its state for the screens, and what a person does with records
 * that did not sync cleanly.
 */
import { DATABASE, uraiIdDokumen, type JenisDokumen } from '$lib/domain/dokumen-id';
import { barisKeIsi, TABEL_JENIS } from '$lib/sync/tabel';
import { waktuSekarang } from '$lib/domain/waktu-lokal';
import { jumlahPerStatus, belumTersinkron, statusRekaman, type SinkronRow } from '$lib/db/sinkron';
import type { Keadaan, MesinSinkron } from '$lib/sync/mesin';
import { META_DIABAIKAN, META_TERAKHIR, type Diabaikan } from '$lib/sync/meta';
import type { HasilTindakan } from '$lib/sync/konflik';
import { sesiSekarang } from '$lib/sync/sesi';
import { akunAktif, apiBase } from './akun.svelte';
import { database } from './app.svelte';
import { live } from './live.svelte';

/** What the sync screens show of the device's records; ui/ reads them here, never from db/. */
export { STATUS_SINKRON, type SinkronRow, type StatusSinkron } from '$lib/db/sinkron';
export type { Fase, Keadaan } from '$lib/sync/mesin';

class SinkronState {
	keadaan = $state<Keadaan | null>(null);
}

export const sinkron = new SinkronState();
let mesin: Promise<MesinSinkron> | null = null;

async function remote(kunci: keyof typeof DATABASE) {
	const { bukaRemote } = await import('$lib/sync/remote');
	return bukaRemote(apiBase(), DATABASE[kunci]);
}

/** Starts the engine once per page when an account is signed in. */
export function mulaiSinkron(): void {
	if (!akunAktif || mesin) return;
	const pengguna = akunAktif;
	mesin = (async () => {
		const [db, { MesinSinkron }, { bukaRemote }] = await Promise.all([
			database(),
			import('$lib/sync/mesin'),
			import('$lib/sync/remote')
		]);
		const m = new MesinSinkron({
			db,
			pengguna,
			remote: (kunci) => bukaRemote(apiBase(), DATABASE[kunci]),
			sesi: async () => {
				const s = await sesiSekarang(apiBase());
				return s === 'jaringan' ? s : (s?.nama ?? null);
			},
			lingkungan: {
				online: () => navigator.onLine,
				saatOnline: (cb) => {
					window.addEventListener('online', cb);
					return () => window.removeEventListener('online', cb);
				}
			},
			onKeadaan: (k) => (sinkron.keadaan = k)
		});
		m.mulai();
		return m;
	})();
}

export async function sinkronkanSekarang(): Promise<void> {
	await (await mesin)?.sinkronkanSekarang();
}

/** After signing in again with the same account. */
export async function sesiPulih(): Promise<void> {
	(await mesin)?.sesiPulih();
}

export function jumlahStatusLive() {
	return live(
		() => null,
		(db) => jumlahPerStatus(db)
	);
}

export function perluPerhatianLive() {
	return live(
		() => null,
		(db) => belumTersinkron(db)
	);
}

export function terakhirLive() {
	return live(
		() => null,
		async (db) => ((await db.meta.get(META_TERAKHIR))?.value as string | undefined) ?? null
	);
}

export function diabaikanLive() {
	return live(
		() => null,
		async (db) => ((await db.meta.get(META_DIABAIKAN))?.value as Diabaikan[] | undefined) ?? []
	);
}

/** The sync status of records shown on a screen, by stored document id (`response:<id>`, …). */
export function statusRekamanLive(ids: () => string[]) {
	return live(ids, (db, list) => statusRekaman(db, list));
}

export interface DataKonflik {
	jenis: JenisDokumen;
	/** The version this device shows, as a domain document. */
	ini: Record<string, unknown>;
	/** The other versions, as domain documents (null: a deleted branch). */
	lain: { rev: string; isi: Record<string, unknown> | null }[];
}

const tanpaAmplop = (dokumen: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(dokumen).filter(([k]) => k !== '_id' && k !== 'type'));

export async function muatKonflik(id: string): Promise<DataKonflik | null> {
	const urai = uraiIdDokumen(id);
	if (!urai) return null;
	const db = await database();
	const [row, baris] = await Promise.all([
		db.sinkron.get(id),
		db.table(TABEL_JENIS[urai.jenis]).get(urai.id)
	]);
	if (!row?.lain?.length || !baris) return null;
	return {
		jenis: urai.jenis,
		ini: barisKeIsi(urai.jenis, baris),
		lain: row.lain.map((v) => ({ rev: v.rev, isi: v.dokumen ? tanpaAmplop(v.dokumen) : null }))
	};
}

export async function selesaikan(
	id: string,
	isi: Record<string, unknown>,
	induk?: string
): Promise<HasilTindakan> {
	const { selesaikanKonflik } = await import('$lib/sync/konflik');
	const hasil = await selesaikanKonflik(await database(), id, isi, induk);
	if (hasil.ok) void sinkronkanSekarang();
	return hasil;
}

export async function kirimLagi(id: string): Promise<void> {
	const { kirimUlang } = await import('$lib/sync/konflik');
	await kirimUlang(await database(), id);
	void sinkronkanSekarang();
}

export async function pakaiServer(row: SinkronRow): Promise<void> {
	const urai = uraiIdDokumen(row.id);
	if (!urai) return;
	const r = await remote(row.db);
	try {
		const { pakaiVersiServer } = await import('$lib/sync/konflik');
		await pakaiVersiServer(await database(), r, row.id);
	} finally {
		await r.close();
	}
}

/** Every record not yet on the server, as stored documents, for a file the person keeps. */
export async function eksporBelumTerkirim(): Promise<Blob> {
	const db = await database();
	const rows = await belumTersinkron(db);
	const dokumen = [];
	for (const row of rows) {
		const urai = uraiIdDokumen(row.id);
		if (!urai) continue;
		const baris = await db.table(TABEL_JENIS[urai.jenis]).get(urai.id);
		dokumen.push({
			_id: row.id,
			status: row.status,
			...(row.alasan ? { alasan: row.alasan } : {}),
			isi: baris ? barisKeIsi(urai.jenis, baris) : null,
			...(row.lain ? { versiLain: row.lain } : {})
		});
	}
	const isi = { akun: akunAktif?.nama, diekspor: waktuSekarang(), dokumen };
	return new Blob([JSON.stringify(isi, null, 2)], { type: 'application/json' });
}
