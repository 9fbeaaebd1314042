/**
 * The state of one realisation form: what is typed, what it means (read, scored live with the
 * stored settings), what the device user may do with it, and the unsaved copy kept in `drafts`
 * so that a reload or a killed app loses nothing. Create it during component initialisation.
 */
import { untrack } from 'svelte';
import { computeIndeksOpd } from '$lib/domain/indeks';
import {
	readInput,
	canSave,
	realisasiCandidate,
	inputFrom,
	sameInput,
	type RealisasiInput
} from '$lib/domain/realisasi-form';
import {
	availableActions,
	canUpdate,
	returnNote,
	realisasiId,
	type RealisasiAction
} from '$lib/domain/realisasi-status';
import type { User, Realisasi } from '$lib/domain/schemas';
import type { EntryData } from '$lib/view/realisasi';
import { requestPersistOnce } from './storage.svelte';
import {
	readRealisasiDraft,
	removeRealisasiDraft,
	runAction,
	saveRealisasiDraft,
	type EntrySelection
} from './realisasi.svelte';

/** At most this long after a change, the unsaved form is in IndexedDB. */
export const DRAFT_DELAY_MS = 250;

export interface FormProps {
	data: EntryData;
	unitId: string;
	periodeId: string;
	pengguna: User | null;
}

export interface DraftOffer {
	isian: RealisasiInput;
	diubah: string;
	/** The stored entry changed after the unsaved form was begun. */
	berubahSejak: boolean;
	/** The device user may still edit the entry (else the unsaved form can only be discarded). */
	bisaDipulihkan: boolean;
}

export type FormMessage =
	| { jenis: 'ok'; aksi: RealisasiAction }
	| { jenis: 'galat'; kunci: string; kurang?: string[]; jumlah?: number };

interface DraftRecord {
	isian: RealisasiInput;
	berubah: boolean;
	dasarRiwayat: number;
	/** The unsaved form may be written: it was looked at, and the user may edit the entry. */
	boleh: boolean;
}

const historyLength = (r: Realisasi | undefined) => r?.riwayat?.length ?? 0;

export class RealisasiFormState {
	readonly #props: () => FormProps;
	/** The entry this form last wrote; newer than the live data until the live query catches up. */
	#simpanan = $state<Realisasi | undefined>(undefined);
	#timer: ReturnType<typeof setTimeout> | null = null;
	/**
	 * The unsaved form as last seen while the component was alive; what a timer, `pagehide` or the
	 * teardown writes (props may already point elsewhere when the component is being destroyed).
	 */
	#rekaman: DraftRecord | null = null;
	#antrian: Promise<void> = Promise.resolve();

	isian = $state<RealisasiInput>(null!);
	tawaran = $state<DraftOffer | null>(null);
	/** False until the stored unsaved form has been looked at (and restored or discarded). */
	drafSiap = $state(false);
	pesan = $state<FormMessage | null>(null);
	sibuk = $state(false);

