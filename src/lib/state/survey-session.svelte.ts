/**
 * One enumerator's interview session on this device: the chosen unit and service type, the form
 * of the current respondent (autosaved as a draft), saving, and correcting or voiding a response
 * recorded today. A correction has its own draft, so the respondent in progress is never lost.
 */
import { randomId } from '$lib/domain/random-id';
import { liveQuery, type Subscription } from 'dexie';
import {
	addKoreksiClosingDraft,
	addResponseClosingDraft,
	loadDraft,
	saveDraft
} from '$lib/db/drafts';
import { addKoreksi } from '$lib/db/koreksi-write';
import { listKuesioner } from '$lib/db/kuesioner';
import { getDeviceId } from '$lib/db/device';
import type { RaporDb } from '$lib/db/schema';
import { canKoreksi } from '$lib/domain/koreksi';
import { STANDARD_KUESIONER, kuesionerWithId, kuesionerForUnit } from '$lib/domain/kuesioner';
import { idSchema, type Kuesioner, type User, type SkmResponse } from '$lib/domain/schemas';
import {
	readSurveyDraft,
	fromResponse,
	newForm,
	toCancel,
	toKoreksi,
	toResponse,
	kuesionerForKoreksi,
	tidy,
	type SurveyDraft,
	type SurveyFormData
} from '$lib/domain/survey-form';
import { isoNow, timeNow } from '$lib/domain/local-time';
import { z } from 'zod';
import { database } from './app.svelte';
import { AutosaveDraft } from './survey-draft.svelte';
import { yieldToMain } from './survey-yield';
import { applyKoreksi } from './survey-koreksi';
import { LocationTracker } from './survey-location.svelte';
import { requestPersistOnce } from './storage.svelte';
import { saveTime } from './clock.svelte';

export const DRAFT_NEW = 'survei-baru';
export const DRAFT_KOREKSI = 'survei-koreksi';
export const DRAFT_CHOICE = 'survei-pilihan';

const choiceSchema = z.object({
	unitId: idSchema,
	jenisLayanan: z.string().max(200),
	catatLokasi: z.boolean()
});
export type SurveyChoice = z.infer<typeof choiceSchema>;

export type Stage = 'memuat' | 'pilih-unit' | 'isi' | 'tersimpan';

export function isFormEmpty(form: SurveyFormData): boolean {
	return (
		Object.keys(form.jawaban).length === 0 &&
		Object.keys(form.profil).length === 0 &&
		Object.keys(form.tambahan).length === 0 &&
		form.saran.trim() === ''
	);
}

export class SurveySession {
	tahap = $state<Stage>('memuat');
	pilihan = $state<SurveyChoice | null>(null);
	mode = $state<'baru' | 'koreksi'>('baru');
	form = $state<SurveyFormData>(newForm());
	kuesioner = $state<Kuesioner>(STANDARD_KUESIONER);
	/** The response being corrected, as it now counts (earlier corrections applied). */
	dikoreksi = $state<SkmResponse | null>(null);
	errors = $state<string[]>([]);
	menyimpan = $state(false);
	/** What the last save wrote, for the "Tersimpan" panel. */
	terakhir = $state<'respons' | 'koreksi' | null>(null);

	readonly lokasi = new LocationTracker();
	private readonly draftBaru = new AutosaveDraft(DRAFT_NEW, 'survei');
	private readonly draftKoreksi = new AutosaveDraft(DRAFT_KOREKSI, 'survei');
	private daftarKuesioner: Kuesioner[] = [];
	private subscription: Subscription | null = null;
	private perangkatId: string | undefined;

