import { describe, expect, it } from 'vitest';
import {
	secondsFromParam,
	validPin,
	DEFAULT_RESET_SECONDS,
	countdownRemaining
} from '$lib/domain/kiosk';
import { surveyUnit } from '$lib/domain/survey-access';
import { readChoiceRows, writeChoiceRows } from '$lib/domain/kuesioner';
import type { Unit } from '$lib/domain/schemas';

describe('the kiosk rules', () => {
	it('take a staff PIN of 4–8 digits only', () => {
		for (const pin of ['1234', '00000000', '24680']) expect(validPin(pin)).toBe(true);
		for (const pin of ['123', '123456789', '12 34', '12a4', '']) expect(validPin(pin)).toBe(false);
	});

	it('read timer seconds from the URL, falling back to the default for anything else', () => {
		expect(secondsFromParam('3', DEFAULT_RESET_SECONDS)).toBe(3);
		expect(secondsFromParam(null, DEFAULT_RESET_SECONDS)).toBe(90);
		for (const bad of ['0', '-5', '2.5', 'abc', '99999']) {
			expect(secondsFromParam(bad, DEFAULT_RESET_SECONDS)).toBe(90);
		}
		expect(secondsFromParam('200', 5, 120)).toBe(5);
	});

	it('warn only in the last ten seconds before an inactive survey resets', () => {
		expect(countdownRemaining(0, 90)).toEqual({ sisa: 90, peringatan: false });
		expect(countdownRemaining(79_000, 90)).toEqual({ sisa: 11, peringatan: false });
		expect(countdownRemaining(80_500, 90)).toEqual({ sisa: 10, peringatan: true });
		expect(countdownRemaining(90_000, 90)).toEqual({ sisa: 0, peringatan: true });
		expect(countdownRemaining(120_000, 90).sisa).toBe(0);
		// A timeout shorter than the countdown warns from the start.
		expect(countdownRemaining(0, 3)).toEqual({ sisa: 3, peringatan: true });
	});
});

describe('who surveys which unit', () => {
	const unit = (id: string, name: string, layananSkm = true): Unit => ({
		id,
		nama: name,
		singkatan: '',
		jenis: 'dinas',
		dinilaiIndeks: true,
		layananSkm
	});
	const units = [unit('b', 'Dinas B'), unit('a', 'Dinas A'), unit('x', 'Bagian X', false)];

	it('gives an admin every SKM service unit, by name', () => {
		expect(
			surveyUnit({ nama: 'Ani', peran: 'admin', unitIds: [] }, units).map((u) => u.id)
		).toEqual(['a', 'b']);
	});

	it('gives an enumerator only the service units declared for them', () => {
		const p = { nama: 'Sari', peran: 'enumerator' as const, unitIds: ['b', 'x'] };
		expect(surveyUnit(p, units).map((u) => u.id)).toEqual(['b']);
	});

	it('gives other roles and an undeclared user none', () => {
		expect(surveyUnit({ nama: 'O', peran: 'opd', unitIds: ['a'] }, units)).toEqual([]);
		expect(surveyUnit({ nama: 'R', peran: 'reviewer', unitIds: [] }, units)).toEqual([]);
		expect(surveyUnit(null, units)).toEqual([]);
	});
});

describe('choices typed one per line', () => {
	it('read "Indonesian | English" and skip blank lines', () => {
		expect(readChoiceRows('Spanduk | Banner\n\n  Media sosial  \nRadio|Radio | FM\n')).toEqual([
			{ id: 'Spanduk', en: 'Banner' },
			{ id: 'Media sosial' },
			{ id: 'Radio', en: 'Radio | FM' }
		]);
	});

	it('are written back the same way', () => {
		const text = 'Spanduk | Banner\nMedia sosial';
		expect(writeChoiceRows(readChoiceRows(text))).toBe(text);
		expect(writeChoiceRows(undefined)).toBe('');
	});
});
