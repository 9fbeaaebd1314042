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
	type ExtraQuestion,
	type SkmResponse,
	type BilingualText
} from './schemas';
import { messageKey } from './issues';
import { UNSUR_KEYS, type UnsurKey } from './unsur';
import { instant } from './local-time';

/** Matches the demo data's and the spreadsheet importer's `kuesionerVersi`. */
export const STANDARD_KUESIONER_ID = 'permen14-2017-v1';

const bilingual = (id: string, en: string): BilingualText => ({ id, en });

const ask = (
	question: BilingualText,
	a: BilingualText,
	b: BilingualText,
	c: BilingualText,
	d: BilingualText
): Kuesioner['unsur'][UnsurKey] => ({ pertanyaan: question, pilihan: [a, b, c, d] });

const matching = (question: BilingualText) =>
	ask(
		question,
		bilingual('Tidak sesuai', 'Not appropriate'),
		bilingual('Kurang sesuai', 'Less appropriate'),
		bilingual('Sesuai', 'Appropriate'),
		bilingual('Sangat sesuai', 'Very appropriate')
	);

/**
 * The regulation's sample questionnaire. Keys follow the regulation's list of unsur (the 'permen'
 * numbering): u8 is complaint handling, u9 facilities. Answers score 1 (worst) to 4 (best).
 */
export const STANDARD_KUESIONER: Kuesioner = {
	id: STANDARD_KUESIONER_ID,
	nama: 'Kuesioner standar PermenPANRB 14/2017',
	dibuat: '2017-06-01T00:00:00+07:00',
	unsur: {
		u1: matching(
			bilingual(
				'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
				'How well do the service requirements match the type of service?'
			)
		),
		u2: ask(
			bilingual(
				'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
				'How easy are the service procedures at this unit?'
			),
			bilingual('Tidak mudah', 'Not easy'),
			bilingual('Kurang mudah', 'Less easy'),
			bilingual('Mudah', 'Easy'),
			bilingual('Sangat mudah', 'Very easy')
		),
		u3: ask(
			bilingual(
				'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
				'How fast was the service delivered?'
			),
			bilingual('Tidak cepat', 'Not fast'),
			bilingual('Kurang cepat', 'Less fast'),
			bilingual('Cepat', 'Fast'),
			bilingual('Sangat cepat', 'Very fast')
		),
		u4: ask(
			bilingual(
				'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
				'How reasonable is the cost/tariff of the service?'
			),
			bilingual('Sangat mahal', 'Very expensive'),
			bilingual('Cukup mahal', 'Fairly expensive'),
			bilingual('Murah', 'Cheap'),
			bilingual('Gratis', 'Free')
		),
		u5: matching(
			bilingual(
				'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
				'How well does the service product you received match what the service standard states?'
			)
		),
		u6: ask(
			bilingual(
				'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
				'How competent/capable were the staff who served you?'
			),
			bilingual('Tidak kompeten', 'Not competent'),
			bilingual('Kurang kompeten', 'Less competent'),
			bilingual('Kompeten', 'Competent'),
			bilingual('Sangat kompeten', 'Very competent')
		),
		u7: ask(
			bilingual(
				'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
				'How polite and friendly were the staff who served you?'
			),
			bilingual('Tidak sopan dan ramah', 'Not polite and friendly'),
			bilingual('Kurang sopan dan ramah', 'Less polite and friendly'),
			bilingual('Sopan dan ramah', 'Polite and friendly'),
			bilingual('Sangat sopan dan ramah', 'Very polite and friendly')
		),
		u8: ask(
			bilingual(
				'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
				'How are complaints from service users handled?'
			),
			bilingual('Tidak ada', 'There is none'),
			bilingual('Ada tetapi tidak berfungsi', 'It exists but does not work'),
			bilingual('Berfungsi kurang maksimal', 'It works, but not fully'),
			bilingual('Dikelola dengan baik', 'It is well managed')
		),
		u9: ask(
			bilingual(
				'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
				'How good are the facilities and infrastructure?'
			),
			bilingual('Buruk', 'Poor'),
			bilingual('Cukup', 'Fair'),
			bilingual('Baik', 'Good'),
			bilingual('Sangat baik', 'Very good')
		)
	},
	tambahan: []
};

/** The text in the UI language; English falls back to Bahasa Indonesia. */
export function textIn(value: BilingualText, locale: 'id' | 'en'): string {
	return locale === 'en' && value.en?.trim() ? value.en : value.id;
}

