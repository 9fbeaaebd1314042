import { describe, expect, it } from 'vitest';
import { rtlSchema, type Rtl, type RtlItem, type User } from '$lib/domain/schemas';
import { lowestUnsur } from '$lib/domain/skm';
import {
	canWriteTindakLanjut,
	prefillRtl,
	rtlBefore,
	rtlEffect,
	rtlId,
	saveRtl,
	withRowsAddedMeanwhile
} from '$lib/domain/tindak-lanjut';
import { UNSUR_KEYS, type UnsurKey } from '$lib/domain/unsur';

const admin: User = { nama: 'admin', peran: 'admin', unitIds: [] };
const staffA: User = { nama: 'staf-a', peran: 'opd', unitIds: ['puskesmas-a'] };
const staffB: User = { nama: 'staf-b', peran: 'opd', unitIds: ['puskesmas-b'] };
const reviewer: User = { nama: 'pimpinan', peran: 'reviewer', unitIds: [] };
const enumerator: User = { nama: 'enum', peran: 'enumerator', unitIds: ['puskesmas-a'] };

const place = { unitId: 'puskesmas-a', periodeId: '2026-TW2' };
const row: RtlItem = {
	unsur: 'u3',
	program: '  Antrean daring  ',
	triwulan: [4, 3, 4],
	penanggungJawab: ' Kepala TU ',
	progres: 'belum',
	catatanProgres: '   '
};

const nrr = (values: Partial<Record<UnsurKey, number | null>>) =>
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, values[k] === undefined ? 3 : values[k]])) as Record<
		UnsurKey,
		number | null
	>;

describe('who may write an SKM follow-up', () => {
	it('lets the admin and the unit’s own OPD staff write, and nobody else', () => {
		const users = [admin, staffA, staffB, reviewer, enumerator, null, undefined];
		expect(users.map((u) => canWriteTindakLanjut(u, 'puskesmas-a'))).toEqual([
			true,
			true,
			false,
			false,
			false,
			false,
			false
		]);
	});
});

describe('a new RTL', () => {
	it('starts with one empty row per priority unsur, in the order the SKM lists them', () => {
		const rows = prefillRtl(['u4', 'u9', 'u1']);
		expect(rows.map((r) => r.unsur)).toEqual(['u4', 'u9', 'u1']);
		expect(rows[0]).toEqual({
			unsur: 'u4',
			program: '',
			triwulan: [],
			penanggungJawab: '',
			progres: 'belum'
		});
	});

	it('starts with no row when no unsur was answered', () => {
		expect(prefillRtl([])).toEqual([]);
	});

	it('takes its priorities from published NRR by the SKM’s rule: three lowest answered', () => {
		expect(lowestUnsur(nrr({ u2: 2.1, u5: null, u7: 2.5, u8: 2.5, u9: 2.4 }))).toEqual([
			'u2',
			'u9',
			'u7'
		]);
	});
});

describe('saving an RTL', () => {
	const first = { oleh: 'staf-a', waktu: '2026-07-01T08:00:00+07:00' };

	it('is one per unit and period, with its writer in the history', () => {
		const rtl = saveRtl(undefined, place, [row], first);
		expect(rtl.id).toBe(rtlId('puskesmas-a', '2026-TW2'));
		expect(rtl.id).toBe('puskesmas-a:2026-TW2');
		expect(rtl.riwayat).toEqual([first]);
		expect(rtlSchema.safeParse(rtl).success).toBe(true);
	});

	it('trims texts, drops an empty note and keeps each triwulan once, ascending', () => {
		const [saved] = saveRtl(undefined, place, [row], first).butir;
		expect(saved).toEqual({
			unsur: 'u3',
			program: 'Antrean daring',
			triwulan: [3, 4],
			penanggungJawab: 'Kepala TU',
			progres: 'belum'
		});
	});

	it('appends to the history of the stored plan, keeping its id, unit and period', () => {
		const previous = saveRtl(undefined, place, [row], first);
		const second = { oleh: 'admin', waktu: '2026-08-01T08:00:00+07:00' };
		const changed = saveRtl(
			previous,
			{ unitId: 'other', periodeId: '2026-TW3' },
			[{ ...row, progres: 'berjalan', tanggalProgres: '2026-07-31' }],
			second
		);
		expect(changed).toMatchObject({
			id: previous.id,
			unitId: 'puskesmas-a',
			periodeId: '2026-TW2'
		});
		expect(changed.riwayat).toEqual([first, second]);
		expect(changed.butir[0]).toMatchObject({ progres: 'berjalan', tanggalProgres: '2026-07-31' });
	});

	it('leaves an invalid row for the schema to refuse with its message', () => {
		const rtl = saveRtl(undefined, place, [{ ...row, program: '   ', triwulan: [] }], first);
		const result = rtlSchema.safeParse(rtl);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.message).sort()).toEqual([
			'err.rtlProgram',
			'err.rtlTriwulan'
		]);
	});
});

