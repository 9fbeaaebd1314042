/** Saving an RTL on behalf of the device's user: only those the server lets write it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RtlItem, User } from '$lib/domain/schemas';

const staff: User = { nama: 'staf-a', peran: 'opd', unitIds: ['puskesmas-a'] };
localStorage.setItem('rapor.akun', JSON.stringify(staff));

let state: typeof import('$lib/state/tindak-lanjut.svelte');
let database: typeof import('$lib/state/app.svelte').database;

beforeAll(async () => {
	state = await import('$lib/state/tindak-lanjut.svelte');
	({ database } = await import('$lib/state/app.svelte'));
});

const row: RtlItem = {
	unsur: 'u3',
	program: 'Antrean daring',
	triwulan: [3],
	penanggungJawab: 'Kepala TU',
	progres: 'belum'
};
const place = { unitId: 'puskesmas-a', periodeId: '2026-TW2' };

describe('saving an RTL', () => {
	it.each<[string, User | null]>([
		['a reviewer', { nama: 'pimpinan', peran: 'reviewer', unitIds: [] }],
		['an enumerator', { nama: 'enum', peran: 'enumerator', unitIds: ['puskesmas-a'] }],
		['another unit’s staff', { nama: 'staf-b', peran: 'opd', unitIds: ['puskesmas-b'] }],
		['nobody signed in', null]
	])('refuses %s and stores nothing', async (_, user) => {
		expect(await state.writeRtl(user, place, [row], [])).toEqual({
			ok: false,
			keys: ['rtl.tidakBoleh'],
			fields: {}
		});
		expect(await (await database()).rtl.count()).toBe(0);
	});

	it('names the field of each invalid row, and an empty plan for the whole plan', async () => {
		const result = await state.writeRtl(staff, place, [row, { ...row, penanggungJawab: ' ' }], []);
		expect(result).toEqual({
			ok: false,
			keys: [],
			fields: { '1.penanggungJawab': ['err.rtlPenanggungJawab'] }
		});
		expect(await state.writeRtl(staff, place, [], [])).toMatchObject({ keys: ['err.rtlKosong'] });
		expect(await (await database()).rtl.count()).toBe(0);
	});

	it('stores a valid plan in the writer’s name', async () => {
		expect(await state.writeRtl(staff, place, [row], [])).toEqual({ ok: true, added: 0 });
		const stored = await (await database()).rtl.get('puskesmas-a:2026-TW2');
		expect(stored!.riwayat.map((r) => r.oleh)).toEqual(['staf-a']);
	});

	it('keeps a row stored while the form was open, and drops only the rows the form removed', async () => {
		const db = await database();
		const opened = (await db.rtl.get('puskesmas-a:2026-TW2'))!.butir;
		const fromForum: RtlItem = { ...row, unsur: 'u8', program: 'Kursi tunggu', forumId: 'f-1' };
		await db.rtl.update('puskesmas-a:2026-TW2', { butir: [...opened, fromForum] });
		const edited = { ...row, progres: 'berjalan' as const };
		expect(await state.writeRtl(staff, place, [edited], opened)).toEqual({ ok: true, added: 1 });
		const stored = await db.rtl.get('puskesmas-a:2026-TW2');
		expect(stored!.butir).toEqual([edited, fromForum]);

		// Opened on what is stored now: removing the forum row removes it.
		const again = stored!.butir;
		expect(await state.writeRtl(staff, place, [edited], again)).toEqual({ ok: true, added: 0 });
		expect((await db.rtl.get('puskesmas-a:2026-TW2'))!.butir).toEqual([edited]);
	});
});
