/**
 * The sync engine of one signed-in device: push what is queued, pull what the role needs, then stay
 * live (a local change pushes within a second; a server change is long-polled) while online, and
 * retry with back-off (1 s doubling up to 5 min) while not. A lost session stops it until the
 * person signs in again; nothing local is touched by that. No UI here: the state is reported to
 * `onKeadaan`.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { DatabaseKey } from '$lib/domain/document';
import type { User } from '$lib/domain/schemas';
import type { RaporDb } from '$lib/db/schema';
import { saveClockMeasurement } from '$lib/db/clock';
import type { ClockMeasurement } from '$lib/domain/clock';
import { META_LAST } from './meta';
import { checkpoint, removeCheckpoint, pullUntilCaughtUp } from './pull';
import { push, rejectBatch } from './push';
import { errorKind, type Remote } from './remote';
import { pullPlan, ALL_DATABASES, type PullPlan } from './plan';

/** `perangkat`: the device's own storage (IndexedDB) failed, e.g. full or closed; not the network. */
export type Phase =
	'berhenti' | 'menyinkron' | 'siaga' | 'luring' | 'perlu-masuk' | 'galat' | 'perangkat';

export interface EngineState {
	fase: Phase;
	/** When a whole round (push and pull) last finished, ISO 8601. */
	terakhir: string | null;
	/** The last failure, for the screen (an English technical text). */
	galat: string | null;
	/** When the next try after a failure is due (ms since the epoch). */
	cobaLagiPada: number | null;
}

export interface Environment {
	online(): boolean;
	/** Calls `cb` when the device comes online; returns the unsubscribe function. */
	saatOnline(cb: () => void): () => void;
}

export interface EngineOptions {
	db: RaporDb;
	pengguna: User;
	remote: (db: DatabaseKey) => Remote;
	/** The account the server now has for this browser (null when logged out). */
	sesi: () => Promise<string | null | 'jaringan'>;
	lingkungan?: Environment;
	onKeadaan?: (keadaan: EngineState) => void;
	/** Long-poll length; 0 turns live pulling off (tests, benchmarks). */
	tungguMs?: number;
	/** Pull at least this often while idle. */
	intervalMs?: number;
	/**
	 * First wait before watching the outbox again after the watch failed; doubles on each failure
	 * in a row up to {@link RESUBSCRIBE_MAX_MS}.
	 */
	resubscribeMs?: number;
}

const INITIAL_BACKOFF = 1000;
const MAX_BACKOFF = 5 * 60_000;
const PUSH_DELAY = 500;
const RESUBSCRIBE_FIRST_MS = 1000;
const RESUBSCRIBE_MAX_MS = 30_000;

/** A wake-up call that is not lost when nobody is waiting yet. */
class Bell {
	private berbunyi = false;
	private janji: Promise<void> | null = null;
	private lepas: (() => void) | null = null;

	bunyikan(): void {
		if (this.lepas) this.lepas();
		else this.berbunyi = true;
	}

	tunggu(): Promise<void> {
		if (this.berbunyi) {
			this.berbunyi = false;
			return Promise.resolve();
		}
		this.janji ??= new Promise<void>((resolve) => {
			this.lepas = () => {
				this.janji = null;
				this.lepas = null;
				resolve();
			};
		});
		return this.janji;
	}
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const ALWAYS_ONLINE: Environment = { online: () => true, saatOnline: () => () => {} };

/** Numeric part of an update sequence (`123` or `"123-g1AA…"`), to tell if a server went back. */
function seqNumber(seq: string | number): number {
	return typeof seq === 'number' ? seq : Number.parseInt(seq, 10) || 0;
}

export class SyncEngine {
	keadaan: EngineState = { fase: 'berhenti', terakhir: null, galat: null, cobaLagiPada: null };
	private aktif = false;
	private readonly bel = new Bell();
	private readonly remotes = new Map<DatabaseKey, Remote>();
	private readonly rencana: PullPlan[];
	private readonly lingkungan: Environment;
	private berhentiDengar: (() => void)[] = [];
	private putaran: Promise<void> | null = null;
	private penantiPutaran: (() => void)[] = [];
	private tungguServer: { batal(): void } | null = null;
	private backoff = INITIAL_BACKOFF;
	private jamTercatat: ClockMeasurement | null = null;

	constructor(private readonly opsi: EngineOptions) {
		this.rencana = pullPlan(opsi.pengguna);
		this.lingkungan = opsi.lingkungan ?? ALWAYS_ONLINE;
	}

	mulai(): void {
		if (this.aktif) return;
		this.aktif = true;
		this.dengarPerubahanLokal();
		this.berhentiDengar.push(this.lingkungan.saatOnline(() => this.bangunkan()));
		this.putaran = this.jalan();
	}

