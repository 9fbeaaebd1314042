/**
 * Pull: the server's changes to one database since the device's checkpoint, in batches. Each
 * batch is validated with the same zod schemas the app writes with (a server is never trusted),
 * written to Dexie with its sync state, and the checkpoint advances in the same transaction, so an
 * interrupted pull resumes where it stopped and applies nothing twice.
 *
 * A record with a change the server does not have yet is never overwritten: when the server's
 * version does not build on it, both are kept and the record is in conflict.
 */
import {
	dariDokumen,
	DATABASE_JENIS,
	koreksiCocok,
	uraiIdDokumen,
	type KoreksiDokumenIsi,
	type KunciDatabase
} from '$lib/domain/dokumen';
import type { RaporDb } from '$lib/db/schema';
import { denganStatus, type SinkronRow, type VersiLain } from '$lib/db/sinkron';
import { transaksiServer } from './pelacak';
import type { DokumenServer, HasilBulkGet, PerubahanServer, Remote } from './remote';
import { pemenang, riwayatDari, turunanDari } from './revisi';
import { isiKeBaris, TABEL_JENIS, tabelDatabase } from './tabel';

export const BATAS_PULL = 250;
const META_CHECKPOINT = 'sinkron:checkpoint:';
/** Documents from the server that failed validation, for the sync screen (the newest 100). */
export const META_DIABAIKAN = 'sinkron:diabaikan';
/** Corrections whose response has not arrived yet; applied once it has, if they match it. */
const META_KOREKSI_TERTUNDA = 'sinkron:koreksi-tertunda';

export interface Diabaikan {
	id: string;
	rev: string;
	keys: string[];
	pada: string;
}

export interface OpsiPull {
	selector?: Record<string, unknown>;
	batas?: number;
	/** Long-poll: wait up to this many ms for a change when there is none. */
	tunggu?: number;
	signal?: AbortSignal;
}

export interface HasilPull {
	diterima: number;
	diabaikan: number;
	/** The server had no more changes after this batch. */
	tersusul: boolean;
}

interface Daun extends VersiLain {
	dihapus: boolean;
}

export async function checkpoint(db: RaporDb, kunci: KunciDatabase): Promise<string | number> {
	const row = await db.meta.get(META_CHECKPOINT + kunci);
	return typeof row?.value === 'string' || typeof row?.value === 'number' ? row.value : 0;
}

export async function hapusCheckpoint(db: RaporDb, kunci: KunciDatabase): Promise<void> {
	await db.meta.delete(META_CHECKPOINT + kunci);
}

/** The revisions to fetch: every leaf of a document, unless the device has exactly that one. */
function perluDiambil(changes: readonly PerubahanServer[], rows: (SinkronRow | undefined)[]) {
	const minta: { id: string; rev: string }[] = [];
	changes.forEach((c, i) => {
		const row = rows[i];
		const daun = c.changes.map((x) => x.rev);
		const sama = row && daun.length === 1 && daun[0] === row.rev && !row.lain?.length;
		if (!sama) for (const rev of daun) minta.push({ id: c.id, rev });
	});
	return minta;
}

function daunPerDokumen(hasil: HasilBulkGet): Map<string, Daun[]> {
	const map = new Map<string, Daun[]>();
	for (const r of hasil.results) {
		for (const d of r.docs) {
			if (!('ok' in d)) continue;
			const { _rev, _revisions, _deleted, ...rest } = d.ok as DokumenServer;
			const daun: Daun = {
				rev: _rev,
				riwayat: riwayatDari(_revisions, _rev),
				dokumen: _deleted ? null : rest,
				dihapus: _deleted === true
			};
			map.set(r.id, [...(map.get(r.id) ?? []), daun]);
		}
	}
	return map;
}

const tanpaDihapus = (daun: readonly Daun[], kecuali: string): VersiLain[] =>
	daun
		.filter((d) => !d.dihapus && d.rev !== kecuali)
		.map(({ rev, riwayat, dokumen }) => ({ rev, riwayat, dokumen }));

class PenerapBatch {
	diterima = 0;
	readonly diabaikan: Diabaikan[] = [];
	private readonly pada = new Date().toISOString();

	constructor(
		private readonly db: RaporDb,
		private readonly kunci: KunciDatabase
	) {}

