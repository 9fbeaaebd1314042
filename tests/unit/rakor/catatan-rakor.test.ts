import { describe, expect, it } from 'vitest';
import {
	bolehBukaLagi,
	bolehTandaiSelesai,
	bolehTulisCatatan,
	catatanBaru,
	kelompokPerUnit,
	lewatTenggat,
	tandaiCatatan,
	ubahCatatan
} from '$lib/domain/catatan-rakor';
import { catatanRakorSchema, type CatatanRakor, type Pengguna } from '$lib/domain/schemas';

const reviewer: Pengguna = { nama: 'pimpinan', peran: 'reviewer', unitIds: [] };
const admin: Pengguna = { nama: 'admin', peran: 'admin', unitIds: [] };
const stafX: Pengguna = { nama: 'staf-x', peran: 'opd', unitIds: ['dinas-x'] };
const stafY: Pengguna = { nama: 'staf-y', peran: 'opd', unitIds: ['dinas-y'] };
const enumerator: Pengguna = { nama: 'enum', peran: 'enumerator', unitIds: ['dinas-x'] };

const tulis = { oleh: 'pimpinan', waktu: '2026-10-05T09:00:00+07:00' };
const catatan = catatanBaru(
	{ teks: 'Percepat belanja modal', tenggat: '2026-10-31' },
	{ id: 'rakor-1', unitId: 'dinas-x', periodeId: '2026-TW3' },
	tulis
);

describe('who may do what with a rakor follow-up', () => {
	it('lets officials write, and nobody else', () => {
		expect([reviewer, admin, stafX, enumerator, null].map(bolehTulisCatatan)).toEqual([
			true,
			true,
			false,
			false,
			false
		]);
	});

	it("lets the OPD's own staff and officials mark an open follow-up done", () => {
		expect(bolehTandaiSelesai(stafX, catatan)).toBe(true);
		expect(bolehTandaiSelesai(reviewer, catatan)).toBe(true);
		expect(bolehTandaiSelesai(stafY, catatan)).toBe(false);
		expect(bolehTandaiSelesai(enumerator, catatan)).toBe(false);
		expect(bolehTandaiSelesai(stafX, { ...catatan, selesai: true })).toBe(false);
	});

	it('lets only officials reopen a follow-up marked done', () => {
		const selesai = { ...catatan, selesai: true };
		expect(bolehBukaLagi(reviewer, selesai)).toBe(true);
		expect(bolehBukaLagi(stafX, selesai)).toBe(false);
		expect(bolehBukaLagi(reviewer, catatan)).toBe(false);
	});
});

describe('writing and changing a follow-up', () => {
	it('writes it open, in the name and at the time of its author', () => {
		expect(catatan).toEqual({
			id: 'rakor-1',
			unitId: 'dinas-x',
			periodeId: '2026-TW3',
			teks: 'Percepat belanja modal',
			tenggat: '2026-10-31',
			oleh: 'pimpinan',
			waktu: tulis.waktu,
			selesai: false
		});
		expect(catatanRakorSchema.parse(catatan)).toEqual(catatan);
		const tanpaTenggat = catatanBaru({ teks: 'x', tenggat: '  ' }, catatan, tulis);
		expect(tanpaTenggat).not.toHaveProperty('tenggat');
	});

	it('keeps author and time on an edit, and stamps who changed it', () => {
		const stempel = { oleh: 'admin', waktu: '2026-10-06T10:00:00+07:00' };
		const diubah = ubahCatatan(catatan, { teks: 'Laporkan tiap pekan' }, stempel);
		expect(diubah).toMatchObject({ oleh: 'pimpinan', waktu: tulis.waktu, diubah: stempel });
		expect(diubah.teks).toBe('Laporkan tiap pekan');
		expect(diubah).not.toHaveProperty('tenggat');
		const selesai = tandaiCatatan(catatan, true, { ...stempel, oleh: 'staf-x' });
		expect(selesai).toEqual({ ...catatan, selesai: true, diubah: { ...stempel, oleh: 'staf-x' } });
	});

	it('refuses an empty text, an impossible due date and an author of spaces', () => {
		const salah = (over: Partial<CatatanRakor>) =>
			catatanRakorSchema.safeParse({ ...catatan, ...over }).error?.issues.map((i) => i.message);
		expect(salah({ teks: '   ' })).toEqual(['err.teksCatatan']);
		expect(salah({ tenggat: '2026-02-30' })).toEqual(['err.tanggal']);
		expect(salah({ oleh: ' ' })).toEqual(['err.oleh']);
		expect(salah({ tenggat: '2028-02-29' })).toBeUndefined();
	});
});

describe('follow-ups on the screen', () => {
	it('flags an open follow-up past its due date', () => {
		expect(lewatTenggat(catatan, '2026-11-01')).toBe(true);
		expect(lewatTenggat(catatan, '2026-10-31')).toBe(false);
		expect(lewatTenggat({ ...catatan, selesai: true }, '2026-11-01')).toBe(false);
		expect(lewatTenggat({ selesai: false }, '2026-11-01')).toBe(false);
	});

	it('groups them per OPD in ranking order, OPD outside it last', () => {
		const c = (id: string, unitId: string) => ({ ...catatan, id, unitId });
		const grup = kelompokPerUnit(
			[c('1', 'lain'), c('2', 'dinas-y'), c('3', 'dinas-x'), c('4', 'dinas-y')],
			['dinas-x', 'dinas-y']
		);
		expect(grup.map((g) => [g.unitId, g.catatan.map((x) => x.id)])).toEqual([
			['dinas-x', ['3']],
			['dinas-y', ['2', '4']],
			['lain', ['1']]
		]);
	});
});
