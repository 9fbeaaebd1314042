/**
 * One enumerator's interview session on this device: the chosen unit and service type, the form
 * of the current respondent (autosaved as a draft), saving, and correcting or voiding a response
 * recorded today. A correction has its own draft, so the respondent in progress is never lost.
 */
import { idAcak } from '$lib/domain/id-acak';
import { liveQuery, type Subscription } from 'dexie';
import {
	addKoreksiClosingDraft,
	addResponseClosingDraft,
	loadDraft,
	saveDraft
} from '$lib/db/drafts';
import { addKoreksi } from '$lib/db/koreksi-write';
import { listKuesioner } from '$lib/db/kuesioner';
import { getPerangkatId } from '$lib/db/perangkat';
import type { RaporDb } from '$lib/db/schema';
import { bolehKoreksi } from '$lib/domain/koreksi';
import { KUESIONER_STANDAR, kuesionerDenganId, kuesionerUntukUnit } from '$lib/domain/kuesioner';
import { idSchema, type Kuesioner, type Pengguna, type SkmResponse } from '$lib/domain/schemas';
import {
	bacaDraftSurvei,
	dariRespons,
	formBaru,
	keBatal,
	keKoreksi,
	keRespons,
	kuesionerKoreksi,
	rapikan,
	type DraftSurvei,
	type FormSurvei
} from '$lib/domain/survei-form';
import { isoSekarang, waktuSekarang } from '$lib/domain/waktu-lokal';
import { z } from 'zod';
import { database } from './app.svelte';
import { AutosaveDraft } from './survei-draft.svelte';
import { beriJeda } from './survei-jeda';
import { terapkanKoreksi } from './survei-koreksi';
import { PelacakLokasi } from './survei-lokasi.svelte';
import { mintaPersistenSekali } from './storage.svelte';
import { waktuSimpan } from './jam.svelte';

export const DRAFT_BARU = 'survei-baru';
export const DRAFT_KOREKSI = 'survei-koreksi';
export const DRAFT_PILIHAN = 'survei-pilihan';

const pilihanSchema = z.object({
	unitId: idSchema,
	jenisLayanan: z.string().max(200),
	catatLokasi: z.boolean()
});
export type PilihanSurvei = z.infer<typeof pilihanSchema>;

export type Tahap = 'memuat' | 'pilih-unit' | 'isi' | 'tersimpan';

export function formKosong(form: FormSurvei): boolean {
	return (
		Object.keys(form.jawaban).length === 0 &&
		Object.keys(form.profil).length === 0 &&
		Object.keys(form.tambahan).length === 0 &&
		form.saran.trim() === ''
	);
}

export class SesiSurvei {
	tahap = $state<Tahap>('memuat');
	pilihan = $state<PilihanSurvei | null>(null);
	mode = $state<'baru' | 'koreksi'>('baru');
	form = $state<FormSurvei>(formBaru());
	kuesioner = $state<Kuesioner>(KUESIONER_STANDAR);
	/** The response being corrected, as it now counts (earlier corrections applied). */
	dikoreksi = $state<SkmResponse | null>(null);
	errors = $state<string[]>([]);
	menyimpan = $state(false);
	/** What the last save wrote, for the "Tersimpan" panel. */
	terakhir = $state<'respons' | 'koreksi' | null>(null);

	readonly lokasi = new PelacakLokasi();
	private readonly draftBaru = new AutosaveDraft(DRAFT_BARU, 'survei');
	private readonly draftKoreksi = new AutosaveDraft(DRAFT_KOREKSI, 'survei');
	private daftarKuesioner: Kuesioner[] = [];
	private subscription: Subscription | null = null;
	private perangkatId: string | undefined;

	constructor(private readonly pengguna: () => Pengguna | null | undefined) {}

	/** The draft of the form on screen is on disk (for the "saved on this device" hint). */
	get draftSinkron(): boolean {
		return (this.mode === 'baru' ? this.draftBaru : this.draftKoreksi).sinkron;
	}

	get draftError(): unknown {
		return this.draftBaru.error ?? this.draftKoreksi.error;
	}

	/** Opens the session: the questionnaire list, the chosen unit and any half-filled form. */
	async buka(): Promise<() => void> {
		const db = await database();
		const unwatch = [this.draftBaru.pantauHalaman(), this.draftKoreksi.pantauHalaman()];
		this.daftarKuesioner = await listKuesioner(db);
		this.subscription = liveQuery(() => listKuesioner(db)).subscribe({
			next: (list) => (this.daftarKuesioner = list)
		});
		this.perangkatId = await getPerangkatId(db);
		const stored = pilihanSchema.safeParse((await loadDraft(db, DRAFT_PILIHAN))?.data);
		this.pilihan = stored.success ? stored.data : null;
		if (this.pilihan?.catatLokasi) this.lokasi.mulai();
		if (!(await this.bukaDraftKoreksi(db))) await this.bukaDraftBaru(db);
		return () => {
			unwatch.forEach((f) => f());
			this.subscription?.unsubscribe();
			this.lokasi.berhenti();
			void this.draftBaru.flush();
			void this.draftKoreksi.flush();
		};
	}

