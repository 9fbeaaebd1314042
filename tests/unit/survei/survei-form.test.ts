import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KUESIONER_STANDAR } from '$lib/domain/kuesioner';
import type { Kuesioner, SkmResponse } from '$lib/domain/schemas';
import {
	bacaDraftSurvei,
	bolehKe,
	bolehMaju,
	daftarLangkah,
	dariRespons,
	formBaru,
	isiProfil,
	isiSaran,
	isiTambahan,
	jawabUnsur,
	keBatal,
	keKoreksi,
	keLangkah,
	kemajuan,
	keRespons,
	langkahSelesai,
	maju,
	mundur,
	rapikan,
	type FormSurvei,
	type KonteksRespons
} from '$lib/domain/survei-form';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { tanggalLokal, waktuLokal } from '$lib/domain/waktu-lokal';

const K = KUESIONER_STANDAR;
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

const konteks = (over: Partial<KonteksRespons> = {}): KonteksRespons => ({
	id: 'r-1',
	unitId: 'demo-dpmptsp',
	waktu: '2026-11-22T10:15:00+07:00',
	sumber: 'enumerator',
	enumerator: 'Sari',
	perangkatId: 'dev-1',
	...over
});

/** Walks a fresh form through the nine questions with the given answers. */
function isiSembilan(form: FormSurvei, skor: number[] = [4, 3, 3, 4, 3, 4, 4, 2, 3]): FormSurvei {
	let f = maju(form, K);
	UNSUR_KEYS.forEach((key, i) => {
		f = jawabUnsur(f, key, skor[i]!, K);
	});
	return f;
}

