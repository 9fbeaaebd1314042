/**
 * Pull: the server's changes to one database since the device's checkpoint, in batches. Each
 * batch is validated with the same zod schemas the app writes with (a server is never trusted),
 * written to Dexie with its sync state, and the checkpoint advances in the same transaction, so an
 * interrupted pull resumes where it stopped and applies nothing twice.
 *
 * The change feed carries each document (`include_docs`); one written once (a survey response) is
 * complete there, so only edited, deleted or conflicted documents are fetched again with
 * `_bulk_get?revs=true` for their history.
 *
 * `pullSampaiTersusul` keeps the network busy while the device writes: the next batch's `_changes`
 * and `_bulk_get` are on their way while the current batch is validated and written. Fetching
 * ahead never changes what is applied (each batch decides inside its own transaction, against the
 * records as they are then); at worst it fetches a revision the device turns out to have. The
 * documents are validated before the transaction, a slice at a time with the main thread given
 * back in between, and written in slices, so no batch holds the screen for long.
 *
 * A record with a change the server does not have yet is never overwritten: when the server's
 * version does not build on it, both are kept and the record is in conflict. A verified
 * realisation entry is never replaced by a version that does not build on its history through the
 * admin's actions (bolehMenggantiEntri): such a version is set aside with a reason for the sync
 * screen, and the verified entry stays.
 */
import {
	dariDokumen,
	DATABASE_JENIS,
	type HasilDokumen,
	koreksiCocok,
	uraiIdDokumen,
	type KoreksiDokumenIsi,
	type KunciDatabase
} from '$lib/domain/dokumen';
import { bolehMenggantiEntri } from '$lib/domain/realisasi-status';
import type { Realisasi, SkmResponse } from '$lib/domain/schemas';
import type { RaporDb } from '$lib/db/schema';
import { denganStatus, type SinkronRow, type VersiLain } from '$lib/db/sinkron';
import { transaksiServer } from './pelacak';
import { bacaBertahap, BARIS_PER_PERMINTAAN, jamGiliran, potongan } from './giliran';
import type { DokumenServer, HasilBulkGet, HasilChanges, PerubahanServer, Remote } from './remote';
import { pemenang, riwayatDari, turunanDari } from './revisi';
import { META_DIABAIKAN, type Diabaikan } from './meta';
import { isiKeBaris, TABEL_JENIS, tabelDatabase } from './tabel';

/**
 * Changes per batch: one `_changes` carrying the documents, a `_bulk_get` only for documents that
 * were edited, deleted or are in conflict (their history), and one transaction. Batches of 1,000
 * pulled faster on the bench but made the longest main-thread task of a throttled pull about
 * twice as long (over the 100 ms goal), so 500 stays until that task is found and split.
 */
export const BATAS_PULL = 500;
const META_CHECKPOINT = 'sinkron:checkpoint:';
/** Corrections whose response has not arrived yet; applied once it has, if they match it. */
const META_KOREKSI_TERTUNDA = 'sinkron:koreksi-tertunda';

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

function daunDari(doc: DokumenServer): Daun {
	const { _rev, _revisions, _deleted, ...rest } = doc;
	return {
		rev: _rev,
		riwayat: riwayatDari(_revisions, _rev),
		dokumen: _deleted ? null : rest,
		dihapus: _deleted === true
	};
}

/**
 * The document a change carries, when it is all the device needs: the only leaf, not deleted, and
 * at generation 1, so its history is its own hash (the feed carries no `_revisions`). Documents
 * written once (every survey response) take no `_bulk_get` round trip.
 */
function utuhDiFeed(c: PerubahanServer): DokumenServer | null {
	const doc = c.doc;
	const satuDaun = c.changes.length === 1 && c.changes[0]!.rev === doc?._rev;
	return doc && satuDaun && !doc._deleted && doc._rev.startsWith('1-') ? doc : null;
}

