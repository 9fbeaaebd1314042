import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { PENGATURAN_ID, getPengaturan, savePengaturan } from '$lib/db/pengaturan';
import { InvalidDocumentError } from '$lib/db/validate';
import { PENGATURAN_BAWAAN, type Pengaturan } from '$lib/domain/schemas';
import { freshDb } from './factories';

const custom: Pengaturan = {
	...PENGATURAN_BAWAAN,
	bobotIndeks: { anggaran: 25, fisik: 25, kinerja: 40, p3dn: 10 },
	batasCapaian: 120,
	rumusNegatif: 'rasio'
};

describe('settings', () => {
	it('are the defaults when none are stored', async () => {
		const db = freshDb();
		const p = await getPengaturan(db);
		expect(p).toEqual(PENGATURAN_BAWAAN);
		p.bobotIndeks.kinerja = 0;
		expect(PENGATURAN_BAWAAN.bobotIndeks.kinerja).toBe(50);
	});

	it('are read back as saved', async () => {
		const db = freshDb();
		await savePengaturan(db, custom);
		expect(await getPengaturan(db)).toEqual(custom);
	});

	it('whose weights do not sum to 100% are refused and the stored ones kept', async () => {
		const db = freshDb();
		await savePengaturan(db, custom);
		const bad = { ...custom, bobotIndeks: { anggaran: 20, fisik: 20, kinerja: 40, p3dn: 10 } };
		const error = await savePengaturan(db, bad).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidDocumentError);
		expect((error as InvalidDocumentError).issues.map((i) => i.message)).toContain(
			'err.bobotTotal'
		);
		expect(await getPengaturan(db)).toEqual(custom);
	});

	it('fall back to the defaults when the stored ones no longer validate', async () => {
		const db = freshDb();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const broken = { ...custom, zona: { hijau: 50, kuning: 76 } };
		await db.pengaturan.put({ id: PENGATURAN_ID, value: broken });
		expect(await getPengaturan(db)).toEqual(PENGATURAN_BAWAAN);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});
});