	private kuesionerUnit(unitId: string): Kuesioner {
		return kuesionerUntukUnit(this.daftarKuesioner, unitId);
	}

	private async bukaDraftBaru(db: RaporDb): Promise<void> {
		this.mode = 'baru';
		this.dikoreksi = null;
		this.errors = [];
		const draft = bacaDraftSurvei((await loadDraft(db, DRAFT_BARU))?.data);
		if (!this.pilihan) {
			this.tahap = 'pilih-unit';
			return;
		}
		if (draft && draft.unitId === this.pilihan.unitId) {
			this.kuesioner =
				kuesionerDenganId(this.daftarKuesioner, draft.kuesionerVersi) ??
				this.kuesionerUnit(draft.unitId);
			this.form = rapikan(draft.form, this.kuesioner);
		} else {
			this.kuesioner = this.kuesionerUnit(this.pilihan.unitId);
			this.form = formBaru(this.pilihan.jenisLayanan);
		}
		this.tahap = 'isi';
	}

	private async bukaDraftKoreksi(db: RaporDb): Promise<boolean> {
		const draft = bacaDraftSurvei((await loadDraft(db, DRAFT_KOREKSI))?.data);
		if (!draft?.koreksiUntuk || !this.pilihan) return false;
		const asli = await db.responses.get(draft.koreksiUntuk);
		if (!asli) return false;
		const [efektif] = await terapkanKoreksi(db, [asli]);
		if (!efektif) return false;
		this.mode = 'koreksi';
		this.dikoreksi = efektif;
		this.kuesioner = kuesionerKoreksi(
			kuesionerDenganId(this.daftarKuesioner, asli.kuesionerVersi) ?? KUESIONER_STANDAR
		);
		this.form = rapikan(draft.form, this.kuesioner);
		this.tahap = 'isi';
		return true;
	}

	private draftData(): DraftSurvei {
		const data: DraftSurvei = {
			unitId: this.pilihan?.unitId ?? this.dikoreksi?.unitId ?? '',
			kuesionerVersi: this.kuesioner.id,
			form: $state.snapshot(this.form) as FormSurvei
		};
		if (this.mode === 'koreksi' && this.dikoreksi) data.koreksiUntuk = this.dikoreksi.id;
		return data;
	}

	/** Every change of the form goes through here and reaches the drafts table within 250 ms. */
	ubah(form: FormSurvei): void {
		this.form = form;
		this.errors = [];
		(this.mode === 'baru' ? this.draftBaru : this.draftKoreksi).jadwalkan(this.draftData());
	}

	/** Chooses the unit and service type (kept for every following respondent). */
	async pilih(pilihan: PilihanSurvei): Promise<void> {
		const parsed = pilihanSchema.parse({ ...pilihan, jenisLayanan: pilihan.jenisLayanan.trim() });
		const db = await database();
		const unitBerubah = this.pilihan?.unitId !== parsed.unitId;
		this.pilihan = parsed;
		await saveDraft(db, {
			id: DRAFT_PILIHAN,
			jenis: 'survei',
			diubah: isoSekarang(),
			data: parsed
		});
		if (parsed.catatLokasi) this.lokasi.mulai();
		else this.lokasi.berhenti();
		if (unitBerubah) await this.draftBaru.hapus();
		if (unitBerubah || formKosong(this.form)) {
			this.kuesioner = this.kuesionerUnit(parsed.unitId);
			this.form = formBaru(parsed.jenisLayanan);
		} else {
			this.ubah({ ...this.form, jenisLayanan: parsed.jenisLayanan });
		}
		this.mode = 'baru';
		this.tahap = 'isi';
	}

	/** Back to choosing the unit; a half-filled form of another unit is discarded by `pilih`. */
	gantiUnit(): void {
		this.tahap = 'pilih-unit';
	}

