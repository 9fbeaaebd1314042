/**
 * The SKM survey form as a pure state machine: profile → the nine unsur (u1…u9) → the
 * questionnaire's own questions → saran → summary. Every function returns a new form; the screens
 * (enumerator and kiosk) only render it and call these. `keRespons` is the one way a filled form
 * becomes an SkmResponse, validated with the same schema as every other response.
 */
import { z } from 'zod';
import { BATAS_TEKS } from './batas';
import { kunciPesan } from './issues';
import {
	jawabanTambahanTerisi,
	tambahanKosong,
	validasiJawabanTambahan,
	type NilaiTambahan
} from './kuesioner';
import { periodeDariWaktu } from './periode';
import {
	idSchema,
	jawabanTambahanSchema,
	JENIS_KELAMIN,
	PEKERJAAN,
	PENDIDIKAN,
	profilSchema,
	skmKoreksiSchema,
	skmResponseSchema,
	type Jawaban,
	type Kuesioner,
	type Profil,
	type SkmKoreksi,
	type SkmResponse,
	type Skor
} from './schemas';
import { UNSUR_KEYS, type UnsurKey } from './unsur';

export type LangkahTambahan = `tambahan:${string}`;
export type Langkah = 'profil' | UnsurKey | LangkahTambahan | 'saran' | 'ringkasan';

/** The profile as typed: age stays text until the form is turned into a response. */
export const profilIsianSchema = z.object({
	jenisKelamin: z.enum(JENIS_KELAMIN).optional(),
	usia: z.string().max(10).optional(),
	pendidikan: z.enum(PENDIDIKAN).optional(),
	pekerjaan: z.enum(PEKERJAAN).optional()
});
export type ProfilIsian = z.infer<typeof profilIsianSchema>;

/** Also the shape of a saved draft, parsed again when a draft is reopened. */
export const formSurveiSchema = z.object({
	langkah: z.string().min(1).max(60),
	profil: profilIsianSchema,
	/** Unanswered unsur are absent; a number outside 1–4 is kept so that it can be reported. */
	jawaban: z.partialRecord(z.enum(UNSUR_KEYS), z.number()),
	tambahan: z.record(z.string(), jawabanTambahanSchema),
	saran: z.string().max(5000),
	jenisLayanan: z.string().max(300),
	/** The user came from the summary to change one answer: answering returns there. */
	dariRingkasan: z.boolean()
});
export interface FormSurvei extends Omit<z.infer<typeof formSurveiSchema>, 'langkah'> {
	langkah: Langkah;
}

export const SARAN_MAKS = BATAS_TEKS.saran;

