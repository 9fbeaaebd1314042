/**
 * The self-service kiosk on a counter tablet: locked to one unit until the staff PIN is entered,
 * citizens fill the same questionnaire as in interviews (sumber 'kiosk', no enumerator), it thanks
 * them and resets, and a survey left untouched is discarded after a while. The lock (not the
 * answers) is kept in the meta table, so a reload stays in the kiosk.
 */
import { randomId } from '$lib/domain/random-id';
import { liveQuery, type Subscription } from 'dexie';
import {
	hasPin,
	unlock,
	checkPin,
	getActiveKiosk,
	setActiveKiosk,
	setPin,
	type ActiveKiosk
} from '$lib/db/kiosk';
import { listKuesioner } from '$lib/db/kuesioner';
import { getDeviceId } from '$lib/db/device';
import { addResponses } from '$lib/db/responses-write';
import {
	PIN_PAUSE_SECONDS,
	WRONG_PIN_MAX,
	DEFAULT_RESET_SECONDS,
	countdownRemaining,
	THANK_YOU_SECONDS,
	validPin
} from '$lib/domain/kiosk';
import { STANDARD_KUESIONER, kuesionerForUnit } from '$lib/domain/kuesioner';
import type { Kuesioner, Unit } from '$lib/domain/schemas';
import { newForm, toResponse, type SurveyFormData } from '$lib/domain/survey-form';
import { timeNow } from '$lib/domain/local-time';
import { database } from './app.svelte';
import { saveTime } from './clock.svelte';
import { activeJenisLayanan } from './survey-today';

export type KioskPhase =
	'memuat' | 'tanpa-unit' | 'belum-aktif' | 'sambutan' | 'isi' | 'terima-kasih';

export interface KioskParams {
	unitId: string | null;
	resetDetik: number;
	terimaDetik: number;
}

export class KioskSession {
	fase = $state<KioskPhase>('memuat');
	unit = $state<Unit | null>(null);
	adaPin = $state(false);
	form = $state<SurveyFormData>(newForm());
	kuesioner = $state<Kuesioner>(STANDARD_KUESIONER);
	jenisLayanan = $state<string[]>([]);
	errors = $state<string[]>([]);
	menyimpan = $state(false);
	resetDetik = $state(DEFAULT_RESET_SECONDS);
	terimaDetik = $state(THANK_YOU_SECONDS);
	/** Seconds left before an untouched survey is discarded; shown in the last ten. */
	sisa = $state<number | null>(null);
	/** Wrong PINs in a row, and until when the pad pauses (performance.now ms). */
	pinSalah = $state(0);
	jedaSampai = $state(0);

	private terakhirDisentuh = 0;
	private terimaKasihSejak = 0;
	private daftarKuesioner: Kuesioner[] = [];
	private subscription: Subscription | null = null;
	private timer: ReturnType<typeof setInterval> | null = null;
	private perangkatId: string | undefined;

	get terkunci(): boolean {
		return this.fase === 'sambutan' || this.fase === 'isi' || this.fase === 'terima-kasih';
	}

	/** Opens the kiosk: an active lock wins over the URL (a reload or '/' lands back here). */
	async buka(param: KioskParams): Promise<() => void> {
		const db = await database();
		this.perangkatId = await getDeviceId(db);
		this.daftarKuesioner = await listKuesioner(db);
		this.subscription = liveQuery(() => listKuesioner(db)).subscribe({
			next: (list) => (this.daftarKuesioner = list)
		});
		this.adaPin = await hasPin(db);
		const aktif = await getActiveKiosk(db);
		const unitId = aktif?.unitId ?? param.unitId;
		this.resetDetik = aktif?.reset ?? param.resetDetik;
		this.terimaDetik = aktif?.terima ?? param.terimaDetik;
		this.unit = unitId ? ((await db.units.get(unitId)) ?? null) : null;
		if (this.unit)
			this.jenisLayanan = (await activeJenisLayanan(db, this.unit.id)).map((j) => j.nama);
		if (!this.unit) this.fase = 'tanpa-unit';
		else if (aktif) this.keSambutan();
		else this.fase = 'belum-aktif';
		this.timer = setInterval(() => this.detak(), 250);
		return () => {
			if (this.timer) clearInterval(this.timer);
			this.subscription?.unsubscribe();
		};
	}