	async berhenti(): Promise<void> {
		this.aktif = false;
		for (const stop of this.berhentiDengar.splice(0)) stop();
		this.bangunkan();
		await this.putaran;
		await Promise.all([...this.remotes.values()].map((r) => r.close()));
		this.remotes.clear();
		this.ubah({ fase: 'berhenti', cobaLagiPada: null });
	}

	/** "Sinkronkan now": a round at once; resolves when it has ended (well or not). */
	sinkronkanSekarang(): Promise<void> {
		this.backoff = INITIAL_BACKOFF;
		const selesai = new Promise<void>((resolve) => this.penantiPutaran.push(resolve));
		this.bangunkan();
		return selesai;
	}

	/** After the person signed in again. */
	sesiPulih(): void {
		if (this.keadaan.fase === 'perlu-masuk') this.ubah({ fase: 'siaga', galat: null });
		this.bangunkan();
	}

	private bangunkan(): void {
		this.tungguServer?.batal();
		this.bel.bunyikan();
	}

	private ubah(change: Partial<EngineState>): void {
		this.keadaan = { ...this.keadaan, ...change };
		this.opsi.onKeadaan?.(this.keadaan);
	}

	private remote(db: DatabaseKey): Remote {
		let r = this.remotes.get(db);
		if (!r) {
			r = this.opsi.remote(db);
			this.remotes.set(db, r);
		}
		return r;
	}

	/**
	 * Watches the outbox: a queued record wakes the engine within {@link PUSH_DELAY}. When the
	 * watch fails (the device's storage, e.g. a closed database) the failure is reported and the
	 * watch starts again after a short back-off; the first answer after that wakes the engine,
	 * so a record queued meanwhile is pushed and the round reports the state anew.
	 */
	private dengarPerubahanLokal(): void {
		const { db } = this.opsi;
		const firstDelay = this.opsi.resubscribeMs ?? RESUBSCRIBE_FIRST_MS;
		let jeda: ReturnType<typeof setTimeout> | undefined;
		let retry: ReturnType<typeof setTimeout> | undefined;
		let delay = firstDelay;
		let failed = false;
		let stopped = false;
		let current: Subscription | undefined;
		const subscribe = () => {
			if (stopped) return;
			let closed = false;
			const sub: Subscription = liveQuery(() =>
				Promise.all(ALL_DATABASES.map((k) => db.sinkron.where('[db+antre]').equals([k, 1]).count()))
			).subscribe({
				next: (counts) => {
					delay = firstDelay;
					const recovered = failed;
					failed = false;
					if (recovered) this.bangunkan();
					else if (counts.some((n) => n > 0)) {
						clearTimeout(jeda);
						jeda = setTimeout(() => this.bangunkan(), PUSH_DELAY);
					}
				},
				error: (error: unknown) => {
					closed = true;
					current?.unsubscribe();
					if (stopped) return;
					failed = true;
					this.watchFailed(error);
					retry = setTimeout(subscribe, delay);
					delay = Math.min(delay * 2, RESUBSCRIBE_MAX_MS);
				}
			});
			current = sub;
			if (closed) sub.unsubscribe();
		};
		subscribe();
		this.berhentiDengar.push(() => {
			stopped = true;
			clearTimeout(jeda);
			clearTimeout(retry);
			current?.unsubscribe();
		});
	}

	/**
	 * The outbox watch reads only the device's database, so its failure is the device's: shown as
	 * `perangkat` (a lost session keeps its own phase; the text still says what failed).
	 */
	private watchFailed(error: unknown): void {
		if (!this.aktif) return;
		const galat = error instanceof Error ? error.message : String(error);
		if (this.keadaan.fase === 'perlu-masuk') this.ubah({ galat });
		else this.ubah({ fase: 'perangkat', galat });
	}

	private async jalan(): Promise<void> {
		while (this.aktif) {
			if (this.keadaan.fase === 'perlu-masuk' || !this.lingkungan.online()) {
				if (!this.lingkungan.online()) this.ubah({ fase: 'luring' });
				this.selesaikanPenanti();
				await this.bel.tunggu();
				continue;
			}
			try {
				this.ubah({ fase: 'menyinkron', cobaLagiPada: null });
				await this.satuPutaran();
				await this.catatJam();
				this.backoff = INITIAL_BACKOFF;
				const last = new Date().toISOString();
				await this.opsi.db.meta.put({ key: META_LAST, value: last });
				this.ubah({ fase: 'siaga', terakhir: last, galat: null });
				this.selesaikanPenanti();
				await this.tungguBerikut();
			} catch (error) {
				await this.catatJam().catch(() => {});
				this.selesaikanPenanti();
				await this.gagal(error);
			}
		}
		this.selesaikanPenanti();
	}