/** Later `dibuat` first; the id breaks ties so that every device picks the same version. */
function latest(list: readonly Kuesioner[]): Kuesioner | undefined {
	let best: Kuesioner | undefined;
	for (const k of list) {
		if (!best) best = k;
		else {
			const diff = instant(k.dibuat) - instant(best.dibuat);
			if (diff > 0 || (diff === 0 && k.id > best.id)) best = k;
		}
	}
	return best;
}

/**
 * The questionnaire a unit's new responses use: its newest own version, else the newest pemda-wide
 * version, else the built-in standard.
 */
export function kuesionerForUnit(list: readonly Kuesioner[], unitId: string): Kuesioner {
	return (
		latest(list.filter((k) => k.unitId === unitId)) ??
		latest(list.filter((k) => k.unitId === undefined)) ??
		STANDARD_KUESIONER
	);
}

/** The version a response was answered with; the built-in standard is always known. */
export function kuesionerWithId(list: readonly Kuesioner[], id: string): Kuesioner | null {
	if (id === STANDARD_KUESIONER_ID) return STANDARD_KUESIONER;
	return list.find((k) => k.id === id) ?? null;
}

export type ExtraValue = NonNullable<SkmResponse['jawabanTambahan']>[string];

/** Number of points of a scale question (its labels); 5 when a version left them out. */
export function scalePoints(q: ExtraQuestion): number {
	const n = q.pilihan?.length ?? 0;
	return n >= 2 ? n : 5;
}

/** Whether a value counts as "not answered" (optional questions may be left so). */
export function emptyExtra(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

function checkOne(q: ExtraQuestion, value: unknown): string | null {
	if (emptyExtra(value)) return q.wajib ? 'err.tambahanWajib' : null;
	const opsi = (q.pilihan ?? []).map((p) => p.id);
	switch (q.jenis) {
		case 'skala':
			return typeof value === 'number' &&
				Number.isInteger(value) &&
				value >= 1 &&
				value <= scalePoints(q)
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
export function validateExtraAnswer(
	kuesioner: Kuesioner,
	extraAnswer: Readonly<Record<string, unknown>>
): Record<string, string> {
	const errors: Record<string, string> = {};
	const known = new Set(kuesioner.tambahan.map((q) => q.id));
	for (const q of kuesioner.tambahan) {
		const error = checkOne(q, extraAnswer[q.id]);
		if (error) errors[q.id] = error;
	}
	for (const [id, value] of Object.entries(extraAnswer)) {
		if (!known.has(id) && !emptyExtra(value)) errors[id] = 'err.tambahanTidakDikenal';
	}
	return errors;
}

/** The answered extras only, ready for `SkmResponse.jawabanTambahan`; undefined when none. */
export function extraAnswerFilled(
	kuesioner: Kuesioner,
	extraAnswer: Readonly<Record<string, unknown>>
): Record<string, ExtraValue> | undefined {
	const out: Record<string, ExtraValue> = {};
	for (const q of kuesioner.tambahan) {
		const value = extraAnswer[q.id];
		if (!emptyExtra(value)) out[q.id] = value as ExtraValue;
	}
	return Object.keys(out).length ? out : undefined;
}

/**
 * A version that can be shown to respondents: the schema, plus the rules the schema cannot say
 * (distinct question ids, 2–10 labels for a scale, at least two choices for a choice question).
 */
export function validateKuesioner(candidate: unknown): string[] {
	const parsed = kuesionerSchema.safeParse(candidate);
	if (!parsed.success) return messageKey(parsed.error.issues);
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

export interface KuesionerContent {
	nama: string;
	unsur: Kuesioner['unsur'];
	tambahan: ExtraQuestion[];
}

/**
 * A new version made from edited content; `unitId` undefined makes it pemda-wide. The id names the
 * scope and the moment: `k-pemda-1795000000000`, `k-demo-dinkes-1795000000000`.
 */
export function newVersion(
	isi: KuesionerContent,
	lingkup: { unitId?: string; dibuat: string }
): Kuesioner {
	const stamp = instant(lingkup.dibuat);
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
export const UNSUR_ORDER: readonly UnsurKey[] = UNSUR_KEYS;

/**
 * The admin types a question's choices one per line, "Indonesian | English" (the English part
 * optional): "Spanduk | Banner". Blank lines are skipped.
 */
export function readChoiceRows(text: string): BilingualText[] {
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

export function writeChoiceRows(choice: readonly BilingualText[] | undefined): string {
	return (choice ?? []).map((p) => (p.en ? `${p.id} | ${p.en}` : p.id)).join('\n');
}