	constructor(private readonly user: () => User | null | undefined) {}

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
		this.perangkatId = await getDeviceId(db);
		const stored = choiceSchema.safeParse((await loadDraft(db, DRAFT_CHOICE))?.data);
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
		return kuesionerForUnit(this.daftarKuesioner, unitId);
	}

	private async bukaDraftBaru(db: RaporDb): Promise<void> {
		this.mode = 'baru';
		this.dikoreksi = null;
		this.errors = [];
		const draft = readSurveyDraft((await loadDraft(db, DRAFT_NEW))?.data);
		if (!this.pilihan) {
			this.tahap = 'pilih-unit';
			return;
		}
		if (draft && draft.unitId === this.pilihan.unitId) {
			this.kuesioner =
				kuesionerWithId(this.daftarKuesioner, draft.kuesionerVersi) ??
				this.kuesionerUnit(draft.unitId);
			this.form = tidy(draft.form, this.kuesioner);
		} else {
			this.kuesioner = this.kuesionerUnit(this.pilihan.unitId);
			this.form = newForm(this.pilihan.jenisLayanan);
		}
		this.tahap = 'isi';
	}

	private async bukaDraftKoreksi(db: RaporDb): Promise<boolean> {
		const draft = readSurveyDraft((await loadDraft(db, DRAFT_KOREKSI))?.data);
		if (!draft?.koreksiUntuk || !this.pilihan) return false;
		const asli = await db.responses.get(draft.koreksiUntuk);
		if (!asli) return false;
		const [efektif] = await applyKoreksi(db, [asli]);
		if (!efektif) return false;
		this.mode = 'koreksi';
		this.dikoreksi = efektif;
		this.kuesioner = kuesionerForKoreksi(
			kuesionerWithId(this.daftarKuesioner, asli.kuesionerVersi) ?? STANDARD_KUESIONER
		);
		this.form = tidy(draft.form, this.kuesioner);
		this.tahap = 'isi';
		return true;
	}

	private draftData(): SurveyDraft {
		const data: SurveyDraft = {
			unitId: this.pilihan?.unitId ?? this.dikoreksi?.unitId ?? '',
			kuesionerVersi: this.kuesioner.id,
			form: $state.snapshot(this.form) as SurveyFormData
		};
		if (this.mode === 'koreksi' && this.dikoreksi) data.koreksiUntuk = this.dikoreksi.id;
		return data;
	}

	/** Every change of the form goes through here and reaches the drafts table within 250 ms. */
	ubah(form: SurveyFormData): void {
		this.form = form;
		this.errors = [];
		(this.mode === 'baru' ? this.draftBaru : this.draftKoreksi).jadwalkan(this.draftData());
	}

	/** Chooses the unit and service type (kept for every following respondent). */
	async pilih(choice: SurveyChoice): Promise<void> {
		const parsed = choiceSchema.parse({ ...choice, jenisLayanan: choice.jenisLayanan.trim() });
		const db = await database();
		const unitBerubah = this.pilihan?.unitId !== parsed.unitId;
		this.pilihan = parsed;
		await saveDraft(db, {
			id: DRAFT_CHOICE,
			jenis: 'survei',
			diubah: isoNow(),
			data: parsed
		});
		if (parsed.catatLokasi) this.lokasi.mulai();
		else this.lokasi.berhenti();
		if (unitBerubah) await this.draftBaru.hapus();
		if (unitBerubah || isFormEmpty(this.form)) {
			this.kuesioner = this.kuesionerUnit(parsed.unitId);
			this.form = newForm(parsed.jenisLayanan);
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
		const user = this.user();
		if (!user || !this.pilihan) {
			this.errors = ['survei.perluPengguna'];
			return false;
		}
		this.menyimpan = true;
		try {
			const db = await database();
			const { waktu: time, jamPerangkat } = await saveTime(db);
			if (this.mode === 'koreksi' && this.dikoreksi) {
				if (!canKoreksi(user, this.dikoreksi)) {
					this.errors = ['survei.bukanMilik'];
					return false;
				}
				const result = toKoreksi(
					this.form,
					this.dikoreksi,
					{ id: `kor-${randomId()}`, waktu: time, oleh: user.nama },
					this.kuesioner
				);
				if (!result.ok) {
					this.errors = result.keys;
					return false;
				}
				// Checking and writing are separate tasks: neither holds the main thread for long.
				await yieldToMain();
				await this.draftKoreksi.batalkan();
				await addKoreksiClosingDraft(db, result.value, DRAFT_KOREKSI);
				this.terakhir = 'koreksi';
			} else {
				const result = toResponse(
					this.form,
					{
						id: randomId(),
						unitId: this.pilihan.unitId,
						waktu: time,
						sumber: 'enumerator',
						enumerator: user.nama,
						perangkatId: this.perangkatId,
						lokasi: this.pilihan.catatLokasi ? this.lokasi.terakhir() : undefined
					},
					this.kuesioner
				);
				if (!result.ok) {
					this.errors = result.keys;
					return false;
				}
				await yieldToMain();
				await this.draftBaru.batalkan();
				await addResponseClosingDraft(
					db,
					{ ...result.value, ...(jamPerangkat ? { jamPerangkat } : {}) },
					DRAFT_NEW
				);
				this.terakhir = 'respons';
			}
			// Durable now; the screen changes in a task of its own, after the commit's bookkeeping.
			await yieldToMain();
			this.errors = [];
			this.tahap = 'tersimpan';
			void requestPersistOnce();
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
		this.form = newForm(this.pilihan.jenisLayanan);
		this.errors = [];
		this.tahap = 'isi';
	}

	/** Opens a saved response of today in the same form, prefilled; saving writes a correction. */
	async koreksi(efektif: SkmResponse, asli: SkmResponse): Promise<void> {
		if (!canKoreksi(this.user(), asli)) {
			this.errors = ['survei.bukanMilik'];
			return;
		}
		await this.draftBaru.flush();
		this.mode = 'koreksi';
		this.dikoreksi = efektif;
		this.kuesioner = kuesionerForKoreksi(
			kuesionerWithId(this.daftarKuesioner, asli.kuesionerVersi) ?? STANDARD_KUESIONER
		);
		this.form = fromResponse(efektif);
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
		const user = this.user();
		if (!user || !canKoreksi(user, asli)) return ['survei.bukanMilik'];
		const result = toCancel(asli, {
			id: `batal-${randomId()}`,
			waktu: timeNow(),
			oleh: user.nama,
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
		if (this.pilihan) this.form = newForm(this.pilihan.jenisLayanan);
		this.tahap = this.pilihan ? 'isi' : 'pilih-unit';
	}
}
