/**
 * Questionnaire versions. The standard nine-unsur questionnaire of PermenPANRB 14/2017 (its
 * Lampiran, "contoh kuesioner") is built in; a pemda or a unit may reword and translate it and add
 * its own questions. A version is immutable once used: editing makes a new version, and each
 * response keeps (and scores by) its own. Answers are tied to their unsur by key, so no version
 * can change the nine-unsur score.
 */
import {
	kuesionerSchema,
	type Kuesioner,
	type PertanyaanTambahan,
	type SkmResponse,
	type Teks
} from './schemas';
import { kunciPesan } from './issues';
import { UNSUR_KEYS, type UnsurKey } from './unsur';
import { instan } from './waktu-lokal';

/** Matches the demo data's and the spreadsheet importer's `kuesionerVersi`. */
export const KUESIONER_STANDAR_ID = 'permen14-2017-v1';

const teks = (id: string, en: string): Teks => ({ id, en });

const tanya = (
	pertanyaan: Teks,
	a: Teks,
	b: Teks,
	c: Teks,
	d: Teks
): Kuesioner['unsur'][UnsurKey] => ({ pertanyaan, pilihan: [a, b, c, d] });

const sesuai = (pertanyaan: Teks) =>
	tanya(
		pertanyaan,
		teks('Tidak sesuai', 'Not appropriate'),
		teks('Kurang sesuai', 'Less appropriate'),
		teks('Sesuai', 'Appropriate'),
		teks('Sangat sesuai', 'Very appropriate')
	);

/**
 * The regulation's sample questionnaire. Keys follow the regulation's list of unsur (the 'permen'
 * numbering): u8 is complaint handling, u9 facilities. Answers score 1 (worst) to 4 (best).
 */
export const KUESIONER_STANDAR: Kuesioner = {
	id: KUESIONER_STANDAR_ID,
	nama: 'Kuesioner standar PermenPANRB 14/2017',
	dibuat: '2017-06-01T00:00:00+07:00',
	unsur: {
		u1: sesuai(
			teks(
				'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
				'How well do the service requirements match the type of service?'
			)
		),
		u2: tanya(
			teks(
				'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
				'How easy are the service procedures at this unit?'
			),
			teks('Tidak mudah', 'Not easy'),
			teks('Kurang mudah', 'Less easy'),
			teks('Mudah', 'Easy'),
			teks('Sangat mudah', 'Very easy')
		),
		u3: tanya(
			teks(
				'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
				'How fast was the service delivered?'
			),
			teks('Tidak cepat', 'Not fast'),
			teks('Kurang cepat', 'Less fast'),
			teks('Cepat', 'Fast'),
			teks('Sangat cepat', 'Very fast')
		),
		u4: tanya(
			teks(
				'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
				'How reasonable is the cost/tariff of the service?'
			),
			teks('Sangat mahal', 'Very expensive'),
			teks('Cukup mahal', 'Fairly expensive'),
			teks('Murah', 'Cheap'),
			teks('Gratis', 'Free')
		),
		u5: sesuai(
			teks(
				'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
				'How well does the service product you received match what the service standard states?'
			)
		),
		u6: tanya(
			teks(
				'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
				'How competent/capable were the staff who served you?'
			),
			teks('Tidak kompeten', 'Not competent'),
			teks('Kurang kompeten', 'Less competent'),
			teks('Kompeten', 'Competent'),
			teks('Sangat kompeten', 'Very competent')
		),
		u7: tanya(
			teks(
				'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
				'How polite and friendly were the staff who served you?'
			),
			teks('Tidak sopan dan ramah', 'Not polite and friendly'),
			teks('Kurang sopan dan ramah', 'Less polite and friendly'),
			teks('Sopan dan ramah', 'Polite and friendly'),
			teks('Sangat sopan dan ramah', 'Very polite and friendly')
		),
		u8: tanya(
			teks(
				'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
				'How are complaints from service users handled?'
			),
			teks('Tidak ada', 'There is none'),
			teks('Ada tetapi tidak berfungsi', 'It exists but does not work'),
			teks('Berfungsi kurang maksimal', 'It works, but not fully'),
			teks('Dikelola dengan baik', 'It is well managed')
		),
		u9: tanya(
			teks(
				'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
				'How good are the facilities and infrastructure?'
			),
			teks('Buruk', 'Poor'),
			teks('Cukup', 'Fair'),
			teks('Baik', 'Good'),
			teks('Sangat baik', 'Very good')
		)
	},
	tambahan: []
};

/** The text in the UI language; English falls back to Bahasa Indonesia. */
export function teksDalam(value: Teks, locale: 'id' | 'en'): string {
	return locale === 'en' && value.en?.trim() ? value.en : value.id;
}

/** Later `dibuat` first; the id breaks ties so that every device picks the same version. */
function terbaru(list: readonly Kuesioner[]): Kuesioner | undefined {
	let best: Kuesioner | undefined;
	for (const k of list) {
		if (!best) best = k;
		else {
			const diff = instan(k.dibuat) - instan(best.dibuat);
			if (diff > 0 || (diff === 0 && k.id > best.id)) best = k;
		}
	}
	return best;
}

/**
 * The questionnaire a unit's new responses use: its newest own version, else the newest pemda-wide
 * version, else the built-in standard.
 */
export function kuesionerUntukUnit(list: readonly Kuesioner[], unitId: string): Kuesioner {
	return (
		terbaru(list.filter((k) => k.unitId === unitId)) ??
		terbaru(list.filter((k) => k.unitId === undefined)) ??
		KUESIONER_STANDAR
	);
}