	private selesaikanPenanti(): void {
		for (const resolve of this.penantiPutaran.splice(0)) resolve();
	}

	private async gagal(error: unknown): Promise<void> {
		const kind = errorKind(error);
		const galat = error instanceof Error ? error.message : String(error);
		if (kind === 'perlu-masuk') {
			this.ubah({ fase: 'perlu-masuk', galat });
			return;
		}
		const tunda = this.backoff;
		this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF);
		this.ubah({
			fase: kind === 'jaringan' ? 'luring' : kind === 'perangkat' ? 'perangkat' : 'galat',
			galat,
			cobaLagiPada: Date.now() + tunda
		});
		await Promise.race([sleep(tunda), this.bel.tunggu()]);
	}

	/** Stores the device clock's offset from the server's, as the latest quick exchange showed. */
	private async catatJam(): Promise<void> {
		let terbaru: ClockMeasurement | null = null;
		for (const r of this.remotes.values()) {
			const u = r.jam?.();
			if (u && (!terbaru || u.diukurPada > terbaru.diukurPada)) terbaru = u;
		}
		if (!terbaru || terbaru === this.jamTercatat) return;
		await saveClockMeasurement(this.opsi.db, terbaru);
		this.jamTercatat = terbaru;
	}

	private async satuPutaran(): Promise<void> {
		const { db } = this.opsi;
		for (const key of ALL_DATABASES) await this.dorong(key);
		for (const r of this.rencana) {
			await this.periksaRiwayatServer(r.db);
			await pullUntilCaughtUp(db, this.remote(r.db), r.db, {
				selector: r.selector,
				lanjut: () => this.aktif
			});
		}
	}

	/** Pushes one database; an account that may not write there gets its records refused. */
	private async dorong(key: DatabaseKey): Promise<void> {
		const { db } = this.opsi;
		if ((await db.sinkron.where('[db+antre]').equals([key, 1]).count()) === 0) return;
		try {
			await push(db, this.remote(key), key);
		} catch (error) {
			if (!(await this.tanpaAkses(error))) throw error;
			const rows = await db.sinkron.where('[db+antre]').equals([key, 1]).toArray();
			await rejectBatch(db, rows, 'akses.ditolak', 'this account may not write to this database');
		}
	}

	/** A 401 with the session still valid (the embedded server's answer to a non-member), or 403. */
	private async tanpaAkses(error: unknown): Promise<boolean> {
		const kind = errorKind(error);
		if (kind === 'tanpa-akses') return true;
		if (kind !== 'perlu-masuk') return false;
		return (await this.opsi.sesi()) === this.opsi.pengguna.nama;
	}

	/**
	 * A server whose history went back (restored from an older backup) no longer has what the
	 * device pulled and pushed since: start the pull over and push again what it lacks.
	 */
	private async periksaRiwayatServer(key: DatabaseKey): Promise<void> {
		const { db } = this.opsi;
		const since = await checkpoint(db, key);
		if (since === 0) return;
		const remote = this.remote(key);
		if (seqNumber(await remote.updateSeq()) >= seqNumber(since)) return;
		await removeCheckpoint(db, key);
		const rows = await db.sinkron.where('[db+antre]').equals([key, 0]).toArray();
		for (let i = 0; i < rows.length; i += 500) {
			const batch = rows.slice(i, i + 500).filter((r) => !r.alasan);
			const diff = await remote.revsDiff(Object.fromEntries(batch.map((r) => [r.id, [r.rev]])));
			const kurang = batch.filter((r) => diff[r.id]?.missing?.includes(r.rev));
			await db.sinkron.bulkPut(
				kurang.map((r) => ({ ...r, antre: 1 as const, status: 'lokal' as const }))
			);
		}
		await this.dorong(key);
	}

	/**
	 * Waits for a local change, a server change or the end of a long poll, "Sinkronkan now",
	 * or (without long polling) the interval.
	 */
	private async tungguBerikut(): Promise<void> {
		const tunggu = this.opsi.tungguMs ?? 25_000;
		const interval = this.opsi.intervalMs ?? 60_000;
		const menunggu: Promise<unknown>[] = [this.bel.tunggu(), sleep(interval)];
		const cancel: (() => void)[] = [];
		if (tunggu > 0) {
			for (const r of this.rencana) {
				const since = await checkpoint(this.opsi.db, r.db);
				const w = this.remote(r.db).tungguPerubahan(since, tunggu, r.selector);
				cancel.push(w.batal);
				menunggu.push(w.selesai);
			}
		}
		this.tungguServer = { batal: () => cancel.forEach((b) => b()) };
		await Promise.race(menunggu);
		this.tungguServer.batal();
		this.tungguServer = null;
	}
}
