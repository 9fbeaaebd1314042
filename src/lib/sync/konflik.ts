/**
 * What a person does with a record that did not sync cleanly: resolve a conflict with a chosen or
 * merged version, send a refused record again (after the admin fixed the account, say), or give
 * up the device's refused version for the server's.
 */
import { dariDokumen, uraiIdDokumen } from '$lib/domain/dokumen';
import type { RaporDb } from '$lib/db/schema';
import { denganStatus, type SinkronRow } from '$lib/db/sinkron';
import { transaksiServer } from './pelacak';
import type { Remote } from './remote';
import { revisiBerikut, riwayatDari } from './revisi';
import { isiKeBaris, TABEL_JENIS } from './tabel';

export type HasilTindakan = { ok: true } | { ok: false; keys: string[] };

const tanpa = <T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> => {
	const copy = { ...o };
	for (const k of keys) delete copy[k];
	return copy;
};

/**
 * Stores `isi` as the record's next version on top of `induk` (a revision of the conflict; the one
 * the device shows by default), and closes every other version with a deletion; both go to the
 * server on the next push, and reach every device.
 */
export async function selesaikanKonflik(
	db: RaporDb,
	id: string,
	isi: Record<string, unknown>,
	induk?: string
): Promise<HasilTindakan> {
	const urai = uraiIdDokumen(id);
	if (!urai) return { ok: false, keys: ['dokumen.id'] };
	const parsed = dariDokumen({ ...isi, _id: id, type: urai.jenis });
	if (!parsed.ok) return { ok: false, keys: parsed.keys };
	const tabel = TABEL_JENIS[urai.jenis];
	return transaksiServer(db, [tabel], async (): Promise<HasilTindakan> => {
		const row = await db.sinkron.get(id);
		if (!row?.lain?.length) return { ok: false, keys: ['sinkron.tidakKonflik'] };
		const versi = [{ rev: row.rev, riwayat: row.riwayat }, ...row.lain];
		const dasar = versi.find((v) => v.rev === (induk ?? row.rev));
		if (!dasar) return { ok: false, keys: ['sinkron.tidakKonflik'] };
		await db.table(tabel).put(isiKeBaris(parsed.jenis, parsed.isi as never));
		const berikut = revisiBerikut(dasar.rev, dasar.riwayat);
		const tutup = [
			...(row.tutup ?? []),
			...versi
				.filter((v) => v !== dasar)
				.map((v) => ({ ...revisiBerikut(v.rev, v.riwayat), menutup: v.rev }))
		];
		const baru: Omit<SinkronRow, 'status'> = {
			...tanpa(row, 'lain', 'alasan', 'status', 'dihapus'),
			...berikut,
			antre: 1,
			tutup,
			diubah: new Date().toISOString()
		};
		await db.sinkron.put(denganStatus(baru));
		return { ok: true };
	});
}

/** Queues a refused record again as it is (the reason may be gone: a unit added to the account). */
export async function kirimUlang(db: RaporDb, id: string): Promise<void> {
	await db.transaction('rw', db.sinkron, async () => {
		const row = await db.sinkron.get(id);
		if (!row?.alasan) return;
		await db.sinkron.put(
			denganStatus({
				...tanpa(row, 'alasan', 'status'),
				antre: 1,
				diubah: new Date().toISOString()
			})
		);
	});
}

/**
 * Gives up the device's refused version: the record becomes the server's version again, or, when
 * the server never had it, is removed from the device. Needs the network.
 */
export async function pakaiVersiServer(db: RaporDb, remote: Remote, id: string): Promise<void> {
	const urai = uraiIdDokumen(id)!;
	const tabel = TABEL_JENIS[urai.jenis];
	const jawab = await remote.bulkGet([{ id }]);
	const versi = jawab.results[0]?.docs.find((d) => 'ok' in d);
	await transaksiServer(db, [tabel], async () => {
		const row = await db.sinkron.get(id);
		if (!row?.alasan) return;
		if (!versi || !('ok' in versi) || versi.ok._deleted) {
			await db.table(tabel).delete(urai.id);
			await db.sinkron.delete(id);
			return;
		}
		const { _rev, _revisions, ...dokumen } = versi.ok;
		const parsed = dariDokumen(dokumen);
		if (!parsed.ok) return;
		await db.table(tabel).put(isiKeBaris(parsed.jenis, parsed.isi as never));
		await db.sinkron.put(
			denganStatus({
				...tanpa(row, 'alasan', 'status', 'lain', 'dihapus'),
				rev: _rev,
				riwayat: riwayatDari(_revisions, _rev),
				antre: 0,
				diubah: new Date().toISOString()
			})
		);
	});
}
