import { describe, expect, it } from 'vitest';
import {
	STANDARD_KUESIONER,
	STANDARD_KUESIONER_ID,
	extraAnswerFilled,
	kuesionerWithId,
	kuesionerForUnit,
	textIn,
	validateExtraAnswer,
	validateKuesioner,
	newVersion
} from '$lib/domain/kuesioner';
import { generateDemo } from '$lib/demo/generate';
import { kuesionerSchema, type Kuesioner, type ExtraQuestion } from '$lib/domain/schemas';
import { UNSUR_KEYS } from '$lib/domain/unsur';

const version = (over: Partial<Kuesioner>): Kuesioner => ({
	...STANDARD_KUESIONER,
	id: 'k-x',
	nama: 'Versi uji',
	dibuat: '2026-05-01T08:00:00+07:00',
	...over
});

const q = (over: Partial<ExtraQuestion>): ExtraQuestion => ({
	id: 'antre',
	jenis: 'teks',
	pertanyaan: { id: 'Berapa lama Anda antre?' },
	wajib: false,
	...over
});

describe('the built-in standard questionnaire', () => {
	it('is a valid version with the id the demo data and the importer record', () => {
		expect(kuesionerSchema.safeParse(STANDARD_KUESIONER).success).toBe(true);
		expect(validateKuesioner(STANDARD_KUESIONER)).toEqual([]);
		expect(STANDARD_KUESIONER.id).toBe(STANDARD_KUESIONER_ID);
		expect(new Set(generateDemo().responses.map((r) => r.kuesionerVersi))).toEqual(
			new Set([STANDARD_KUESIONER_ID])
		);
	});

	it('asks the nine unsur with four answers each, in both languages', () => {
		for (const key of UNSUR_KEYS) {
			const u = STANDARD_KUESIONER.unsur[key];
			expect(u.pertanyaan.id).toMatch(/\?$/);
			expect(u.pertanyaan.en).toBeTruthy();
			expect(u.pilihan).toHaveLength(4);
			for (const p of u.pilihan) expect(p.en).toBeTruthy();
		}
	});

	it("labels the answers worst to best with the regulation's words", () => {
		const labels = (key: (typeof UNSUR_KEYS)[number]) =>
			STANDARD_KUESIONER.unsur[key].pilihan.map((p) => p.id.toLowerCase());
		expect(labels('u1')).toEqual(['tidak sesuai', 'kurang sesuai', 'sesuai', 'sangat sesuai']);
		expect(labels('u2')).toEqual(['tidak mudah', 'kurang mudah', 'mudah', 'sangat mudah']);
		expect(labels('u3')).toEqual(['tidak cepat', 'kurang cepat', 'cepat', 'sangat cepat']);
		expect(labels('u4')).toEqual(['sangat mahal', 'cukup mahal', 'murah', 'gratis']);
		expect(labels('u5')).toEqual(labels('u1'));
		expect(labels('u6')).toEqual([
			'tidak kompeten',
			'kurang kompeten',
			'kompeten',
			'sangat kompeten'
		]);
		expect(labels('u7')).toEqual([
			'tidak sopan dan ramah',
			'kurang sopan dan ramah',
			'sopan dan ramah',
			'sangat sopan dan ramah'
		]);
		expect(labels('u8')).toEqual([
			'tidak ada',
			'ada tetapi tidak berfungsi',
			'berfungsi kurang maksimal',
			'dikelola dengan baik'
		]);
		expect(labels('u9')).toEqual(['buruk', 'cukup', 'baik', 'sangat baik']);
	});

	it("keys complaint handling as u8 and facilities as u9 (the regulation's list)", () => {
		expect(STANDARD_KUESIONER.unsur.u8.pertanyaan.id).toContain('pengaduan');
		expect(STANDARD_KUESIONER.unsur.u9.pertanyaan.id).toContain('sarana');
	});

	it('shows English when asked and falls back to Indonesian when no translation exists', () => {
		expect(textIn({ id: 'Murah', en: 'Cheap' }, 'en')).toBe('Cheap');
		expect(textIn({ id: 'Murah', en: 'Cheap' }, 'id')).toBe('Murah');
		expect(textIn({ id: 'Murah' }, 'en')).toBe('Murah');
		expect(textIn({ id: 'Murah', en: '  ' }, 'en')).toBe('Murah');
	});
});

describe('kuesionerForUnit', () => {
	const oldPemda = version({ id: 'k-pemda-1', dibuat: '2026-01-01T08:00:00+07:00' });
	const newPemda = version({ id: 'k-pemda-2', dibuat: '2026-03-01T08:00:00+07:00' });
	const oldUnit = version({ id: 'k-u-1', unitId: 'u', dibuat: '2026-02-01T08:00:00+07:00' });
	const newUnit = version({ id: 'k-u-2', unitId: 'u', dibuat: '2026-02-02T08:00:00+07:00' });
	const other = version({ id: 'k-v-1', unitId: 'v', dibuat: '2026-09-01T08:00:00+07:00' });

	it("picks the unit's newest own version before any pemda-wide one", () => {
		expect(kuesionerForUnit([newPemda, oldUnit, newUnit, oldPemda, other], 'u').id).toBe('k-u-2');
	});

	it('else the newest pemda-wide version, never another unit’s', () => {
		expect(kuesionerForUnit([oldPemda, other, newPemda], 'u').id).toBe('k-pemda-2');
	});

	it('else the built-in standard', () => {
		expect(kuesionerForUnit([], 'u')).toBe(STANDARD_KUESIONER);
		expect(kuesionerForUnit([other], 'u')).toBe(STANDARD_KUESIONER);
	});

	it('compares moments across time zones and breaks ties by id', () => {
		const wib = version({ id: 'k-a', dibuat: '2026-03-01T09:00:00+07:00' });
		const wit = version({ id: 'k-b', dibuat: '2026-03-01T10:00:00+09:00' }); // 08:00 WIB: older
		expect(kuesionerForUnit([wit, wib], 'u').id).toBe('k-a');
		const sama = version({ id: 'k-c', dibuat: '2026-03-01T09:00:00+07:00' });
		expect(kuesionerForUnit([sama, wib], 'u').id).toBe('k-c');
	});

	it('finds the version a response was answered with, the standard always included', () => {
		expect(kuesionerWithId([oldPemda], STANDARD_KUESIONER_ID)).toBe(STANDARD_KUESIONER);
		expect(kuesionerWithId([oldPemda], 'k-pemda-1')).toBe(oldPemda);
		expect(kuesionerWithId([oldPemda], 'k-hilang')).toBeNull();
	});
});