export function formBaru(jenisLayanan = ''): FormSurvei {
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

export const langkahTambahan = (id: string): LangkahTambahan => `tambahan:${id}`;

export function daftarLangkah(kuesioner: Kuesioner): Langkah[] {
	return [
		'profil',
		...UNSUR_KEYS,
		...kuesioner.tambahan.map((q) => langkahTambahan(q.id)),
		'saran',
		'ringkasan'
	];
}

export function isUnsur(langkah: string): langkah is UnsurKey {
	return (UNSUR_KEYS as readonly string[]).includes(langkah);
}

export function isSkor(value: unknown): value is Skor {
	return value === 1 || value === 2 || value === 3 || value === 4;
}

/** '' → no age given; a whole number → that age (the schema checks 10–120); else invalid. */
export function bacaUsia(text: string | undefined): number | undefined | 'invalid' {
	const trimmed = (text ?? '').trim();
	if (trimmed === '') return undefined;
	return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

function profilDariIsian(isian: ProfilIsian): { profil: Profil; usiaValid: boolean } {
	const usia = bacaUsia(isian.usia);
	const profil: Profil = {};
	if (isian.jenisKelamin) profil.jenisKelamin = isian.jenisKelamin;
	if (typeof usia === 'number') profil.usia = usia;
	if (isian.pendidikan) profil.pendidikan = isian.pendidikan;
	if (isian.pekerjaan) profil.pekerjaan = isian.pekerjaan;
	const usiaValid = usia !== 'invalid' && profilSchema.shape.usia.safeParse(profil.usia).success;
	return { profil, usiaValid };
}

/** Whether one step is done: the nine unsur need an answer 1–4, the rest need only be valid. */
export function langkahLengkap(form: FormSurvei, langkah: Langkah, kuesioner: Kuesioner): boolean {
	if (langkah === 'profil') return profilDariIsian(form.profil).usiaValid;
	if (isUnsur(langkah)) return isSkor(form.jawaban[langkah]);
	if (langkah === 'saran') return form.saran.length <= SARAN_MAKS;
	if (langkah === 'ringkasan') {
		return daftarLangkah(kuesioner)
			.filter((l) => l !== 'ringkasan')
			.every((l) => langkahLengkap(form, l, kuesioner));
	}
	const id = langkah.slice('tambahan:'.length);
	const q = kuesioner.tambahan.find((p) => p.id === id);
	if (!q) return true;
	return !validasiJawabanTambahan({ ...kuesioner, tambahan: [q] }, { [id]: form.tambahan[id] })[id];
}

/** The steps that are done, for the progress display and the summary. */
export function langkahSelesai(form: FormSurvei, kuesioner: Kuesioner): Set<Langkah> {
	return new Set(daftarLangkah(kuesioner).filter((l) => langkahLengkap(form, l, kuesioner)));
}

/** A step the form may show: known to this questionnaire and every step before it done. */
export function bolehKe(form: FormSurvei, langkah: Langkah, kuesioner: Kuesioner): boolean {
	const list = daftarLangkah(kuesioner);
	const index = list.indexOf(langkah);
	if (index < 0) return false;
	return list.slice(0, index).every((l) => langkahLengkap(form, l, kuesioner));
}

/** A reopened draft (or a changed questionnaire) may name a step that no longer exists. */
export function rapikan(form: FormSurvei, kuesioner: Kuesioner): FormSurvei {
	if (bolehKe(form, form.langkah, kuesioner)) return form;
	const list = daftarLangkah(kuesioner);
	const first = list.find((l) => !langkahLengkap(form, l, kuesioner)) ?? 'ringkasan';
	return { ...form, langkah: first, dariRingkasan: false };
}

export function bolehMaju(form: FormSurvei, kuesioner: Kuesioner): boolean {
	return form.langkah !== 'ringkasan' && langkahLengkap(form, form.langkah, kuesioner);
}

/** Forward one step (or back to the summary when changing an answer from there). */
export function maju(form: FormSurvei, kuesioner: Kuesioner): FormSurvei {
	if (!bolehMaju(form, kuesioner)) return form;
	const list = daftarLangkah(kuesioner);
	if (form.dariRingkasan && bolehKe(form, 'ringkasan', kuesioner)) {
		return { ...form, langkah: 'ringkasan', dariRingkasan: false };
	}
	const next = list[list.indexOf(form.langkah) + 1] ?? 'ringkasan';
	return { ...form, langkah: next, dariRingkasan: false };
}

export function mundur(form: FormSurvei, kuesioner: Kuesioner): FormSurvei {
	const list = daftarLangkah(kuesioner);
	const index = list.indexOf(form.langkah);
	if (index <= 0) return { ...form, langkah: 'profil', dariRingkasan: false };
	return { ...form, langkah: list[index - 1]!, dariRingkasan: false };
}

/** Opens one step, e.g. from the summary to change an answer; a step not yet reachable is refused. */
export function keLangkah(form: FormSurvei, langkah: Langkah, kuesioner: Kuesioner): FormSurvei {
	if (!bolehKe(form, langkah, kuesioner)) return form;
	return {
		...form,
		langkah,
		dariRingkasan: form.langkah === 'ringkasan' && langkah !== 'ringkasan'
	};
}

/** Records an answer to one unsur; on that unsur's own step the form moves on at once. */
export function jawabUnsur(
	form: FormSurvei,
	key: UnsurKey,
	skor: number,
	kuesioner: Kuesioner
): FormSurvei {
	const answered: FormSurvei = { ...form, jawaban: { ...form.jawaban, [key]: skor } };
	return form.langkah === key ? maju(answered, kuesioner) : answered;
}

export function isiProfil(form: FormSurvei, patch: Partial<ProfilIsian>): FormSurvei {
	const profil: ProfilIsian = { ...form.profil, ...patch };
	for (const key of Object.keys(profil) as (keyof ProfilIsian)[]) {
		if (profil[key] === undefined || profil[key] === '') delete profil[key];
	}
	return { ...form, profil };
}

export function isiTambahan(
	form: FormSurvei,
	id: string,
	value: NilaiTambahan | undefined
): FormSurvei {
	const tambahan = { ...form.tambahan };
	if (value === undefined || tambahanKosong(value)) delete tambahan[id];
	else tambahan[id] = value;
	return { ...form, tambahan };
}

export function isiSaran(form: FormSurvei, saran: string): FormSurvei {
	return { ...form, saran };
}

export interface Kemajuan {
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

export function kemajuan(form: FormSurvei, kuesioner: Kuesioner): Kemajuan {
	const list = daftarLangkah(kuesioner);
	const index = Math.max(0, list.indexOf(form.langkah));
	const unsur = UNSUR_KEYS.indexOf(form.langkah as UnsurKey);
	const tambahan = kuesioner.tambahan.findIndex((q) => langkahTambahan(q.id) === form.langkah);
	return {
		langkahKe: index + 1,
		jumlahLangkah: list.length,
		nomorUnsur: unsur >= 0 ? unsur + 1 : null,
		nomorTambahan: tambahan >= 0 ? tambahan + 1 : null,
		jumlahTambahan: kuesioner.tambahan.length,
		bagian: list.length > 1 ? index / (list.length - 1) : 1
	};
}

export type Hasil<T> = { ok: true; value: T } | { ok: false; keys: string[] };

export interface KonteksRespons {
	/** A fresh client-made id (idAcak: a UUID v4), stable across retries of the same save. */
	id: string;
	unitId: string;
	/** Device time with offset (waktuLokal). */
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

const jawabanDari = (form: FormSurvei): Record<UnsurKey, number | null> =>
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, form.jawaban[k] ?? null])) as Record<
		UnsurKey,
		number | null
	>;

/** Rules a form must meet beyond the document schema: all nine answered, valid extras and age. */
function cekIsi(form: FormSurvei, kuesioner: Kuesioner): string[] {
	const keys: string[] = [];
	if (UNSUR_KEYS.some((k) => form.jawaban[k] === undefined)) keys.push('err.jawabanWajib');
	if (UNSUR_KEYS.some((k) => form.jawaban[k] !== undefined && !isSkor(form.jawaban[k]))) {
		keys.push('err.skor');
	}
	keys.push(...Object.values(validasiJawabanTambahan(kuesioner, form.tambahan)));
	if (!profilDariIsian(form.profil).usiaValid) keys.push('err.usia');
	if (form.saran.length > SARAN_MAKS) keys.push('err.saran');
	return keys;
}

const unik = (keys: readonly string[]) => keys.filter((k, i) => keys.indexOf(k) === i);

/**
 * The response a filled form makes. Any missing required item, an answer outside 1–4 or a field
 * the schema refuses gives i18n error keys and no response.
 */
export function keRespons(
	form: FormSurvei,
	konteks: KonteksRespons,
	kuesioner: Kuesioner
): Hasil<SkmResponse> {
	const keys: string[] = [];
	if (!konteks.unitId.trim()) keys.push('err.unitSurvei');
	keys.push(...cekIsi(form, kuesioner));
	let periodeId = '';
	try {
		periodeId = periodeDariWaktu(konteks.waktu);
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
		jawaban: jawabanDari(form),
		profil: profilDariIsian(form.profil).profil,
		jenisLayanan: jenisLayanan || undefined,
		saran: saran || undefined,
		kuesionerVersi: kuesioner.id,
		sumber: konteks.sumber,
		enumerator: konteks.enumerator?.trim() || undefined,
		perangkatId: konteks.perangkatId,
		lokasi: konteks.lokasi,
		jawabanTambahan: jawabanTambahanTerisi(kuesioner, form.tambahan)
	});
	const parsed = skmResponseSchema.safeParse(candidate);
	if (!parsed.success) keys.push(...kunciPesan(parsed.error.issues));
	if (keys.length > 0 || !parsed.success) return { ok: false, keys: unik(keys) };
	return { ok: true, value: dropUndefined(parsed.data) };
}