	async terapkan(id: string, daun: Daun[]): Promise<void> {
		const urai = uraiIdDokumen(id);
		if (!urai || DATABASE_JENIS[urai.jenis] !== this.kunci || daun.length === 0) return;
		const menang = pemenang(daun);
		const row = await this.db.sinkron.get(id);
		const ditutup = new Set(row?.tutup?.map((t) => t.menutup));
		const lain = tanpaDihapus(daun, menang.rev).filter((v) => !ditutup.has(v.rev));

		if (row && row.rev !== menang.rev && turunanDari(row.rev, row.riwayat, menang.rev)) {
			// The device's version builds on the server's: it stays, and goes (again) to a server
			// that lacks it (one restored from an older backup, say).
			const antre = row.alasan ? row.antre : 1;
			await this.tulisSinkron({ ...row, antre, lain });
			return;
		}
		if (row?.antre === 1 && !turunanDari(menang.rev, menang.riwayat, row.rev)) {
			// Edited on the device and on the server since they last agreed: both are kept.
			const lainDariSini = tanpaDihapus(daun, row.rev).filter((v) => !ditutup.has(v.rev));
			await this.tulisSinkron({ ...row, lain: lainDariSini });
			return;
		}
		if (row?.alasan && row.antre === 0 && row.rev !== menang.rev) {
			// Refused on the server: the device keeps its version until the person decides.
			return;
		}
		if (menang.dihapus) {
			await this.db.table(TABEL_JENIS[urai.jenis]).delete(urai.id);
		} else {
			const parsed = dariDokumen(menang.dokumen);
			if (!parsed.ok || parsed.jenis !== urai.jenis) {
				this.abaikan(id, menang.rev, parsed.ok ? ['dokumen.jenis'] : parsed.keys);
				return;
			}
			if (parsed.jenis === 'koreksi' && !(await this.koreksiBoleh(parsed.isi, id, menang))) return;
			await this.db.table(TABEL_JENIS[urai.jenis]).put(isiKeBaris(parsed.jenis, parsed.isi));
		}
		this.diterima++;
		await this.tulisSinkron({
			id,
			db: this.kunci,
			rev: menang.rev,
			riwayat: menang.riwayat,
			antre: 0,
			...(menang.dihapus ? { dihapus: true as const } : {}),
			...(row?.tutup ? { tutup: row.tutup } : {}),
			lain
		});
	}

	/** A correction applies only to the response it claims (a CouchDB server cannot check). */
	private async koreksiBoleh(isi: KoreksiDokumenIsi, id: string, daun: Daun): Promise<boolean> {
		const response = await this.db.responses.get(isi.responseId);
		if (!response) {
			await this.tunda(id, daun);
			return false;
		}
		if (!koreksiCocok(isi, response)) {
			this.abaikan(id, daun.rev, ['akses.koreksiTidakCocok']);
			return false;
		}
		return true;
	}

	private async tunda(id: string, daun: Daun): Promise<void> {
		const tertunda = await bacaTertunda(this.db);
		tertunda.set(id, daun);
		await this.db.meta.put({ key: META_KOREKSI_TERTUNDA, value: [...tertunda.values()] });
	}

	/** Corrections that waited for their response: applied when it is here now. */
	async terapkanTertunda(): Promise<void> {
		const tertunda = await bacaTertunda(this.db);
		if (tertunda.size === 0) return;
		await this.db.meta.delete(META_KOREKSI_TERTUNDA);
		for (const [id, daun] of tertunda) await this.terapkan(id, [daun]);
	}

	private abaikan(id: string, rev: string, keys: string[]): void {
		this.diabaikan.push({ id, rev, keys, pada: this.pada });
	}

	private async tulisSinkron(row: Omit<SinkronRow, 'status' | 'diubah'>): Promise<void> {
		const { lain, ...rest } = row;
		await this.db.sinkron.put(
			denganStatus({ ...rest, ...(lain && lain.length > 0 ? { lain } : {}), diubah: this.pada })
		);
	}

	async catatDiabaikan(): Promise<void> {
		if (this.diabaikan.length === 0) return;
		const lama = ((await this.db.meta.get(META_DIABAIKAN))?.value as Diabaikan[] | undefined) ?? [];
		await this.db.meta.put({ key: META_DIABAIKAN, value: [...lama, ...this.diabaikan].slice(-100) });
	}
}

async function bacaTertunda(db: RaporDb): Promise<Map<string, Daun>> {
	const value = (await db.meta.get(META_KOREKSI_TERTUNDA))?.value;
	const list = Array.isArray(value) ? (value as (Daun & { id?: string })[]) : [];
	return new Map(
		list.map((d) => [String((d.dokumen as { _id?: unknown } | null)?._id ?? d.id), d])
	);
}

/** Pulls one batch of changes; call again until `tersusul`. */
export async function pull(
	db: RaporDb,
	remote: Remote,
	kunci: KunciDatabase,
	opsi: OpsiPull = {}
): Promise<HasilPull> {
	const batas = opsi.batas ?? BATAS_PULL;
	const since = await checkpoint(db, kunci);
	const jawab = await remote.changes({
		since,
		limit: batas,
		...(opsi.selector ? { selector: opsi.selector } : {}),
		...(opsi.tunggu ? { tunggu: opsi.tunggu } : {})
	});
	const rows = await db.sinkron.bulkGet(jawab.results.map((c) => c.id));
	const minta = perluDiambil(jawab.results, rows);
	const daun = minta.length > 0 ? daunPerDokumen(await remote.bulkGet(minta)) : new Map();
	opsi.signal?.throwIfAborted();

	const penerap = new PenerapBatch(db, kunci);
	const tables = [...tabelDatabase(kunci), 'meta'];
	await transaksiServer(db, tables, async () => {
		for (const [id, versi] of daun) await penerap.terapkan(id, versi);
		if (kunci === 'skm') await penerap.terapkanTertunda();
		await penerap.catatDiabaikan();
		await db.meta.put({ key: META_CHECKPOINT + kunci, value: jawab.last_seq });
	});
	return {
		diterima: penerap.diterima,
		diabaikan: penerap.diabaikan.length,
		tersusul: jawab.results.length < batas
	};
}
