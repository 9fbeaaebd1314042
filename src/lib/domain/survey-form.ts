/**
 * The SKM survey form as a pure state machine: profile → the nine unsur (u1…u9) → the
 * questionnaire's own questions → saran → summary. Every function returns a new form; the screens
 * (enumerator and kiosk) only render it and call these. `toResponse` is the one way a filled form
 * becomes an SkmResponse, validated with the same schema as every other response.
 */
import { z } from 'zod';
import { TEXT_LIMIT } from './limits';
import { messageKey } from './issues';
import { extraAnswerFilled, emptyExtra, validateExtraAnswer, type ExtraValue } from './kuesioner';
import { periodeFromTime } from './periode';
import {
	idSchema,
	extraAnswerSchema,
	SEXES,
	OCCUPATIONS,
	EDUCATION_LEVELS,
	profilSchema,
	skmKoreksiSchema,
	skmResponseSchema,
	type Answer,
	type Kuesioner,
	type Profil,
	type SkmKoreksi,
	type SkmResponse,
	type Score
} from './schemas';
import { UNSUR_KEYS, type UnsurKey } from './unsur';

export type ExtraStep = `tambahan:${string}`;
export type Step = 'profil' | UnsurKey | ExtraStep | 'saran' | 'ringkasan';

/** The profile as typed: age stays text until the form is turned into a response. */
export const profilInputSchema = z.object({
	jenisKelamin: z.enum(SEXES).optional(),
	usia: z.string().max(10).optional(),
	pendidikan: z.enum(EDUCATION_LEVELS).optional(),
	pekerjaan: z.enum(OCCUPATIONS).optional()
});
export type ProfilInput = z.infer<typeof profilInputSchema>;

/** Also the shape of a saved draft, parsed again when a draft is reopened. */
export const surveyFormDataSchema = z.object({
	langkah: z.string().min(1).max(60),
	profil: profilInputSchema,
	/** Unanswered unsur are absent; a number outside 1–4 is kept so that it can be reported. */
	jawaban: z.partialRecord(z.enum(UNSUR_KEYS), z.number()),
	tambahan: z.record(z.string(), extraAnswerSchema),
	saran: z.string().max(5000),
	jenisLayanan: z.string().max(300),
	/** The user came from the summary to change one answer: answering returns there. */
	dariRingkasan: z.boolean()
});
export interface SurveyFormData extends Omit<z.infer<typeof surveyFormDataSchema>, 'langkah'> {
	langkah: Step;
}

export const SARAN_MAX = TEXT_LIMIT.saran;

export function newForm(jenisLayanan = ''): SurveyFormData {
	return {
		langkah: 'profil',
		profil: {},
		jawaban: {},
		tambahan: {},
		saran: '',
		jenisLayanan,
		dariRingkasan: false
	};
}

export const extraSteps = (id: string): ExtraStep => `tambahan:${id}`;

export function listSteps(kuesioner: Kuesioner): Step[] {
	return [
		'profil',
		...UNSUR_KEYS,
		...kuesioner.tambahan.map((q) => extraSteps(q.id)),
		'saran',
		'ringkasan'
	];
}

export function isUnsur(step: string): step is UnsurKey {
	return (UNSUR_KEYS as readonly string[]).includes(step);
}

export function isScore(value: unknown): value is Score {
	return value === 1 || value === 2 || value === 3 || value === 4;
}

