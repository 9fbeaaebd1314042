/**
 * What a person does with a record that did not sync cleanly: resolve a conflict with a chosen or
 * merged version, send a refused record again (after the admin fixed the account, say), or give
 * up the device's refused version for the server's.
 */
import { fromDocument, parseDocumentId } from '$lib/domain/document';
import type { RaporDb } from '$lib/db/schema';
import { withStatus, type SyncRow } from '$lib/db/sync';
import { serverTransaction } from './tracker';
import type { Remote } from './remote';
import { nextRevision, historyOf } from './revision';
import { contentToRow, TABLE_BY_KIND } from './tables';

export type ActionResult = { ok: true } | { ok: false; keys: string[] };

const omit = <T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> => {
	const copy = { ...o };
	for (const k of keys) delete copy[k];
	return copy;
};

/**
 * Stores `isi` as the record's next version on top of `induk` (a revision of the conflict; the one
 * the device shows by default), and closes every other version with a deletion; both go to the
 * server on the next push, and reach every device.
 */
export async function resolveConflict(
	db: RaporDb,
	id: string,
	content: Record<string, unknown>,
	parent?: string
): Promise<ActionResult> {
	const urai = parseDocumentId(id);
	if (!urai) return { ok: false, keys: ['dokumen.id'] };
	const parsed = fromDocument({ ...content, _id: id, type: urai.jenis });
	if (!parsed.ok) return { ok: false, keys: parsed.keys };
	const tabel = TABLE_BY_KIND[urai.jenis];
	return serverTransaction(db, [tabel], async (): Promise<ActionResult> => {
		const row = await db.sinkron.get(id);
		if (!row?.lain?.length) return { ok: false, keys: ['sinkron.tidakKonflik'] };
		const version = [{ rev: row.rev, riwayat: row.riwayat }, ...row.lain];
		const base = version.find((v) => v.rev === (parent ?? row.rev));
		if (!base) return { ok: false, keys: ['sinkron.tidakKonflik'] };
		await db.table(tabel).put(contentToRow(parsed.jenis, parsed.isi as never));
		const berikut = nextRevision(base.rev, base.riwayat);
		const tutup = [
			...(row.tutup ?? []),
			...version
				.filter((v) => v !== base)
				.map((v) => ({ ...nextRevision(v.rev, v.riwayat), menutup: v.rev }))
		];
		const baru: Omit<SyncRow, 'status'> = {
			...omit(row, 'lain', 'alasan', 'status', 'dihapus'),
			...berikut,
			antre: 1,
			tutup,
			diubah: new Date().toISOString()
		};
		await db.sinkron.put(withStatus(baru));
		return { ok: true };
	});
}

/** Queues a refused record again as it is (the reason may be gone: a unit added to the account). */
export async function resend(db: RaporDb, id: string): Promise<void> {
	await db.transaction('rw', db.sinkron, async () => {
		const row = await db.sinkron.get(id);
		if (!row?.alasan) return;
		await db.sinkron.put(
			withStatus({
				...omit(row, 'alasan', 'status'),
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
export async function useServerVersion(db: RaporDb, remote: Remote, id: string): Promise<void> {
	const urai = parseDocumentId(id)!;
	const tabel = TABLE_BY_KIND[urai.jenis];
	const answer = await remote.bulkGet([{ id }]);
	const versi = answer.results[0]?.docs.find((d) => 'ok' in d);
	await serverTransaction(db, [tabel], async () => {
		const row = await db.sinkron.get(id);
		if (!row?.alasan) return;
		if (!versi || !('ok' in versi) || versi.ok._deleted) {
			await db.table(tabel).delete(urai.id);
			await db.sinkron.delete(id);
			return;
		}
		const { _rev, _revisions, ...document } = versi.ok;
		const parsed = fromDocument(document);
		if (!parsed.ok) return;
		await db.table(tabel).put(contentToRow(parsed.jenis, parsed.isi as never));
		await db.sinkron.put(
			withStatus({
				...omit(row, 'alasan', 'status', 'lain', 'dihapus'),
				rev: _rev,
				riwayat: historyOf(_revisions, _rev),
				antre: 0,
				diubah: new Date().toISOString()
			})
		);
	});
}