	/** Locks this device in the kiosk; the first time, the staff PIN is set here. */
	async aktifkan(pinBaru: string | null): Promise<string[]> {
		if (!this.unit) return ['kiosk.tanpaUnit'];
		const db = await database();
		if (!this.adaPin) {
			if (!pinBaru || !validPin(pinBaru) || !(await setPin(db, pinBaru))) return ['err.pin'];
			this.adaPin = true;
		}
		const active: ActiveKiosk = {
			unitId: this.unit.id,
			sejak: timeNow(),
			reset: this.resetDetik,
			terima: this.terimaDetik
		};
		await setActiveKiosk(db, active);
		this.keSambutan();
		return [];
	}

	private keSambutan(): void {
		this.fase = 'sambutan';
		this.form = newForm();
		this.errors = [];
		this.sisa = null;
	}

	mulaiSurvei(): void {
		if (!this.unit) return;
		this.kuesioner = kuesionerForUnit(this.daftarKuesioner, this.unit.id);
		this.form = newForm();
		this.errors = [];
		this.fase = 'isi';
		this.sentuh();
	}

	ubah(form: SurveyFormData): void {
		this.form = form;
		this.errors = [];
		this.sentuh();
	}

	/** Any touch, key or typing keeps a survey alive. */
	sentuh(): void {
		this.terakhirDisentuh = performance.now();
		this.sisa = null;
	}

	private detak(): void {
		const now = performance.now();
		if (this.fase === 'isi') {
			const { sisa: remaining, peringatan } = countdownRemaining(
				now - this.terakhirDisentuh,
				this.resetDetik
			);
			if (remaining <= 0) this.keSambutan();
			else this.sisa = peringatan ? remaining : null;
		} else if (this.fase === 'terima-kasih') {
			if (now - this.terimaKasihSejak >= this.terimaDetik * 1000) this.keSambutan();
		}
	}

	async simpan(): Promise<void> {
		if (!this.unit || this.menyimpan) return;
		this.menyimpan = true;
		this.sentuh();
		try {
			const db = await database();
			const { waktu: time, jamPerangkat } = await saveTime(db);
			const result = toResponse(
				this.form,
				{
					id: randomId(),
					unitId: this.unit.id,
					waktu: time,
					sumber: 'kiosk',
					perangkatId: this.perangkatId
				},
				this.kuesioner
			);
			if (!result.ok) {
				this.errors = result.keys;
				return;
			}
			await addResponses(db, [{ ...result.value, ...(jamPerangkat ? { jamPerangkat } : {}) }]);
			this.fase = 'terima-kasih';
			this.terimaKasihSejak = performance.now();
			this.form = newForm();
		} catch (cause) {
			console.error(cause);
			this.errors = ['survei.gagalSimpan'];
		} finally {
			this.menyimpan = false;
		}
	}

	/** The thank-you screen may be closed early by a tap. */
	selesai(): void {
		if (this.fase === 'terima-kasih') this.keSambutan();
	}

	get jedaDetik(): number {
		return Math.max(0, Math.ceil((this.jedaSampai - performance.now()) / 1000));
	}

	/** Leaves the kiosk with the staff PIN; a wrong PIN keeps it locked (and pauses after five). */
	async keluar(pin: string): Promise<'terbuka' | 'salah' | 'jeda'> {
		if (performance.now() < this.jedaSampai) return 'jeda';
		if (await unlock(await database(), pin)) {
			this.pinSalah = 0;
			this.fase = 'belum-aktif';
			return 'terbuka';
		}
		this.pinSalah++;
		if (this.pinSalah >= WRONG_PIN_MAX) {
			this.jedaSampai = performance.now() + PIN_PAUSE_SECONDS * 1000;
			this.pinSalah = 0;
		}
		return 'salah';
	}
}

/** Sets the staff PIN; replacing one needs the current PIN. Returns i18n error keys. */
export async function savePin(old: string | null, baru: string, ulang: string): Promise<string[]> {
	const db = await database();
	if (!validPin(baru)) return ['err.pin'];
	if (baru !== ulang) return ['kiosk.pinTidakSama'];
	if ((await hasPin(db)) && !(old !== null && (await checkPin(db, old)))) {
		return ['kiosk.pinLamaSalah'];
	}
	await setPin(db, baru);
	return [];
}