	/** Writes the response (or the correction) and closes its draft in one transaction. */
	async simpan(): Promise<boolean> {
		if (this.menyimpan) return false;
		const pengguna = this.pengguna();
		if (!pengguna || !this.pilihan) {
			this.errors = ['survei.perluPengguna'];
			return false;
		}
		this.menyimpan = true;
		try {
			const db = await database();
			const { waktu, jamPerangkat } = await waktuSimpan(db);
			if (this.mode === 'koreksi' && this.dikoreksi) {
				if (!bolehKoreksi(pengguna, this.dikoreksi)) {
					this.errors = ['survei.bukanMilik'];
					return false;
				}
				const result = keKoreksi(
					this.form,
					this.dikoreksi,
					{ id: `kor-${idAcak()}`, waktu, oleh: pengguna.nama },
					this.kuesioner
				);
				if (!result.ok) {
					this.errors = result.keys;
					return false;
				}
				// Checking and writing are separate tasks: neither holds the main thread for long.
				await beriJeda();
				await this.draftKoreksi.batalkan();
				await addKoreksiClosingDraft(db, result.value, DRAFT_KOREKSI);
				this.terakhir = 'koreksi';
			} else {
				const result = keRespons(
					this.form,
					{
						id: idAcak(),
						unitId: this.pilihan.unitId,
						waktu,
						sumber: 'enumerator',
						enumerator: pengguna.nama,
						perangkatId: this.perangkatId,
						lokasi: this.pilihan.catatLokasi ? this.lokasi.terakhir() : undefined
					},
					this.kuesioner
				);
				if (!result.ok) {
					this.errors = result.keys;
					return false;
				}
				await beriJeda();
				await this.draftBaru.batalkan();
				await addResponseClosingDraft(
					db,
					{ ...result.value, ...(jamPerangkat ? { jamPerangkat } : {}) },
					DRAFT_BARU
				);
				this.terakhir = 'respons';
			}
			// Durable now; the screen changes in a task of its own, after the commit's bookkeeping.
			await beriJeda();
			this.errors = [];
			this.tahap = 'tersimpan';
			void mintaPersistenSekali();
			return true;
		} catch (cause) {
			console.error(cause);
			this.errors = ['survei.gagalSimpan'];
			// Keep what was typed: the draft is written again.
			this.ubah(this.form);
			return false;
		} finally {
			this.menyimpan = false;
		}
	}

	/** A clean form for the next respondent, same unit and service type; after a correction the
	 * respondent that was in progress comes back. */
	async respondenBerikutnya(): Promise<void> {
		if (this.terakhir === 'koreksi' || this.mode === 'koreksi') {
			await this.bukaDraftBaru(await database());
			return;
		}
		if (!this.pilihan) return;
		this.mode = 'baru';
		this.kuesioner = this.kuesionerUnit(this.pilihan.unitId);
		this.form = formBaru(this.pilihan.jenisLayanan);
		this.errors = [];
		this.tahap = 'isi';
	}

	/** Opens a saved response of today in the same form, prefilled; saving writes a correction. */
	async koreksi(efektif: SkmResponse, asli: SkmResponse): Promise<void> {
		if (!bolehKoreksi(this.pengguna(), asli)) {
			this.errors = ['survei.bukanMilik'];
			return;
		}
		await this.draftBaru.flush();
		this.mode = 'koreksi';
		this.dikoreksi = efektif;
		this.kuesioner = kuesionerKoreksi(
			kuesionerDenganId(this.daftarKuesioner, asli.kuesionerVersi) ?? KUESIONER_STANDAR
		);
		this.form = dariRespons(efektif);
		this.errors = [];
		this.tahap = 'isi';
		this.draftKoreksi.jadwalkan(this.draftData());
		await this.draftKoreksi.flush();
	}

	/** Leaves a correction unsaved and returns to the respondent in progress. */
	async batalKoreksi(): Promise<void> {
		await this.draftKoreksi.hapus();
		await this.bukaDraftBaru(await database());
	}

	/** Voids a response with a reason; returns the i18n error keys, empty when done. */
	async batalkan(asli: SkmResponse, alasan: string): Promise<string[]> {
		const pengguna = this.pengguna();
		if (!pengguna || !bolehKoreksi(pengguna, asli)) return ['survei.bukanMilik'];
		const result = keBatal(asli, {
			id: `batal-${idAcak()}`,
			waktu: waktuSekarang(),
			oleh: pengguna.nama,
			alasan
		});
		if (!result.ok) return result.keys;
		try {
			await addKoreksi(await database(), result.value);
			if (this.mode === 'koreksi' && this.dikoreksi?.id === asli.id) await this.batalKoreksi();
			return [];
		} catch (cause) {
			console.error(cause);
			return ['survei.gagalSimpan'];
		}
	}

	/** Discards the form in progress on purpose. */
	async buang(): Promise<void> {
		await this.draftBaru.hapus();
		if (this.pilihan) this.form = formBaru(this.pilihan.jenisLayanan);
		this.tahap = this.pilihan ? 'isi' : 'pilih-unit';
	}
}