/** '' → no age given; a whole number → that age (the schema checks 10–120); else invalid. */
export function readAge(text: string | undefined): number | undefined | 'invalid' {
	const trimmed = (text ?? '').trim();
	if (trimmed === '') return undefined;
	return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

function profilFromInput(isian: ProfilInput): { profil: Profil; usiaValid: boolean } {
	const usia = readAge(isian.usia);
	const profil: Profil = {};
	if (isian.jenisKelamin) profil.jenisKelamin = isian.jenisKelamin;
	if (typeof usia === 'number') profil.usia = usia;
	if (isian.pendidikan) profil.pendidikan = isian.pendidikan;
	if (isian.pekerjaan) profil.pekerjaan = isian.pekerjaan;
	const usiaValid = usia !== 'invalid' && profilSchema.shape.usia.safeParse(profil.usia).success;
	return { profil, usiaValid };
}

/** Whether one step is done: the nine unsur need an answer 1–4, the rest need only be valid. */
export function stepComplete(form: SurveyFormData, langkah: Step, kuesioner: Kuesioner): boolean {
	if (langkah === 'profil') return profilFromInput(form.profil).usiaValid;
	if (isUnsur(langkah)) return isScore(form.jawaban[langkah]);
	if (langkah === 'saran') return form.saran.length <= SARAN_MAX;
	if (langkah === 'ringkasan') {
		return listSteps(kuesioner)
			.filter((l) => l !== 'ringkasan')
			.every((l) => stepComplete(form, l, kuesioner));
	}
	const id = langkah.slice('tambahan:'.length);
	const q = kuesioner.tambahan.find((p) => p.id === id);
	if (!q) return true;
	return !validateExtraAnswer({ ...kuesioner, tambahan: [q] }, { [id]: form.tambahan[id] })[id];
}

/** The steps that are done, for the progress display and the summary. */
export function stepDone(form: SurveyFormData, kuesioner: Kuesioner): Set<Step> {
	return new Set(listSteps(kuesioner).filter((l) => stepComplete(form, l, kuesioner)));
}

/** A step the form may show: known to this questionnaire and every step before it done. */
export function canGoTo(form: SurveyFormData, langkah: Step, kuesioner: Kuesioner): boolean {
	const list = listSteps(kuesioner);
	const index = list.indexOf(langkah);
	if (index < 0) return false;
	return list.slice(0, index).every((l) => stepComplete(form, l, kuesioner));
}

/** A reopened draft (or a changed questionnaire) may name a step that no longer exists. */
export function tidy(form: SurveyFormData, kuesioner: Kuesioner): SurveyFormData {
	if (canGoTo(form, form.langkah, kuesioner)) return form;
	const list = listSteps(kuesioner);
	const first = list.find((l) => !stepComplete(form, l, kuesioner)) ?? 'ringkasan';
	return { ...form, langkah: first, dariRingkasan: false };
}

export function canGoForward(form: SurveyFormData, kuesioner: Kuesioner): boolean {
	return form.langkah !== 'ringkasan' && stepComplete(form, form.langkah, kuesioner);
}

/** Forward one step (or back to the summary when changing an answer from there). */
export function goForward(form: SurveyFormData, kuesioner: Kuesioner): SurveyFormData {
	if (!canGoForward(form, kuesioner)) return form;
	const list = listSteps(kuesioner);
	if (form.dariRingkasan && canGoTo(form, 'ringkasan', kuesioner)) {
		return { ...form, langkah: 'ringkasan', dariRingkasan: false };
	}
	const next = list[list.indexOf(form.langkah) + 1] ?? 'ringkasan';
	return { ...form, langkah: next, dariRingkasan: false };
}

export function goBack(form: SurveyFormData, kuesioner: Kuesioner): SurveyFormData {
	const list = listSteps(kuesioner);
	const index = list.indexOf(form.langkah);
	if (index <= 0) return { ...form, langkah: 'profil', dariRingkasan: false };
	return { ...form, langkah: list[index - 1]!, dariRingkasan: false };
}

/** Opens one step, e.g. from the summary to change an answer; a step not yet reachable is refused. */
export function goToStep(
	form: SurveyFormData,
	langkah: Step,
	kuesioner: Kuesioner
): SurveyFormData {
	if (!canGoTo(form, langkah, kuesioner)) return form;
	return {
		...form,
		langkah,
		dariRingkasan: form.langkah === 'ringkasan' && langkah !== 'ringkasan'
	};
}

/** Records an answer to one unsur; on that unsur's own step the form moves on at once. */
export function answerUnsur(
	form: SurveyFormData,
	key: UnsurKey,
	score: number,
	kuesioner: Kuesioner
): SurveyFormData {
	const answered: SurveyFormData = { ...form, jawaban: { ...form.jawaban, [key]: score } };
	return form.langkah === key ? goForward(answered, kuesioner) : answered;
}

export function fillProfil(form: SurveyFormData, patch: Partial<ProfilInput>): SurveyFormData {
	const profil: ProfilInput = { ...form.profil, ...patch };
	for (const key of Object.keys(profil) as (keyof ProfilInput)[]) {
		if (profil[key] === undefined || profil[key] === '') delete profil[key];
	}
	return { ...form, profil };
}

export function fillExtra(
	form: SurveyFormData,
	id: string,
	value: ExtraValue | undefined
): SurveyFormData {
	const extra = { ...form.tambahan };
	if (value === undefined || emptyExtra(value)) delete extra[id];
	else extra[id] = value;
	return { ...form, tambahan: extra };
}

export function fillSaran(form: SurveyFormData, saran: string): SurveyFormData {
	return { ...form, saran };
}

export interface Progress {
	/** 1-based position of the step and the number of steps. */
	langkahKe: number;
	jumlahLangkah: number;
	/** For an unsur step: "Pertanyaan {nomor} dari 9". */
	nomorUnsur: number | null;
	/** For an extra question: its number among the extras. */
	nomorTambahan: number | null;
	jumlahTambahan: number;
	/** 0–1, for a progress bar. */
	bagian: number;
}

export function computeProgress(form: SurveyFormData, kuesioner: Kuesioner): Progress {
	const list = listSteps(kuesioner);
	const index = Math.max(0, list.indexOf(form.langkah));
	const unsur = UNSUR_KEYS.indexOf(form.langkah as UnsurKey);
	const extra = kuesioner.tambahan.findIndex((q) => extraSteps(q.id) === form.langkah);
	return {
		langkahKe: index + 1,
		jumlahLangkah: list.length,
		nomorUnsur: unsur >= 0 ? unsur + 1 : null,
		nomorTambahan: extra >= 0 ? extra + 1 : null,
		jumlahTambahan: kuesioner.tambahan.length,
		bagian: list.length > 1 ? index / (list.length - 1) : 1
	};
}

export type Result<T> = { ok: true; value: T } | { ok: false; keys: string[] };

export interface ResponseContext {
	/** A fresh client-made id (randomId: a UUID v4), stable across retries of the same save. */
	id: string;
	unitId: string;
	/** Device time with offset (localTime). */
	waktu: string;
	sumber: 'enumerator' | 'kiosk';
	enumerator?: string;
	perangkatId?: string;
	lokasi?: SkmResponse['lokasi'];
}

/** Equality of two small JSON-like values, ignoring key order and undefined fields. */
function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	const keys = (o: object) =>
		Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
	const ka = keys(a);
	return (
		ka.length === keys(b).length &&
		ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
	);
}