/** The version a response was answered with; the built-in standard is always known. */
export function kuesionerDenganId(list: readonly Kuesioner[], id: string): Kuesioner | null {
	if (id === KUESIONER_STANDAR_ID) return KUESIONER_STANDAR;
	return list.find((k) => k.id === id) ?? null;
}

export type NilaiTambahan = NonNullable<SkmResponse['jawabanTambahan']>[string];

/** Number of points of a scale question (its labels); 5 when a version left them out. */
export function titikSkala(q: PertanyaanTambahan): number {
	const n = q.pilihan?.length ?? 0;
	return n >= 2 ? n : 5;
}

/** Whether a value counts as "not answered" (optional questions may be left so). */
export function tambahanKosong(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

function cekSatu(q: PertanyaanTambahan, value: unknown): string | null {
	if (tambahanKosong(value)) return q.wajib ? 'err.tambahanWajib' : null;
	const opsi = (q.pilihan ?? []).map((p) => p.id);
	switch (q.jenis) {
		case 'skala':
			return typeof value === 'number' &&
				Number.isInteger(value) &&
				value >= 1 &&
				value <= titikSkala(q)
				? null
				: 'err.tambahanSkala';
		case 'pilihan':
			if (q.ganda) {
				return Array.isArray(value) &&
					value.every((v) => typeof v === 'string' && opsi.includes(v)) &&
					new Set(value).size === value.length
					? null
					: 'err.tambahanPilihan';
			}
			return typeof value === 'string' && opsi.includes(value) ? null : 'err.tambahanPilihan';
		case 'teks':
			return typeof value === 'string' && value.length <= 2000 ? null : 'err.tambahanTeks';
	}
}

/**
 * Checks the answers to a questionnaire's own (unit-specific) questions. Returns an i18n error key
 * per question id that fails; an empty object means valid. Answers to questions the version does
 * not have are errors too (key '*').
 */
export function validasiJawabanTambahan(
	kuesioner: Kuesioner,
	jawabanTambahan: Readonly<Record<string, unknown>>
): Record<string, string> {
	const errors: Record<string, string> = {};
	const known = new Set(kuesioner.tambahan.map((q) => q.id));
	for (const q of kuesioner.tambahan) {
		const error = cekSatu(q, jawabanTambahan[q.id]);
		if (error) errors[q.id] = error;
	}
	for (const [id, value] of Object.entries(jawabanTambahan)) {
		if (!known.has(id) && !tambahanKosong(value)) errors[id] = 'err.tambahanTidakDikenal';
	}
	return errors;
}

/** The answered extras only, ready for `SkmResponse.jawabanTambahan`; undefined when none. */
export function jawabanTambahanTerisi(
	kuesioner: Kuesioner,
	jawabanTambahan: Readonly<Record<string, unknown>>
): Record<string, NilaiTambahan> | undefined {
	const out: Record<string, NilaiTambahan> = {};
	for (const q of kuesioner.tambahan) {
		const value = jawabanTambahan[q.id];
		if (!tambahanKosong(value)) out[q.id] = value as NilaiTambahan;
	}
	return Object.keys(out).length ? out : undefined;
}

/**
 * A version that can be shown to respondents: the schema, plus the rules the schema cannot say
 * (distinct question ids, 2–10 labels for a scale, at least two choices for a choice question).
 */
export function validasiKuesioner(candidate: unknown): string[] {
	const parsed = kuesionerSchema.safeParse(candidate);
	if (!parsed.success) return kunciPesan(parsed.error.issues);
	const keys = new Set<string>();
	const ids = new Set<string>();
	for (const q of parsed.data.tambahan) {
		if (ids.has(q.id)) keys.add('err.tambahanIdGanda');
		ids.add(q.id);
		const n = q.pilihan?.length ?? 0;
		if (q.jenis === 'skala' && (n < 2 || n > 10)) keys.add('err.tambahanSkalaLabel');
		if (q.jenis === 'pilihan' && n < 2) keys.add('err.tambahanPilihanKurang');
	}
	return [...keys];
}

export interface IsiKuesioner {
	nama: string;
	unsur: Kuesioner['unsur'];
	tambahan: PertanyaanTambahan[];
}

/**
 * A new version made from edited content; `unitId` undefined makes it pemda-wide. The id names the
 * scope and the moment: `k-pemda-1795000000000`, `k-demo-dinkes-1795000000000`.
 */
export function versiBaru(
	isi: IsiKuesioner,
	lingkup: { unitId?: string; dibuat: string }
): Kuesioner {
	const stamp = instan(lingkup.dibuat);
	const k: Kuesioner = {
		id: `k-${lingkup.unitId ?? 'pemda'}-${Number.isFinite(stamp) ? stamp : 0}`,
		nama: isi.nama,
		dibuat: lingkup.dibuat,
		unsur: isi.unsur,
		tambahan: isi.tambahan
	};
	if (lingkup.unitId !== undefined) k.unitId = lingkup.unitId;
	return k;
}

/** The unsur keys in the order the questions are asked. */
export const URUTAN_UNSUR: readonly UnsurKey[] = UNSUR_KEYS;

/**
 * The admin types a question's choices one per line, "Indonesian | English" (the English part
 * optional): "Spanduk | Banner". Blank lines are skipped.
 */
export function bacaBarisPilihan(text: string): Teks[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const [id = '', ...rest] = line.split('|');
			const en = rest.join('|').trim();
			return en ? { id: id.trim(), en } : { id: id.trim() };
		});
}

export function tulisBarisPilihan(pilihan: readonly Teks[] | undefined): string {
	return (pilihan ?? []).map((p) => (p.en ? `${p.id} | ${p.en}` : p.id)).join('\n');
}