	/** Fixed for the life of the form: a form for another entry is a new form. */
	readonly pilihan: EntrySelection;
	// Read through closures: the props function is only set in the constructor.
	readonly data = $derived.by(() => this.#props().data);
	readonly pengguna = $derived.by(() => this.#props().pengguna);

	/** The stored entry: whichever of the live data and this form's last write is newer. */
	readonly realisasi = $derived.by(() => {
		const live = this.data.realisasi;
		const own = this.#simpanan;
		if (!own) return live;
		if (!live) return own;
		return historyLength(own) > historyLength(live) ? own : live;
	});
	readonly status = $derived(this.realisasi?.status ?? 'draft');
	readonly dasar = $derived(inputFrom(this.realisasi, this.data.indikator));
	readonly berubah = $derived(!sameInput(this.isian, this.dasar));
	readonly bacaan = $derived(readInput(this.isian, this.data.indikator, this.realisasi));
	// Closures below: `pilihan` is only set in the constructor.
	/** The index of the figures as typed, before anything is saved. */
	readonly hasil = $derived.by(() => {
		const { unitId, periodeId } = this.pilihan;
		const realisasi = realisasiCandidate(this.bacaan.nilai, {
			id: this.realisasi?.id ?? realisasiId(unitId, periodeId),
			unitId,
			periodeId,
			status: this.status
		});
		return computeIndeksOpd(
			{ unitId, periodeId, realisasi, indikator: this.data.indikator },
			this.data.pengaturan
		);
	});
	readonly bolehUbah = $derived.by(() =>
		canUpdate({ unitId: this.pilihan.unitId, status: this.status }, this.pengguna)
	);
	/**
	 * Fields are locked while read-only, until the stored unsaved form has been looked at (and, if
	 * there is one, restored or discarded), and during a write.
	 */
	readonly terkunci = $derived(
		!this.bolehUbah || !this.drafSiap || this.tawaran !== null || this.sibuk
	);
	readonly aksi = $derived.by(() =>
		availableActions({ unitId: this.pilihan.unitId, status: this.status }, this.pengguna)
	);
	readonly dikembalikan = $derived(returnNote(this.realisasi));

	constructor(props: () => FormProps) {
		this.#props = props;
		const { unitId, periodeId } = props();
		this.pilihan = { unitId, periodeId };
		this.isian = inputFrom(this.realisasi, this.data.indikator);

		// An indicator added to the OPD while the form is open gets an empty row.
		$effect.pre(() => {
			for (const ind of this.data.indikator) {
				if (!untrack(() => this.isian.indikator[ind.id])) {
					this.isian.indikator[ind.id] = { realisasi: '', catatan: '' };
				}
			}
		});

		// A stored entry changed elsewhere (another tab) replaces the form only while nothing is typed.
		let dasarLalu = this.dasar;
		$effect(() => {
			const baru = this.dasar;
			untrack(() => {
				if (sameInput(this.isian, dasarLalu) && !sameInput(this.isian, baru)) this.isian = baru;
				dasarLalu = baru;
			});
		});

		$effect(() => {
			const rekaman: DraftRecord = {
				isian: $state.snapshot(this.isian), // every field is a dependency
				berubah: this.berubah,
				dasarRiwayat: historyLength(this.realisasi),
				boleh: this.drafSiap && this.bolehUbah
			};
			this.#rekaman = rekaman;
			if (rekaman.boleh) untrack(() => this.#jadwalkanDraf());
		});

		$effect(() => {
			const saveNow = () => void this.#tulisDraf();
			const saatTersembunyi = () => {
				if (document.visibilityState === 'hidden') saveNow();
			};
			window.addEventListener('pagehide', saveNow);
			document.addEventListener('visibilitychange', saatTersembunyi);
			return () => {
				window.removeEventListener('pagehide', saveNow);
				document.removeEventListener('visibilitychange', saatTersembunyi);
				saveNow();
			};
		});

		void this.#periksaDraf();
	}

	async #periksaDraf(): Promise<void> {
		const saved = await readRealisasiDraft(this.pilihan);
		if (!saved) {
			this.drafSiap = true;
			return;
		}
		const isian = this.#lengkapi(saved.draf.isian);
		if (sameInput(isian, this.dasar)) {
			await removeRealisasiDraft(this.pilihan);
			this.drafSiap = true;
			return;
		}
		this.tawaran = {
			isian,
			diubah: saved.diubah,
			berubahSejak: historyLength(this.realisasi) !== saved.draf.dasarRiwayat,
			bisaDipulihkan: this.bolehUbah
		};
	}

	/** An unsaved form over the OPD's current indicators (rows of removed ones are dropped). */
	#lengkapi(isian: RealisasiInput): RealisasiInput {
		const indikator = Object.fromEntries(
			this.data.indikator.map((ind) => [
				ind.id,
				isian.indikator[ind.id] ?? this.dasar.indikator[ind.id]!
			])
		);
		return { ...isian, indikator };
	}

	pulihkan(): void {
		if (!this.tawaran?.bisaDipulihkan) return;
		this.isian = this.tawaran.isian;
		this.tawaran = null;
		this.drafSiap = true;
	}

	async buang(): Promise<void> {
		this.tawaran = null;
		await removeRealisasiDraft(this.pilihan);
		this.drafSiap = true;
	}

	#jadwalkanDraf(): void {
		// Throttled, not debounced: however fast someone types, each change is written in time.
		this.#timer ??= setTimeout(() => {
			this.#timer = null;
			void this.#tulisDraf();
		}, DRAFT_DELAY_MS);
	}

	/** Writes (or, when nothing differs from the stored entry, deletes) the unsaved form. */
	#tulisDraf(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const rekaman = this.#rekaman;
		if (!rekaman?.boleh) return this.#antrian;
		const { isian, berubah, dasarRiwayat: baseHistory } = rekaman;
		const choice = this.pilihan;
		this.#antrian = this.#antrian
			.then(() =>
				berubah
					? saveRealisasiDraft(choice, { isian, dasarRiwayat: baseHistory })
					: removeRealisasiDraft(choice)
			)
			.catch((error: unknown) => console.error('unsaved realisasi form not kept', error));
		return this.#antrian;
	}

	/**
	 * Saves, submits, verifies or returns. The figures must all be readable to save or submit;
	 * the admin verifies or returns the stored entry, so unsaved edits must be saved first.
	 */
	async jalankan(aksi: RealisasiAction, catatan?: string): Promise<boolean> {
		this.pesan = null;
		const menulisNilai = aksi === 'simpan' || aksi === 'ajukan';
		if (menulisNilai && !canSave(this.bacaan)) {
			const count = Object.keys(this.bacaan.galat).length;
			this.pesan = { jenis: 'galat', kunci: 'realisasi.tidakTersimpan', jumlah: count };
			return false;
		}
		if (!menulisNilai && this.berubah) {
			this.pesan = { jenis: 'galat', kunci: 'realisasi.simpanDulu' };
			return false;
		}
		this.sibuk = true;
		try {
			// The unsaved form is written first (it survives a refused or failed save), and the
			// save's deletion of it comes after every write of it.
			await this.#tulisDraf();
			const result = await runAction({
				...this.pilihan,
				aksi,
				pengguna: this.pengguna,
				nilai: menulisNilai ? this.bacaan.nilai : undefined,
				catatan
			});
			if (!result.ok) {
				this.pesan = { jenis: 'galat', kunci: result.alasan, kurang: result.kurang };
				return false;
			}
			this.#simpanan = result.realisasi;
			this.isian = inputFrom(result.realisasi, this.data.indikator);
			this.pesan = { jenis: 'ok', aksi };
			void requestPersistOnce();
			return true;
		} finally {
			this.sibuk = false;
		}
	}
}