function dropUndefined<T extends object>(doc: T): T {
	return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined)) as T;
}

const answersFrom = (form: SurveyFormData): Record<UnsurKey, number | null> =>
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, form.jawaban[k] ?? null])) as Record<
		UnsurKey,
		number | null
	>;

/** Rules a form must meet beyond the document schema: all nine answered, valid extras and age. */
function checkFilled(form: SurveyFormData, kuesioner: Kuesioner): string[] {
	const keys: string[] = [];
	if (UNSUR_KEYS.some((k) => form.jawaban[k] === undefined)) keys.push('err.jawabanWajib');
	if (UNSUR_KEYS.some((k) => form.jawaban[k] !== undefined && !isScore(form.jawaban[k]))) {
		keys.push('err.skor');
	}
	keys.push(...Object.values(validateExtraAnswer(kuesioner, form.tambahan)));
	if (!profilFromInput(form.profil).usiaValid) keys.push('err.usia');
	if (form.saran.length > SARAN_MAX) keys.push('err.saran');
	return keys;
}

const unique = (keys: readonly string[]) => keys.filter((k, i) => keys.indexOf(k) === i);

/**
 * The response a filled form makes. Any missing required item, an answer outside 1–4 or a field
 * the schema refuses gives i18n error keys and no response.
 */
export function toResponse(
	form: SurveyFormData,
	konteks: ResponseContext,
	kuesioner: Kuesioner
): Result<SkmResponse> {
	const keys: string[] = [];
	if (!konteks.unitId.trim()) keys.push('err.unitSurvei');
	keys.push(...checkFilled(form, kuesioner));
	let periodeId = '';
	try {
		periodeId = periodeFromTime(konteks.waktu);
	} catch {
		keys.push('err.tanggal');
	}
	const saran = form.saran.trim();
	const jenisLayanan = form.jenisLayanan.trim();
	const candidate = dropUndefined({
		id: konteks.id,
		unitId: konteks.unitId,
		periodeId,
		waktu: konteks.waktu,
		jawaban: answersFrom(form),
		profil: profilFromInput(form.profil).profil,
		jenisLayanan: jenisLayanan || undefined,
		saran: saran || undefined,
		kuesionerVersi: kuesioner.id,
		sumber: konteks.sumber,
		enumerator: konteks.enumerator?.trim() || undefined,
		perangkatId: konteks.perangkatId,
		lokasi: konteks.lokasi,
		jawabanTambahan: extraAnswerFilled(kuesioner, form.tambahan)
	});
	const parsed = skmResponseSchema.safeParse(candidate);
	if (!parsed.success) keys.push(...messageKey(parsed.error.issues));
	if (keys.length > 0 || !parsed.success) return { ok: false, keys: unique(keys) };
	return { ok: true, value: dropUndefined(parsed.data) };
}