describe('saving a form opened on an older plan', () => {
	const a: RtlItem = { ...row, unsur: 'u1', program: 'A' };
	const b: RtlItem = { ...row, unsur: 'u2', program: 'B' };
	const forum: RtlItem = { ...row, unsur: 'u8', program: 'Dari forum', forumId: 'f-1' };

	it('keeps the form as it is when nothing was stored meanwhile', () => {
		expect(withRowsAddedMeanwhile([a, b], [a, b], [b])).toEqual({ butir: [b], added: 0 });
	});

	it('appends each row stored meanwhile that the form never showed', () => {
		expect(withRowsAddedMeanwhile([a], [a, forum], [{ ...a, progres: 'selesai' }])).toEqual({
			butir: [{ ...a, progres: 'selesai' }, forum],
			added: 1
		});
	});

	it('brings back a row changed meanwhile next to the form’s version, so neither is lost', () => {
		const theirs = { ...a, penanggungJawab: 'Sekretaris' };
		const ours = { ...a, progres: 'berjalan' as const };
		expect(withRowsAddedMeanwhile([a], [theirs], [ours]).butir).toEqual([ours, theirs]);
	});

	it('compares rows as stored: spacing and triwulan order make no new row', () => {
		const stored = saveRtl(undefined, place, [row], {
			oleh: 'x',
			waktu: '2026-07-01T08:00:00+07:00'
		});
		expect(withRowsAddedMeanwhile([row], stored.butir, [row]).added).toBe(0);
	});
});

describe('did the follow-up work?', () => {
	const plan = {
		butir: [
			{ ...row, unsur: 'u3' as const },
			{ ...row, unsur: 'u4' as const }
		]
	};

	it('compares the NRR of each targeted unsur before and after, with its direction', () => {
		const effect = rtlEffect(
			{ butir: [...plan.butir, { ...row, unsur: 'u9' }, { ...row, unsur: 'u3' }] },
			nrr({ u3: 2.5, u4: 3.2, u9: 3.0 }),
			nrr({ u3: 2.62, u4: 3.1, u9: 3.0002 })
		);
		expect(effect.map((e) => [e.unsur, e.arah])).toEqual([
			['u3', 'naik'],
			['u4', 'turun'],
			['u9', 'tetap']
		]);
		expect(effect[0]!.selisih).toBeCloseTo(0.12, 10);
		expect(effect[0]).toMatchObject({ sebelum: 2.5, sesudah: 2.62 });
	});

	it('gives no direction when either period has no answer for the unsur', () => {
		const effect = rtlEffect(plan, nrr({ u3: null }), nrr({ u4: null }));
		expect(effect).toEqual([
			{ unsur: 'u3', sebelum: null, sesudah: 3, selisih: null, arah: null },
			{ unsur: 'u4', sebelum: 3, sesudah: null, selisih: null, arah: null }
		]);
	});
});

describe('the RTL a result is checked against', () => {
	const of = (periodeId: string): Pick<Rtl, 'periodeId'> => ({ periodeId });

	it('is the one of the latest earlier period', () => {
		const list = [of('2025-TW4'), of('2026-TW3'), of('2026-TW1'), of('2025-TW2')];
		expect(rtlBefore(list, '2026-TW3')).toEqual(of('2026-TW1'));
		expect(rtlBefore(list, '2027-TW1')).toEqual(of('2026-TW3'));
	});

	it('is none when no earlier period has one, and never the period itself', () => {
		expect(rtlBefore([of('2026-TW2'), of('2026-TW3')], '2026-TW2')).toBeUndefined();
		expect(rtlBefore([], '2026-TW2')).toBeUndefined();
	});
});
