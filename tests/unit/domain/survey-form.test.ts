import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STANDARD_KUESIONER } from '$lib/domain/kuesioner';
import type { Kuesioner, SkmResponse } from '$lib/domain/schemas';
import {
	readSurveyDraft,
	canGoTo,
	canGoForward,
	listSteps,
	fromResponse,
	newForm,
	fillProfil,
	fillSaran,
	fillExtra,
	answerUnsur,
	toCancel,
	toKoreksi,
	goToStep,
	computeProgress,
	toResponse,
	stepDone,
	goForward,
	goBack,
	tidy,
	type SurveyFormData,
	type ResponseContext
} from '$lib/domain/survey-form';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { localDate, localTime } from '$lib/domain/local-time';

const K = STANDARD_KUESIONER;
const KT: Kuesioner = {
	...K,
	id: 'k-u-1',
	tambahan: [
		{ id: 'antre', jenis: 'teks', pertanyaan: { id: 'Berapa lama antre?' }, wajib: true },
		{
			id: 'puas',
			jenis: 'skala',
			pertanyaan: { id: 'Seberapa puas?' },
			pilihan: [{ id: '1' }, { id: '2' }, { id: '3' }],
			wajib: false
		}
	]
};

const context = (over: Partial<ResponseContext> = {}): ResponseContext => ({
	id: 'r-1',
	unitId: 'demo-dpmptsp',
	waktu: '2026-11-22T10:15:00+07:00',
	sumber: 'enumerator',
	enumerator: 'Sari',
	perangkatId: 'dev-1',
	...over
});

/** Walks a fresh form through the nine questions with the given answers. */
function fillNine(
	form: SurveyFormData,
	score: number[] = [4, 3, 3, 4, 3, 4, 4, 2, 3]
): SurveyFormData {
	let f = goForward(form, K);
	UNSUR_KEYS.forEach((key, i) => {
		f = answerUnsur(f, key, score[i]!, K);
	});
	return f;
}

describe('the survey steps', () => {
	it('run profil → u1…u9 → extra questions → saran → ringkasan', () => {
		expect(listSteps(K)).toEqual(['profil', ...UNSUR_KEYS, 'saran', 'ringkasan']);
		expect(listSteps(KT)).toEqual([
			'profil',
			...UNSUR_KEYS,
			'tambahan:antre',
			'tambahan:puas',
			'saran',
			'ringkasan'
		]);
	});

	it('start at the profile, which may be left empty', () => {
		const f = newForm('KTP');
		expect(f.langkah).toBe('profil');
		expect(f.jenisLayanan).toBe('KTP');
		expect(canGoForward(f, K)).toBe(true);
		expect(goForward(f, K).langkah).toBe('u1');
	});

	it('do not pass an age that is not a whole number of 10–120 years', () => {
		for (const usia of ['9', '121', 'dua puluh', '3.5']) {
			const f = fillProfil(newForm(), { usia });
			expect(canGoForward(f, K)).toBe(false);
			expect(goForward(f, K)).toBe(f);
		}
		expect(canGoForward(fillProfil(newForm(), { usia: ' 45 ' }), K)).toBe(true);
	});

	it('advance when a question is answered, and not before', () => {
		const atU1 = goForward(newForm(), K);
		expect(canGoForward(atU1, K)).toBe(false);
		expect(goForward(atU1, K).langkah).toBe('u1');
		const answered = answerUnsur(atU1, 'u1', 3, K);
		expect(answered.jawaban.u1).toBe(3);
		expect(answered.langkah).toBe('u2');
	});

	it('reach the summary after the ninth answer and saran, with every step done', () => {
		const f = goForward(fillSaran(fillNine(newForm()), 'Antrean perlu nomor urut'), K);
		expect(f.langkah).toBe('ringkasan');
		expect(stepDone(f, K)).toEqual(new Set(listSteps(K)));
		expect(canGoForward(f, K)).toBe(false);
	});

	it('go back one step at a time and never before the profile', () => {
		let f = fillNine(newForm());
		expect(f.langkah).toBe('saran');
		f = goBack(f, K);
		expect(f.langkah).toBe('u9');
		expect(f.jawaban.u9).toBe(3);
		expect(goBack(newForm(), K).langkah).toBe('profil');
	});

	it('let the summary open one answer and return to the summary once it is changed', () => {
		const summary = goForward(fillNine(newForm()), K);
		const u4 = goToStep(summary, 'u4', K);
		expect(u4.langkah).toBe('u4');
		expect(u4.dariRingkasan).toBe(true);
		const back = answerUnsur(u4, 'u4', 1, K);
		expect(back.langkah).toBe('ringkasan');
		expect(back.jawaban.u4).toBe(1);
	});

	it('refuse to jump past an unanswered question', () => {
		const f = answerUnsur(goForward(newForm(), K), 'u1', 4, K);
		expect(canGoTo(f, 'u3', K)).toBe(false);
		expect(goToStep(f, 'ringkasan', K)).toBe(f);
		expect(goToStep(f, 'u2', K).langkah).toBe('u2');
	});

	it('hold a required extra question until it is answered, and let an optional one pass', () => {
		let f = newForm();
		f = goForward(f, KT);
		for (const key of UNSUR_KEYS) f = answerUnsur(f, key, 4, KT);
		expect(f.langkah).toBe('tambahan:antre');
		expect(canGoForward(f, KT)).toBe(false);
		f = goForward(fillExtra(f, 'antre', '15 menit'), KT);
		expect(f.langkah).toBe('tambahan:puas');
		expect(goForward(f, KT).langkah).toBe('saran');
		expect(canGoForward(fillExtra(f, 'puas', 4), KT)).toBe(false);
	});

	it('report progress as "question n of 9" and a fraction for the bar', () => {
		const f = answerUnsur(answerUnsur(goForward(newForm(), K), 'u1', 4, K), 'u2', 4, K);
		const p = computeProgress(f, K);
		expect(p.nomorUnsur).toBe(3);
		expect(p.langkahKe).toBe(4);
		expect(p.jumlahLangkah).toBe(12);
		expect(p.bagian).toBeCloseTo(3 / 11);
		expect(computeProgress(newForm(), K).nomorUnsur).toBeNull();
	});

	it('stay within the steps for any sequence of next, back, answer and jump', () => {
		const action = fc.oneof(
			fc.constant({ kind: 'maju' as const }),
			fc.constant({ kind: 'mundur' as const }),
			fc.record({ kind: fc.constant('jawab' as const), skor: fc.integer({ min: -1, max: 6 }) }),
			fc.record({
				kind: fc.constant('ke' as const),
				langkah: fc.constantFrom(...listSteps(KT), 'tidak-ada')
			})
		);
		fc.assert(
			fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
				let f = newForm();
				const steps = listSteps(KT);
				for (const a of actions) {
					if (a.kind === 'maju') f = goForward(f, KT);
					else if (a.kind === 'mundur') f = goBack(f, KT);
					else if (a.kind === 'ke') f = goToStep(f, a.langkah as SurveyFormData['langkah'], KT);
					else if ((UNSUR_KEYS as readonly string[]).includes(f.langkah)) {
						f = answerUnsur(f, f.langkah as (typeof UNSUR_KEYS)[number], a.skor, KT);
					}
					expect(steps).toContain(f.langkah);
					expect(canGoTo(f, f.langkah, KT)).toBe(true);
				}
			})
		);
	});
});