/** The form prefilled from a (corrected) response, opened at the summary. */
export function fromResponse(response: SkmResponse): SurveyFormData {
	const answer: SurveyFormData['jawaban'] = {};
	for (const k of UNSUR_KEYS) {
		const value = response.jawaban[k];
		if (value !== null) answer[k] = value;
	}
	const profil: ProfilInput = {};
	if (response.profil.jenisKelamin) profil.jenisKelamin = response.profil.jenisKelamin;
	if (response.profil.usia !== undefined) profil.usia = String(response.profil.usia);
	if (response.profil.pendidikan) profil.pendidikan = response.profil.pendidikan;
	if (response.profil.pekerjaan) profil.pekerjaan = response.profil.pekerjaan;
	return {
		langkah: 'ringkasan',
		profil,
		jawaban: answer,
		tambahan: { ...(response.jawabanTambahan ?? {}) },
		saran: response.saran ?? '',
		jenisLayanan: response.jenisLayanan ?? '',
		dariRingkasan: false
	};
}

/** A correction changes the nine answers, profile, saran and jenis layanan; never the extras. */
export function kuesionerForKoreksi(kuesioner: Kuesioner): Kuesioner {
	return { ...kuesioner, tambahan: [] };
}

/**
 * The correction that turns `asli` (the response as it now counts, earlier corrections applied)
 * into what the form says: only changed fields are written. Nothing changed → 'err.koreksiKosong'.
 */
export function toKoreksi(
	form: SurveyFormData,
	asli: SkmResponse,
	konteks: { id: string; waktu: string; oleh: string; alasan?: string },
	kuesioner: Kuesioner
): Result<SkmKoreksi> {
	const keys = checkFilled(form, kuesionerForKoreksi(kuesioner));
	if (keys.length > 0) return { ok: false, keys: unique(keys) };
	const answer = answersFrom(form) as Answer;
	const { profil } = profilFromInput(form.profil);
	const saran = form.saran.trim();
	const jenisLayanan = form.jenisLayanan.trim();
	const candidate = dropUndefined({
		id: konteks.id,
		responseId: asli.id,
		jenis: 'koreksi' as const,
		waktu: konteks.waktu,
		oleh: konteks.oleh,
		alasan: konteks.alasan?.trim() || undefined,
		jawaban: sameJson(answer, asli.jawaban) ? undefined : answer,
		profil: sameJson(profil, asli.profil) ? undefined : profil,
		saran: saran === (asli.saran ?? '').trim() ? undefined : saran,
		jenisLayanan: jenisLayanan === (asli.jenisLayanan ?? '').trim() ? undefined : jenisLayanan
	});
	const parsed = skmKoreksiSchema.safeParse(candidate);
	if (!parsed.success) return { ok: false, keys: messageKey(parsed.error.issues) };
	return { ok: true, value: dropUndefined(parsed.data) };
}

/** A void: the response stays as a tombstone; the reason must be at least three characters. */
export function toCancel(
	asli: Pick<SkmResponse, 'id'>,
	konteks: { id: string; waktu: string; oleh: string; alasan: string }
): Result<SkmKoreksi> {
	const parsed = skmKoreksiSchema.safeParse({
		id: konteks.id,
		responseId: asli.id,
		jenis: 'batal',
		waktu: konteks.waktu,
		oleh: konteks.oleh,
		alasan: konteks.alasan.trim()
	});
	if (!parsed.success) return { ok: false, keys: messageKey(parsed.error.issues) };
	return { ok: true, value: dropUndefined(parsed.data) };
}

/**
 * A half-filled survey as stored in the drafts table: which unit, which questionnaire version, the
 * form, and the response it corrects (when it is a correction).
 */
export const surveyDraftSchema = z.object({
	unitId: idSchema,
	kuesionerVersi: z.string().min(1).max(128),
	form: surveyFormDataSchema,
	koreksiUntuk: idSchema.optional()
});
export type SurveyDraft = Omit<z.infer<typeof surveyDraftSchema>, 'form'> & {
	form: SurveyFormData;
};

/** Parses a stored draft; null when it is not one (then it is discarded, never half-trusted). */
export function readSurveyDraft(data: unknown): SurveyDraft | null {
	const parsed = surveyDraftSchema.safeParse(data);
	return parsed.success ? (parsed.data as SurveyDraft) : null;
}
