import { describe, expect, it } from 'vitest';
import { detikDariParam, pinSah, RESET_BAWAAN_DETIK, sisaHitungMundur } from '$lib/domain/kiosk';
import { unitSurvei } from '$lib/domain/survei-akses';
import { bacaBarisPilihan, tulisBarisPilihan } from '$lib/domain/kuesioner';
import type { Unit } from '$lib/domain/schemas';

describe('the kiosk rules', () => {
	it('take a staff PIN of 4–8 digits only', () => {
		for (const pin of ['1234', '00000000', '24680']) expect(pinSah(pin)).toBe(true);
		for (const pin of ['123', '123456789', '12 34', '12a4', '']) expect(pinSah(pin)).toBe(false);
	});

	it('read timer seconds from the URL, falling back to the default for anything else', () => {
		expect(detikDariParam('3', RESET_BAWAAN_DETIK)).toBe(3);
		expect(detikDariParam(null, RESET_BAWAAN_DETIK)).toBe(90);
		for (const bad of ['0', '-5', '2.5', 'abc', '99999']) {
			expect(detikDariParam(bad, RESET_BAWAAN_DETIK)).toBe(90);
		}
		expect(detikDariParam('200', 5, 120)).toBe(5);
	});

	it('warn only in the last ten seconds before an inactive survey resets', () => {
		expect(sisaHitungMundur(0, 90)).toEqual({ sisa: 90, peringatan: false });
		expect(sisaHitungMundur(79_000, 90)).toEqual({ sisa: 11, peringatan: false });
		expect(sisaHitungMundur(80_500, 90)).toEqual({ sisa: 10, peringatan: true });
		expect(sisaHitungMundur(90_000, 90)).toEqual({ sisa: 0, peringatan: true });
		expect(sisaHitungMundur(120_000, 90).sisa).toBe(0);
		// A timeout shorter than the countdown warns from the start.
		expect(sisaHitungMundur(0, 3)).toEqual({ sisa: 3, peringatan: true });
	});
});

describe('who surveys which unit', () => {
	const unit = (id: string, nama: string, layananSkm = true): Unit => ({
		id,
		nama,
		singkatan: '',
		jenis: 'dinas',
		dinilaiIndeks: true,
		layananSkm
	});
	const units = [unit('b', 'Dinas B'), unit('a', 'Dinas A'), unit('x', 'Bagian X', false)];

	it('gives an admin every SKM service unit, by name', () => {
		expect(
			unitSurvei({ nama: 'Ani', peran: 'admin', unitIds: [] }, units).map((u) => u.id)
		).toEqual(['a', 'b']);
	});

	it('gives an enumerator only the service units declared for them', () => {
		const p = { nama: 'Sari', peran: 'enumerator' as const, unitIds: ['b', 'x'] };
		expect(unitSurvei(p, units).map((u) => u.id)).toEqual(['b']);
	});

	it('gives other roles and an undeclared user none', () => {
		expect(unitSurvei({ nama: 'O', peran: 'opd', unitIds: ['a'] }, units)).toEqual([]);
		expect(unitSurvei({ nama: 'R', peran: 'reviewer', unitIds: [] }, units)).toEqual([]);
		expect(unitSurvei(null, units)).toEqual([]);
	});
});

describe('choices typed one per line', () => {
	it('read "Indonesian | English" and skip blank lines', () => {
		expect(bacaBarisPilihan('Spanduk | Banner\n\n  Media sosial  \nRadio|Radio | FM\n')).toEqual([
			{ id: 'Spanduk', en: 'Banner' },
			{ id: 'Media sosial' },
			{ id: 'Radio', en: 'Radio | FM' }
		]);
	});

	it('are written back the same way', () => {
		const text = 'Spanduk | Banner\nMedia sosial';
		expect(tulisBarisPilihan(bacaBarisPilihan(text))).toBe(text);
		expect(tulisBarisPilihan(undefined)).toBe('');
	});
});