/**
 * Every leaf of each changed document, unless the device has exactly that one: from the feed
 * when the change carries it whole, the rest to fetch with `_bulk_get`.
 */
function bagiPerubahan(changes: readonly PerubahanServer[], rows: (SinkronRow | undefined)[]) {
	const minta: { id: string; rev: string }[] = [];
	const dariFeed = new Map<string, Daun[]>();
	changes.forEach((c, i) => {
		const row = rows[i];
		const daun = c.changes.map((x) => x.rev);
		const sama = row && daun.length === 1 && daun[0] === row.rev && !row.lain?.length;
		if (sama) return;
		const doc = utuhDiFeed(c);
		if (doc) dariFeed.set(c.id, [daunDari(doc)]);
		else for (const rev of daun) minta.push({ id: c.id, rev });
	});
	return { minta, dariFeed };
}

function daunPerDokumen(hasil: HasilBulkGet, map: Map<string, Daun[]>): Map<string, Daun[]> {
	for (const r of hasil.results) {
		for (const d of r.docs) {
			if (!('ok' in d)) continue;
			map.set(r.id, [...(map.get(r.id) ?? []), daunDari(d.ok)]);
		}
	}
	return map;
}

const kunciValid = (id: string, rev: string) => `${id} ${rev}`;

/**
 * Each document's winning revision checked against its schema, before the transaction and a slice
 * at a time, so validation never runs as one long task.
 */
async function validasi(daun: Map<string, Daun[]>): Promise<Map<string, HasilDokumen>> {
	const hasil = new Map<string, HasilDokumen>();
	const jam = jamGiliran();
	for (const [id, leaves] of daun) {
		const menang = pemenang(leaves);
		if (!menang.dihapus) hasil.set(kunciValid(id, menang.rev), dariDokumen(menang.dokumen));
		await jam.mungkinBeriGiliran();
	}
	return hasil;
}

const tanpaDihapus = (daun: readonly Daun[], kecuali: string): VersiLain[] =>
	daun
		.filter((d) => !d.dihapus && d.rev !== kecuali)
		.map(({ rev, riwayat, dokumen }) => ({ rev, riwayat, dokumen }));

/**
 * Applies one batch inside the pull's transaction: reads what it needs in bulk, decides document
 * by document, and writes in bulk.
 */
class PenerapBatch {
	diterima = 0;
	readonly diabaikan: Diabaikan[] = [];
	private readonly pada = new Date().toISOString();
	private readonly rows = new Map<string, SinkronRow>();
	private readonly responses = new Map<string, Pick<SkmResponse, 'unitId' | 'enumerator'>>();
	private readonly realisasi = new Map<string, Realisasi>();
	private readonly tulisTabel = new Map<string, Map<string, Record<string, unknown> | null>>();
	private readonly tulisSinkronRows: SinkronRow[] = [];
	private tertunda = new Map<string, Daun>();

	constructor(
		private readonly db: RaporDb,
		private readonly kunci: KunciDatabase,
		private readonly valid: ReadonlyMap<string, HasilDokumen> = new Map()
	) {}

	/** Applies the documents (responses before the corrections that point at them). */
	async terapkanSemua(daun: Map<string, Daun[]>): Promise<void> {
		this.tertunda = this.kunci === 'skm' ? await bacaTertunda(this.db) : new Map();
		const semua = new Map<string, Daun[]>([
			...[...this.tertunda].map(([id, d]): [string, Daun[]] => [id, [d]]),
			...daun
		]);
		const ids = [...semua.keys()].sort((a, b) => urutan(a) - urutan(b) || a.localeCompare(b));
		await this.muatResponsKoreksi(semua);
		await this.muatRealisasi(ids);
		// A slice's records are read, then decided: each slice runs in a task of its own (the read
		// ends the task), so a big batch never holds the main thread in one piece.
		for (const bagian of potongan(ids, BARIS_PER_PERMINTAAN)) {
			for (const row of await this.db.sinkron.bulkGet(bagian)) if (row) this.rows.set(row.id, row);
			for (const id of bagian) {
				this.tertunda.delete(id);
				this.terapkan(id, semua.get(id)!);
			}
		}
		await this.simpan();
	}