/** The form prefilled from a (corrected) response, opened at the summary. */
export function dariRespons(response: SkmResponse): FormSurvei {
	const jawaban: FormSurvei['jawaban'] = {};
	for (const k of UNSUR_KEYS) {
		const value = response.jawaban[k];
		if (value !== null) jawaban[k] = value;
	}
	const profil: ProfilIsian = {};
	if (response.profil.jenisKelamin) profil.jenisKelamin = response.profil.jenisKelamin;
	if (response.profil.usia !== undefined) profil.usia = String(response.profil.usia);
	if (response.profil.pendidikan) profil.pendidikan = response.profil.pendidikan;
	if (response.profil.pekerjaan) profil.pekerjaan = response.profil.pekerjaan;
	return {
		langkah: 'ringkasan',
		profil,
		jawaban,
		tambahan: { ...(response.jawabanTambahan ?? {}) },
		saran: response.saran ?? '',
		jenisLayanan: response.jenisLayanan ?? '',
		dariRingkasan: false
	};
}

/** A correction changes the nine answers, profile, saran and jenis layanan; never the extras. */
export function kuesionerKoreksi(kuesioner: Kuesioner): Kuesioner {
	return { ...kuesioner, tambahan: [] };
}

/**
 * The correction that turns `asli` (the response as it now counts, earlier corrections applied)
 * into what the form says: only changed fields are written. Nothing changed → 'err.koreksiKosong'.
 */