describe('the survey steps', () => {
	it('run profil → u1…u9 → extra questions → saran → ringkasan', () => {
		expect(daftarLangkah(K)).toEqual(['profil', ...UNSUR_KEYS, 'saran', 'ringkasan']);
		expect(daftarLangkah(KT)).toEqual([
			'profil',
			...UNSUR_KEYS,
			'tambahan:antre',
			'tambahan:puas',
			'saran',
			'ringkasan'
		]);
	});

	it('start at the profile, which may be left empty', () => {
		const f = formBaru('KTP');
		expect(f.langkah).toBe('profil');
		expect(f.jenisLayanan).toBe('KTP');
		expect(bolehMaju(f, K)).toBe(true);
		expect(maju(f, K).langkah).toBe('u1');
	});

	it('do not pass an age that is not a whole number of 10–120 years', () => {
		for (const usia of ['9', '121', 'dua puluh', '3.5']) {
			const f = isiProfil(formBaru(), { usia });
			expect(bolehMaju(f, K)).toBe(false);
			expect(maju(f, K)).toBe(f);
		}
		expect(bolehMaju(isiProfil(formBaru(), { usia: ' 45 ' }), K)).toBe(true);
	});

	it('advance when a question is answered, and not before', () => {
		const atU1 = maju(formBaru(), K);
		expect(bolehMaju(atU1, K)).toBe(false);
		expect(maju(atU1, K).langkah).toBe('u1');
		const answered = jawabUnsur(atU1, 'u1', 3, K);
		expect(answered.jawaban.u1).toBe(3);
		expect(answered.langkah).toBe('u2');
	});

	it('reach the summary after the ninth answer and saran, with every step done', () => {
		const f = maju(isiSaran(isiSembilan(formBaru()), 'Antrean perlu nomor urut'), K);
		expect(f.langkah).toBe('ringkasan');
		expect(langkahSelesai(f, K)).toEqual(new Set(daftarLangkah(K)));
		expect(bolehMaju(f, K)).toBe(false);
	});

	it('go back one step at a time and never before the profile', () => {
		let f = isiSembilan(formBaru());
		expect(f.langkah).toBe('saran');
		f = mundur(f, K);
		expect(f.langkah).toBe('u9');
		expect(f.jawaban.u9).toBe(3);
		expect(mundur(formBaru(), K).langkah).toBe('profil');
	});

	it('let the summary open one answer and return to the summary once it is changed', () => {
		const ringkasan = maju(isiSembilan(formBaru()), K);
		const u4 = keLangkah(ringkasan, 'u4', K);
		expect(u4.langkah).toBe('u4');
		expect(u4.dariRingkasan).toBe(true);
		const back = jawabUnsur(u4, 'u4', 1, K);
		expect(back.langkah).toBe('ringkasan');
		expect(back.jawaban.u4).toBe(1);
	});

	it('refuse to jump past an unanswered question', () => {
		const f = jawabUnsur(maju(formBaru(), K), 'u1', 4, K);
		expect(bolehKe(f, 'u3', K)).toBe(false);
		expect(keLangkah(f, 'ringkasan', K)).toBe(f);
		expect(keLangkah(f, 'u2', K).langkah).toBe('u2');
	});

	it('hold a required extra question until it is answered, and let an optional one pass', () => {
		let f = formBaru();
		f = maju(f, KT);
		for (const key of UNSUR_KEYS) f = jawabUnsur(f, key, 4, KT);
		expect(f.langkah).toBe('tambahan:antre');
		expect(bolehMaju(f, KT)).toBe(false);
		f = maju(isiTambahan(f, 'antre', '15 menit'), KT);
		expect(f.langkah).toBe('tambahan:puas');
		expect(maju(f, KT).langkah).toBe('saran');
		expect(bolehMaju(isiTambahan(f, 'puas', 4), KT)).toBe(false);
	});

	it('report progress as "question n of 9" and a fraction for the bar', () => {
		const f = jawabUnsur(jawabUnsur(maju(formBaru(), K), 'u1', 4, K), 'u2', 4, K);
		const p = kemajuan(f, K);
		expect(p.nomorUnsur).toBe(3);
		expect(p.langkahKe).toBe(4);
		expect(p.jumlahLangkah).toBe(12);
		expect(p.bagian).toBeCloseTo(3 / 11);
		expect(kemajuan(formBaru(), K).nomorUnsur).toBeNull();
	});

	it('stay within the steps for any sequence of next, back, answer and jump', () => {
		const action = fc.oneof(
			fc.constant({ kind: 'maju' as const }),
			fc.constant({ kind: 'mundur' as const }),
			fc.record({ kind: fc.constant('jawab' as const), skor: fc.integer({ min: -1, max: 6 }) }),
			fc.record({
				kind: fc.constant('ke' as const),
				langkah: fc.constantFrom(...daftarLangkah(KT), 'tidak-ada')
			})
		);
		fc.assert(
			fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
				let f = formBaru();
				const steps = daftarLangkah(KT);
				for (const a of actions) {
					if (a.kind === 'maju') f = maju(f, KT);
					else if (a.kind === 'mundur') f = mundur(f, KT);
					else if (a.kind === 'ke') f = keLangkah(f, a.langkah as FormSurvei['langkah'], KT);
					else if ((UNSUR_KEYS as readonly string[]).includes(f.langkah)) {
						f = jawabUnsur(f, f.langkah as (typeof UNSUR_KEYS)[number], a.skor, KT);
					}
					expect(steps).toContain(f.langkah);
					expect(bolehKe(f, f.langkah, KT)).toBe(true);
				}
			})
		);
	});
});

describe('keRespons', () => {
	it('builds a response the schema accepts, with every recorded detail', () => {
		let f = isiProfil(isiSembilan(formBaru('KTP-el')), {
			jenisKelamin: 'P',
			usia: '34',
			pekerjaan: 'Wirausaha'
		});
		f = isiSaran(f, '  Ruang tunggu panas  ');
		const lokasi = { lat: -7.8, lon: 110.37, akurasi: 12 };
		const result = keRespons(f, konteks({ lokasi }), K);
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
		const result = keRespons(
			isiSembilan(formBaru()),
			konteks({ sumber: 'kiosk', enumerator: undefined }),
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
		const result = keRespons(
			isiSembilan(formBaru()),
			konteks({ waktu: '2026-03-31T23:30:00+07:00' }),
			K
		);
		expect(result.ok && result.value.periodeId).toBe('2026-TW1');
	});

	it('refuses an answer of 5 with the answer error and gives no response', () => {
		const f = isiSembilan(formBaru(), [4, 3, 5, 4, 3, 4, 4, 2, 3]);
		expect(keRespons(f, konteks(), K)).toEqual({ ok: false, keys: ['err.skor'] });
	});

	it('refuses a form with no unit', () => {
		expect(keRespons(isiSembilan(formBaru()), konteks({ unitId: '' }), K)).toEqual({
			ok: false,
			keys: ['err.unitSurvei', 'err.id']
		});
	});

	it('refuses an unanswered unsur, a bad age, a missing required extra and an unreadable time', () => {
		const f = isiProfil({ ...isiSembilan(formBaru()), jawaban: { u1: 4 } }, { usia: '7' });
		const result = keRespons(f, konteks({ waktu: 'kemarin' }), KT);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.keys).toEqual(
			expect.arrayContaining(['err.jawabanWajib', 'err.usia', 'err.tambahanWajib', 'err.tanggal'])
		);
	});

	it('records the extra answers under the version that asked them', () => {
		let f = isiSembilan(formBaru());
		f = isiTambahan(isiTambahan(f, 'antre', '5 menit'), 'puas', 3);
		const result = keRespons(f, konteks(), KT);
		expect(result.ok && result.value.jawabanTambahan).toEqual({ antre: '5 menit', puas: 3 });
		expect(result.ok && result.value.kuesionerVersi).toBe('k-u-1');
	});
});