describe('validateExtraAnswer', () => {
	const k = version({
		tambahan: [
			q({ id: 'antre', jenis: 'teks', wajib: true }),
			q({
				id: 'puas',
				jenis: 'skala',
				pilihan: [{ id: '1' }, { id: '2' }, { id: '3' }, { id: '4' }, { id: '5' }],
				wajib: false
			}),
			q({
				id: 'info',
				jenis: 'pilihan',
				pilihan: [{ id: 'Spanduk' }, { id: 'Medsos' }],
				wajib: false
			}),
			q({
				id: 'hari',
				jenis: 'pilihan',
				ganda: true,
				pilihan: [{ id: 'Senin' }, { id: 'Selasa' }],
				wajib: true
			})
		]
	});

	it('accepts valid answers and optional questions left blank', () => {
		expect(validateExtraAnswer(k, { antre: '10 menit', hari: ['Senin'] })).toEqual({});
		expect(
			validateExtraAnswer(k, { antre: 'x', puas: 5, info: 'Medsos', hari: ['Selasa', 'Senin'] })
		).toEqual({});
	});

	it('names each required question left blank', () => {
		expect(validateExtraAnswer(k, { antre: '  ', hari: [] })).toEqual({
			antre: 'err.tambahanWajib',
			hari: 'err.tambahanWajib'
		});
	});

	it('refuses a scale point outside the scale, an unknown choice and a repeated choice', () => {
		const base = { antre: 'x', hari: ['Senin'] };
		expect(validateExtraAnswer(k, { ...base, puas: 6 })).toEqual({ puas: 'err.tambahanSkala' });
		expect(validateExtraAnswer(k, { ...base, puas: 2.5 })).toEqual({
			puas: 'err.tambahanSkala'
		});
		expect(validateExtraAnswer(k, { ...base, info: 'Radio' })).toEqual({
			info: 'err.tambahanPilihan'
		});
		expect(validateExtraAnswer(k, { ...base, hari: ['Senin', 'Senin'] })).toEqual({
			hari: 'err.tambahanPilihan'
		});
		expect(validateExtraAnswer(k, { ...base, antre: 3 })).toEqual({
			antre: 'err.tambahanTeks'
		});
	});

	it('refuses answers to questions this version does not have', () => {
		expect(validateExtraAnswer(k, { antre: 'x', hari: ['Senin'], lain: 'y' })).toEqual({
			lain: 'err.tambahanTidakDikenal'
		});
	});

	it('keeps only the answered questions for the response', () => {
		expect(extraAnswerFilled(k, { antre: 'x', puas: undefined, hari: [] })).toEqual({
			antre: 'x'
		});
		expect(extraAnswerFilled(k, {})).toBeUndefined();
	});
});

describe('versions', () => {
	it('an edit becomes a new version named by its scope and moment', () => {
		const created = '2026-11-22T10:15:00+07:00';
		const content = {
			nama: 'Kuesioner Dinkes',
			unsur: STANDARD_KUESIONER.unsur,
			tambahan: [q({})]
		};
		const unit = newVersion(content, { unitId: 'demo-dinkes', dibuat: created });
		expect(unit.id).toBe(`k-demo-dinkes-${Date.parse(created)}`);
		expect(unit.unitId).toBe('demo-dinkes');
		const pemda = newVersion(content, { dibuat: created });
		expect(pemda.id).toBe(`k-pemda-${Date.parse(created)}`);
		expect('unitId' in pemda).toBe(false);
		expect(validateKuesioner(unit)).toEqual([]);
	});

	it('refuses a scale without 2–10 labels, a choice with one option and repeated question ids', () => {
		const bad = version({
			tambahan: [
				q({ id: 'a', jenis: 'skala', pilihan: [{ id: 'x' }] }),
				q({ id: 'b', jenis: 'pilihan', pilihan: [{ id: 'x' }] }),
				q({ id: 'b' })
			]
		});
		expect(validateKuesioner(bad).sort()).toEqual([
			'err.tambahanIdGanda',
			'err.tambahanPilihanKurang',
			'err.tambahanSkalaLabel'
		]);
	});

	it('refuses a question with no Indonesian wording', () => {
		const bad = version({
			unsur: {
				...STANDARD_KUESIONER.unsur,
				u3: { ...STANDARD_KUESIONER.unsur.u3, pertanyaan: { id: ' ', en: 'x' } }
			}
		});
		expect(validateKuesioner(bad)).toEqual(['err.teks']);
	});
});