export function keKoreksi(
	form: FormSurvei,
	asli: SkmResponse,
	konteks: { id: string; waktu: string; oleh: string; alasan?: string },
	kuesioner: Kuesioner
): Hasil<SkmKoreksi> {
	const keys = cekIsi(form, kuesionerKoreksi(kuesioner));
	if (keys.length > 0) return { ok: false, keys: unik(keys) };
	const jawaban = jawabanDari(form) as Jawaban;
	const { profil } = profilDariIsian(form.profil);
	const saran = form.saran.trim();
	const jenisLayanan = form.jenisLayanan.trim();
	const candidate = dropUndefined({
		id: konteks.id,
		responseId: asli.id,
		jenis: 'koreksi' as const,
		waktu: konteks.waktu,
		oleh: konteks.oleh,
		alasan: konteks.alasan?.trim() || undefined,
		jawaban: sameJson(jawaban, asli.jawaban) ? undefined : jawaban,
		profil: sameJson(profil, asli.profil) ? undefined : profil,
		saran: saran === (asli.saran ?? '').trim() ? undefined : saran,
		jenisLayanan: jenisLayanan === (asli.jenisLayanan ?? '').trim() ? undefined : jenisLayanan
	});
	const parsed = skmKoreksiSchema.safeParse(candidate);
	if (!parsed.success) return { ok: false, keys: kunciPesan(parsed.error.issues) };
	return { ok: true, value: dropUndefined(parsed.data) };
}

/** A void: the response stays as a tombstone; the reason must be at least three characters. */
export function keBatal(
	asli: Pick<SkmResponse, 'id'>,
	konteks: { id: string; waktu: string; oleh: string; alasan: string }
): Hasil<SkmKoreksi> {
	const parsed = skmKoreksiSchema.safeParse({
		id: konteks.id,
		responseId: asli.id,
		jenis: 'batal',
		waktu: konteks.waktu,
		oleh: konteks.oleh,
		alasan: konteks.alasan.trim()
	});
	if (!parsed.success) return { ok: false, keys: kunciPesan(parsed.error.issues) };
	return { ok: true, value: dropUndefined(parsed.data) };
}

/**
 * A half-filled survey as stored in the drafts table: which unit, which questionnaire version, the
 * form, and the response it corrects (when it is a correction).
 */
export const draftSurveiSchema = z.object({
	unitId: idSchema,
	kuesionerVersi: z.string().min(1).max(128),
	form: formSurveiSchema,
	koreksiUntuk: idSchema.optional()
});
export type DraftSurvei = Omit<z.infer<typeof draftSurveiSchema>, 'form'> & { form: FormSurvei };

/** Parses a stored draft; null when it is not one (then it is discarded, never half-trusted). */
export function bacaDraftSurvei(data: unknown): DraftSurvei | null {
	const parsed = draftSurveiSchema.safeParse(data);
	return parsed.success ? (parsed.data as DraftSurvei) : null;
}