describe('toResponse', () => {
	it('builds a response the schema accepts, with every recorded detail', () => {
		let f = fillProfil(fillNine(newForm('KTP-el')), {
			jenisKelamin: 'P',
			usia: '34',
			pekerjaan: 'Wirausaha'
		});
		f = fillSaran(f, '  Ruang tunggu panas  ');
		const lokasi = { lat: -7.8, lon: 110.37, akurasi: 12 };
		const result = toResponse(f, context({ lokasi }), K);
		expect(result).toEqual({
			ok: true,
			value: {
				id: 'r-1',
				unitId: 'demo-dpmptsp',
				periodeId: '2026-TW4',
				waktu: '2026-11-22T10:15:00+07:00',
				jawaban: { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 },
				profil: { jenisKelamin: 'P', usia: 34, pekerjaan: 'Wirausaha' },
				jenisLayanan: 'KTP-el',
				saran: 'Ruang tunggu panas',
				kuesionerVersi: 'permen14-2017-v1',
				sumber: 'enumerator',
				enumerator: 'Sari',
				perangkatId: 'dev-1',
				lokasi
			}
		});
	});

	it('writes a kiosk response with no enumerator and no empty fields', () => {
		const result = toResponse(
			fillNine(newForm()),
			context({ sumber: 'kiosk', enumerator: undefined }),
			K
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.sumber).toBe('kiosk');
		expect(Object.keys(result.value)).not.toContain('enumerator');
		expect(Object.keys(result.value)).not.toContain('saran');
		expect(Object.keys(result.value)).not.toContain('jenisLayanan');
		expect(result.value.profil).toEqual({});
	});

	it('takes the period from the date as written at its offset', () => {
		const result = toResponse(
			fillNine(newForm()),
			context({ waktu: '2026-03-31T23:30:00+07:00' }),
			K
		);
		expect(result.ok && result.value.periodeId).toBe('2026-TW1');
	});

	it('refuses an answer of 5 with the answer error and gives no response', () => {
		const f = fillNine(newForm(), [4, 3, 5, 4, 3, 4, 4, 2, 3]);
		expect(toResponse(f, context(), K)).toEqual({ ok: false, keys: ['err.skor'] });
	});

	it('refuses a form with no unit', () => {
		expect(toResponse(fillNine(newForm()), context({ unitId: '' }), K)).toEqual({
			ok: false,
			keys: ['err.unitSurvei', 'err.id']
		});
	});

	it('refuses an unanswered unsur, a bad age, a missing required extra and an unreadable time', () => {
		const f = fillProfil({ ...fillNine(newForm()), jawaban: { u1: 4 } }, { usia: '7' });
		const result = toResponse(f, context({ waktu: 'kemarin' }), KT);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.keys).toEqual(
			expect.arrayContaining(['err.jawabanWajib', 'err.usia', 'err.tambahanWajib', 'err.tanggal'])
		);
	});

	it('records the extra answers under the version that asked them', () => {
		let f = fillNine(newForm());
		f = fillExtra(fillExtra(f, 'antre', '5 menit'), 'puas', 3);
		const result = toResponse(f, context(), KT);
		expect(result.ok && result.value.jawabanTambahan).toEqual({ antre: '5 menit', puas: 3 });
		expect(result.ok && result.value.kuesionerVersi).toBe('k-u-1');
	});
});