describe('corrections and voids', () => {
	const asli: SkmResponse = {
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
		const f = dariRespons(asli);
		expect(f.langkah).toBe('ringkasan');
		expect(f.profil).toEqual({ jenisKelamin: 'P', usia: '34' });
		expect(f.jawaban.u8).toBe(2);
		expect(f.saran).toBe('Ruang tunggu panas');
	});

	it('write only the fields that changed', () => {
		const f = jawabUnsur(keLangkah(dariRespons(asli), 'u8', K), 'u8', 4, K);
		const result = keKoreksi(f, asli, k, K);
		expect(result).toEqual({
			ok: true,
			value: {
				id: 'kor-1',
				responseId: 'r-1',
				jenis: 'koreksi',
				waktu: k.waktu,
				oleh: 'Sari',
				jawaban: { ...asli.jawaban, u8: 4 }
			}
		});
	});

	it('refuse a correction that changes nothing', () => {
		expect(keKoreksi(dariRespons(asli), asli, k, K)).toEqual({
			ok: false,
			keys: ['err.koreksiKosong']
		});
	});

	it('can clear the saran', () => {
		const result = keKoreksi(isiSaran(dariRespons(asli), ''), asli, k, K);
		expect(result.ok && result.value.saran).toBe('');
	});

	it('need a reason of at least three characters to void', () => {
		expect(keBatal(asli, { ...k, alasan: ' ab ' })).toEqual({
			ok: false,
			keys: ['err.alasanBatal']
		});
		const ok = keBatal(asli, { ...k, alasan: 'responden ganda' });
		expect(ok.ok && ok.value).toMatchObject({ jenis: 'batal', alasan: 'responden ganda' });
	});
});

describe('drafts', () => {
	it('reopen exactly as they were saved, and anything else is refused', () => {
		const form = jawabUnsur(maju(formBaru('KTP'), K), 'u1', 2, K);
		const draft = { unitId: 'demo-dpmptsp', kuesionerVersi: K.id, form };
		expect(bacaDraftSurvei(structuredClone(draft))).toEqual(draft);
		expect(bacaDraftSurvei({ ...draft, unitId: '' })).toBeNull();
		expect(bacaDraftSurvei({ ...draft, form: { ...form, jawaban: { u1: 'x' } } })).toBeNull();
		expect(bacaDraftSurvei(null)).toBeNull();
	});

	it('that name a step the questionnaire lacks reopen at the first open step', () => {
		const form = {
			...jawabUnsur(maju(formBaru(), K), 'u1', 2, K),
			langkah: 'tambahan:hilang' as const
		};
		expect(rapikan(form, K).langkah).toBe('u2');
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
		expect(waktuLokal(moment)).toBe('2026-11-22T10:15:09+07:00');
		process.env.TZ = 'Asia/Makassar';
		expect(waktuLokal(moment)).toBe('2026-11-22T11:15:09+08:00');
		process.env.TZ = 'America/St_Johns';
		expect(waktuLokal(moment)).toBe('2026-11-21T23:45:09-03:30');
		expect(tanggalLokal(moment)).toBe('2026-11-21');
	});
});