	private async muatResponsKoreksi(semua: Map<string, Daun[]>): Promise<void> {
		const responseIds = [...semua]
			.filter(([id]) => id.startsWith('koreksi:'))
			.flatMap(([, daun]) => daun.map((d) => d.dokumen?.responseId))
			.filter((x): x is string => typeof x === 'string');
		if (responseIds.length === 0) return;
		const stored = await bacaBertahap(this.db.responses, responseIds);
		for (const r of stored) if (r) this.responses.set(r.id, r);
	}

	/** The realisation entries the device holds under the ids of this batch. */
	private async muatRealisasi(ids: readonly string[]): Promise<void> {
		if (this.kunci !== 'realisasi') return;
		const keys = ids
			.map(uraiIdDokumen)
			.filter((u) => u?.jenis === 'realisasi')
			.map((u) => u!.id);
		if (keys.length === 0) return;
		for (const r of await bacaBertahap(this.db.realisasi, keys)) if (r) this.realisasi.set(r.id, r);
	}

	private terapkan(id: string, daun: Daun[]): void {
		const urai = uraiIdDokumen(id);
		if (!urai || DATABASE_JENIS[urai.jenis] !== this.kunci || daun.length === 0) return;
		const menang = pemenang(daun);
		const row = this.rows.get(id);
		const ditutup = new Set(row?.tutup?.map((t) => t.menutup));
		const lain = tanpaDihapus(daun, menang.rev).filter((v) => !ditutup.has(v.rev));

		if (row && row.rev !== menang.rev && turunanDari(row.rev, row.riwayat, menang.rev)) {
			// The device's version builds on the server's: it stays, and goes (again) to a server
			// that lacks it (one restored from an older backup, say).
			this.tulisSinkron({ ...row, antre: row.alasan ? row.antre : 1, lain });
			return;
		}
		if (row?.antre === 1 && !turunanDari(menang.rev, menang.riwayat, row.rev)) {
			// Edited on the device and on the server since they last agreed: both are kept.
			const lainDariSini = tanpaDihapus(daun, row.rev).filter((v) => !ditutup.has(v.rev));
			this.tulisSinkron({ ...row, lain: lainDariSini });
			return;
		}
		if (row?.alasan && row.antre === 0 && row.rev !== menang.rev) {
			// Refused on the server: the device keeps its version until the person decides.
			return;
		}
		const tabel = TABEL_JENIS[urai.jenis];
		if (menang.dihapus) {
			this.tulis(tabel, urai.id, null);
		} else {
			const parsed = this.valid.get(kunciValid(id, menang.rev)) ?? dariDokumen(menang.dokumen);
			if (!parsed.ok || parsed.jenis !== urai.jenis) {
				this.abaikan(id, menang.rev, parsed.ok ? ['dokumen.jenis'] : parsed.keys);
				return;
			}
			if (parsed.jenis === 'koreksi' && !this.koreksiBoleh(parsed.isi, id, menang)) return;
			if (parsed.jenis === 'realisasi') {
				const lama = this.realisasi.get(parsed.isi.id);
				if (lama && !bolehMenggantiEntri(lama, parsed.isi)) {
					this.abaikan(id, menang.rev, ['sinkron.terverifikasiDilindungi']);
					return;
				}
			}
			if (parsed.jenis === 'response') this.responses.set(parsed.isi.id, parsed.isi);
			this.tulis(tabel, urai.id, isiKeBaris(parsed.jenis, parsed.isi));
		}
		this.diterima++;
		this.tulisSinkron({
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

	/**
	 * A correction applies only to the response it claims (a CouchDB server cannot check); one
	 * whose response has not arrived yet waits for it.
	 */
	private koreksiBoleh(isi: KoreksiDokumenIsi, id: string, daun: Daun): boolean {
		const response = this.responses.get(isi.responseId);
		if (!response) {
			this.tertunda.set(id, daun);
			return false;
		}
		if (!koreksiCocok(isi, response)) {
			this.abaikan(id, daun.rev, ['akses.koreksiTidakCocok']);
			return false;
		}
		return true;
	}

	private tulis(tabel: string, key: string, baris: Record<string, unknown> | null): void {
		const map = this.tulisTabel.get(tabel) ?? new Map();
		map.set(key, baris);
		this.tulisTabel.set(tabel, map);
	}

	private abaikan(id: string, rev: string, keys: string[]): void {
		this.diabaikan.push({ id, rev, keys, pada: this.pada });
	}

	private tulisSinkron(row: Omit<SinkronRow, 'status' | 'diubah'>): void {
		const { lain, ...rest } = row;
		this.tulisSinkronRows.push(
			denganStatus({ ...rest, ...(lain && lain.length > 0 ? { lain } : {}), diubah: this.pada })
		);
	}

	private async simpan(): Promise<void> {
		for (const [tabel, map] of this.tulisTabel) {
			const hapus = [...map].filter(([, b]) => b === null).map(([k]) => k);
			const simpan = [...map.values()].filter((b): b is Record<string, unknown> => b !== null);
			for (const p of potongan(hapus, BARIS_PER_PERMINTAAN))
				await this.db.table(tabel).bulkDelete(p);
			for (const p of potongan(simpan, BARIS_PER_PERMINTAAN)) await this.db.table(tabel).bulkPut(p);
		}
		for (const p of potongan(this.tulisSinkronRows, BARIS_PER_PERMINTAAN)) {
			await this.db.sinkron.bulkPut(p);
		}
		if (this.tertunda.size > 0) {
			await this.db.meta.put({ key: META_KOREKSI_TERTUNDA, value: [...this.tertunda] });
		} else if (this.kunci === 'skm') {
			await this.db.meta.delete(META_KOREKSI_TERTUNDA);
		}
		if (this.diabaikan.length > 0) {
			const lama = (await this.db.meta.get(META_DIABAIKAN))?.value as Diabaikan[] | undefined;
			const semua = [...(lama ?? []), ...this.diabaikan].slice(-100);
			await this.db.meta.put({ key: META_DIABAIKAN, value: semua });
		}
	}
}

/** Responses before the corrections that point at them. */
const urutan = (id: string) => (id.startsWith('koreksi:') ? 1 : 0);

async function bacaTertunda(db: RaporDb): Promise<Map<string, Daun>> {
	const value = (await db.meta.get(META_KOREKSI_TERTUNDA))?.value;
	return new Map(Array.isArray(value) ? (value as [string, Daun][]) : []);
}

/** One batch fetched from the server, its documents validated, ready for its transaction. */
interface Diambil {
	jawab: HasilChanges;
	daun: Map<string, Daun[]>;
	valid: Map<string, HasilDokumen>;
}

function mintaChanges(
	remote: Remote,
	since: string | number,
	batas: number,
	opsi: OpsiPull
): Promise<HasilChanges> {
	return remote.changes({
		since,
		limit: batas,
		denganDokumen: true,
		...(opsi.selector ? { selector: opsi.selector } : {}),
		...(opsi.tunggu ? { tunggu: opsi.tunggu } : {})
	});
}

/** The revisions of a batch's changes that the device lacks, fetched and validated. */
async function ambilDaun(db: RaporDb, remote: Remote, jawab: HasilChanges): Promise<Diambil> {
	const rows = await bacaBertahap(
		db.sinkron,
		jawab.results.map((c) => c.id)
	);
	const { minta, dariFeed } = bagiPerubahan(jawab.results, rows);
	const daun = minta.length > 0 ? daunPerDokumen(await remote.bulkGet(minta), dariFeed) : dariFeed;
	// The documents now live in `daun`; the feed keeps only what the checkpoint needs.
	for (const c of jawab.results) delete c.doc;
	return { jawab, daun, valid: await validasi(daun) };
}

/** Applies a fetched batch and advances the checkpoint, in one transaction. */
async function terapkanBatch(
	db: RaporDb,
	kunci: KunciDatabase,
	{ jawab, daun, valid }: Diambil
): Promise<Omit<HasilPull, 'tersusul'>> {
	const penerap = new PenerapBatch(db, kunci, valid);
	const tables = [...tabelDatabase(kunci), 'meta'];
	await transaksiServer(db, tables, async () => {
		await penerap.terapkanSemua(daun);
		await db.meta.put({ key: META_CHECKPOINT + kunci, value: jawab.last_seq });
	});
	return { diterima: penerap.diterima, diabaikan: penerap.diabaikan.length };
}

/** A request running ahead: its failure surfaces when it is awaited, never as unhandled. */
function diDepan<T>(p: Promise<T>): Promise<T> {
	p.catch(() => {});
	return p;
}

/** Pulls one batch of changes; call again until `tersusul`. */
export async function pull(
	db: RaporDb,
	remote: Remote,
	kunci: KunciDatabase,
	opsi: OpsiPull = {}
): Promise<HasilPull> {
	const batas = opsi.batas ?? BATAS_PULL;
	const jawab = await mintaChanges(remote, await checkpoint(db, kunci), batas, opsi);
	const diambil = await ambilDaun(db, remote, jawab);
	opsi.signal?.throwIfAborted();
	const hasil = await terapkanBatch(db, kunci, diambil);
	return { ...hasil, tersusul: jawab.results.length < batas };
}

export interface OpsiPullSemua extends Omit<OpsiPull, 'tunggu'> {
	/** Asked before each next batch is fetched; false stops after the current one. */
	lanjut?: () => boolean;
}

/**
 * Pulls batch after batch until the device has caught up (or `lanjut` says stop), fetching the
 * next batch while the current one is written. Each batch commits with its checkpoint, so a failure
 * keeps every batch written before it.
 */
export async function pullSampaiTersusul(
	db: RaporDb,
	remote: Remote,
	kunci: KunciDatabase,
	opsi: OpsiPullSemua = {}
): Promise<HasilPull> {
	const batas = opsi.batas ?? BATAS_PULL;
	const total: HasilPull = { diterima: 0, diabaikan: 0, tersusul: false };
	const habis = (j: HasilChanges) => j.results.length < batas;
	let jawab = await mintaChanges(remote, await checkpoint(db, kunci), batas, opsi);
	let daun = diDepan(ambilDaun(db, remote, jawab));
	let jawabBerikut = habis(jawab)
		? null
		: diDepan(mintaChanges(remote, jawab.last_seq, batas, opsi));
	for (;;) {
		const diambil = await daun;
		opsi.signal?.throwIfAborted();
		let berikut: { jawab: HasilChanges; daun: Promise<Diambil> } | null = null;
		if (jawabBerikut && (opsi.lanjut?.() ?? true)) {
			const j = await jawabBerikut;
			// Its records are read now, before this batch's write transaction opens.
			berikut = { jawab: j, daun: diDepan(ambilDaun(db, remote, j)) };
			jawabBerikut = habis(j) ? null : diDepan(mintaChanges(remote, j.last_seq, batas, opsi));
		}
		const hasil = await terapkanBatch(db, kunci, diambil);
		total.diterima += hasil.diterima;
		total.diabaikan += hasil.diabaikan;
		if (!berikut) return { ...total, tersusul: habis(jawab) };
		({ jawab, daun } = berikut);
	}
}
