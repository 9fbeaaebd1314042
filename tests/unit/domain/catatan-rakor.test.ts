import { describe, expect, it } from 'vitest';
import {
	canReopen,
	canMarkDone,
	canWriteCatatan,
	newCatatan,
	groupByUnit,
	pastDeadline,
	markCatatan,
	updateCatatan
} from '$lib/domain/catatan-rakor';
import { catatanRakorSchema, type CatatanRakor, type User } from '$lib/domain/schemas';

const reviewer: User = { nama: 'pimpinan', peran: 'reviewer', unitIds: [] };
const admin: User = { nama: 'admin', peran: 'admin', unitIds: [] };
const staffX: User = { nama: 'staf-x', peran: 'opd', unitIds: ['dinas-x'] };
const staffY: User = { nama: 'staf-y', peran: 'opd', unitIds: ['dinas-y'] };
const enumerator: User = { nama: 'enum', peran: 'enumerator', unitIds: ['dinas-x'] };

const write = { oleh: 'pimpinan', waktu: '2026-10-05T09:00:00+07:00' };
const catatan = newCatatan(
	{ teks: 'Percepat belanja modal', tenggat: '2026-10-31' },
	{ id: 'rakor-1', unitId: 'dinas-x', periodeId: '2026-TW3' },
	write
);

describe('who may do what with a rakor follow-up', () => {
	it('lets officials write, and nobody else', () => {
		expect([reviewer, admin, staffX, enumerator, null].map(canWriteCatatan)).toEqual([
			true,
			true,
			false,
			false,
			false
		]);
	});

	it("lets the OPD's own staff and officials mark an open follow-up done", () => {
		expect(canMarkDone(staffX, catatan)).toBe(true);
		expect(canMarkDone(reviewer, catatan)).toBe(true);
		expect(canMarkDone(staffY, catatan)).toBe(false);
		expect(canMarkDone(enumerator, catatan)).toBe(false);
		expect(canMarkDone(staffX, { ...catatan, selesai: true })).toBe(false);
	});

	it('lets only officials reopen a follow-up marked done', () => {
		const selesai = { ...catatan, selesai: true };
		expect(canReopen(reviewer, selesai)).toBe(true);
		expect(canReopen(staffX, selesai)).toBe(false);
		expect(canReopen(reviewer, catatan)).toBe(false);
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
			waktu: write.waktu,
			selesai: false
		});
		expect(catatanRakorSchema.parse(catatan)).toEqual(catatan);
		const tanpaTenggat = newCatatan({ teks: 'x', tenggat: '  ' }, catatan, write);
		expect(tanpaTenggat).not.toHaveProperty('tenggat');
	});

	it('keeps author and time on an edit, and stamps who changed it', () => {
		const stempel = { oleh: 'admin', waktu: '2026-10-06T10:00:00+07:00' };
		const changed = updateCatatan(catatan, { teks: 'Laporkan tiap pekan' }, stempel);
		expect(changed).toMatchObject({ oleh: 'pimpinan', waktu: write.waktu, diubah: stempel });
		expect(changed.teks).toBe('Laporkan tiap pekan');
		expect(changed).not.toHaveProperty('tenggat');
		const selesai = markCatatan(catatan, true, { ...stempel, oleh: 'staf-x' });
		expect(selesai).toEqual({ ...catatan, selesai: true, diubah: { ...stempel, oleh: 'staf-x' } });
	});

	it('refuses an empty text, an impossible due date and an author of spaces', () => {
		const wrong = (over: Partial<CatatanRakor>) =>
			catatanRakorSchema.safeParse({ ...catatan, ...over }).error?.issues.map((i) => i.message);
		expect(wrong({ teks: '   ' })).toEqual(['err.teksCatatan']);
		expect(wrong({ tenggat: '2026-02-30' })).toEqual(['err.tanggal']);
		expect(wrong({ oleh: ' ' })).toEqual(['err.oleh']);
		expect(wrong({ tenggat: '2028-02-29' })).toBeUndefined();
	});
});

describe('follow-ups on the screen', () => {
	it('flags an open follow-up past its due date', () => {
		expect(pastDeadline(catatan, '2026-11-01')).toBe(true);
		expect(pastDeadline(catatan, '2026-10-31')).toBe(false);
		expect(pastDeadline({ ...catatan, selesai: true }, '2026-11-01')).toBe(false);
		expect(pastDeadline({ selesai: false }, '2026-11-01')).toBe(false);
	});

	it('groups them per OPD in ranking order, OPD outside it last', () => {
		const c = (id: string, unitId: string) => ({ ...catatan, id, unitId });
		const grup = groupByUnit(
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
