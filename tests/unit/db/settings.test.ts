import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_ID, getSettings, putSettings } from '$lib/db/settings';
import { InvalidDocumentError } from '$lib/db/validate';
import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/schemas';
import { freshDb } from './factories';

const custom: Settings = {
	...DEFAULT_SETTINGS,
	bobotIndeks: { anggaran: 25, fisik: 25, kinerja: 40, p3dn: 10 },
	batasCapaian: 120,
	rumusNegatif: 'rasio'
};

describe('settings', () => {
	it('are the defaults when none are stored', async () => {
		const db = freshDb();
		const p = await getSettings(db);
		expect(p).toEqual(DEFAULT_SETTINGS);
		p.bobotIndeks.kinerja = 0;
		expect(DEFAULT_SETTINGS.bobotIndeks.kinerja).toBe(50);
	});

	it('are read back as saved', async () => {
		const db = freshDb();
		await putSettings(db, custom);
		expect(await getSettings(db)).toEqual(custom);
	});

	it('whose weights do not sum to 100% are refused and the stored ones kept', async () => {
		const db = freshDb();
		await putSettings(db, custom);
		const bad = { ...custom, bobotIndeks: { anggaran: 20, fisik: 20, kinerja: 40, p3dn: 10 } };
		const error = await putSettings(db, bad).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidDocumentError);
		expect((error as InvalidDocumentError).issues.map((i) => i.message)).toContain(
			'err.bobotTotal'
		);
		expect(await getSettings(db)).toEqual(custom);
	});

	it('fall back to the defaults when the stored ones no longer validate', async () => {
		const db = freshDb();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const broken = { ...custom, zona: { hijau: 50, kuning: 76 } };
		await db.pengaturan.put({ id: SETTINGS_ID, value: broken });
		expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});
});