describe('corrections and voids', () => {
	const original: SkmResponse = {
		id: 'r-1',
		unitId: 'demo-dpmptsp',
		periodeId: '2026-TW4',
		waktu: '2026-11-22T10:15:00+07:00',
		jawaban: { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 },
		profil: { jenisKelamin: 'P', usia: 34 },
		saran: 'Ruang tunggu panas',
		kuesionerVersi: 'permen14-2017-v1',
		sumber: 'enumerator',
		enumerator: 'Sari'
	};
	const k = { id: 'kor-1', waktu: '2026-11-22T11:00:00+07:00', oleh: 'Sari' };

	it('prefill the form from the response, opened at the summary', () => {
		const f = fromResponse(original);
		expect(f.langkah).toBe('ringkasan');
		expect(f.profil).toEqual({ jenisKelamin: 'P', usia: '34' });
		expect(f.jawaban.u8).toBe(2);
		expect(f.saran).toBe('Ruang tunggu panas');
	});

	it('write only the fields that changed', () => {
		const f = answerUnsur(goToStep(fromResponse(original), 'u8', K), 'u8', 4, K);
		const result = toKoreksi(f, original, k, K);
		expect(result).toEqual({
			ok: true,
			value: {
				id: 'kor-1',
				responseId: 'r-1',
				jenis: 'koreksi',
				waktu: k.waktu,
				oleh: 'Sari',
				jawaban: { ...original.jawaban, u8: 4 }
			}
		});
	});

	it('refuse a correction that changes nothing', () => {
		expect(toKoreksi(fromResponse(original), original, k, K)).toEqual({
			ok: false,
			keys: ['err.koreksiKosong']
		});
	});

	it('can clear the saran', () => {
		const result = toKoreksi(fillSaran(fromResponse(original), ''), original, k, K);
		expect(result.ok && result.value.saran).toBe('');
	});

	it('need a reason of at least three characters to void', () => {
		expect(toCancel(original, { ...k, alasan: ' ab ' })).toEqual({
			ok: false,
			keys: ['err.alasanBatal']
		});
		const ok = toCancel(original, { ...k, alasan: 'responden ganda' });
		expect(ok.ok && ok.value).toMatchObject({ jenis: 'batal', alasan: 'responden ganda' });
	});
});

describe('drafts', () => {
	it('reopen exactly as they were saved, and anything else is refused', () => {
		const form = answerUnsur(goForward(newForm('KTP'), K), 'u1', 2, K);
		const draft = { unitId: 'demo-dpmptsp', kuesionerVersi: K.id, form };
		expect(readSurveyDraft(structuredClone(draft))).toEqual(draft);
		expect(readSurveyDraft({ ...draft, unitId: '' })).toBeNull();
		expect(readSurveyDraft({ ...draft, form: { ...form, jawaban: { u1: 'x' } } })).toBeNull();
		expect(readSurveyDraft(null)).toBeNull();
	});

	it('that name a step the questionnaire lacks reopen at the first open step', () => {
		const form = {
			...answerUnsur(goForward(newForm(), K), 'u1', 2, K),
			langkah: 'tambahan:hilang' as const
		};
		expect(tidy(form, K).langkah).toBe('u2');
	});
});

describe('device-local time', () => {
	let tz: string | undefined;
	beforeEach(() => {
		tz = process.env.TZ;
	});
	afterEach(() => {
		process.env.TZ = tz;
	});

	it('is written with the device offset, e.g. WIB +07:00 and WITA +08:00', () => {
		const moment = new Date('2026-11-22T03:15:09Z');
		process.env.TZ = 'Asia/Jakarta';
		expect(localTime(moment)).toBe('2026-11-22T10:15:09+07:00');
		process.env.TZ = 'Asia/Makassar';
		expect(localTime(moment)).toBe('2026-11-22T11:15:09+08:00');
		process.env.TZ = 'America/St_Johns';
		expect(localTime(moment)).toBe('2026-11-21T23:45:09-03:30');
		expect(localDate(moment)).toBe('2026-11-21');
	});
});
