import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readClockMeasurement, META_CLOCK } from '$lib/db/clock';
import {
	hasPin,
	checkPin,
	getActiveKiosk,
	META_KIOSK_ACTIVE,
	META_KIOSK_PIN,
	setActiveKiosk,
	setPin
} from '$lib/db/kiosk';
import { getUser, setUser } from '$lib/db/device';
import { InvalidDocumentError } from '$lib/db/validate';
import { freshDb } from './factories';

describe('what the first page reads from the device, checked without zod', () => {
	it('a stored user is read back, and a broken one is treated as no user', async () => {
		const db = freshDb();
		expect(await getUser(db)).toBeNull();
		await setUser(db, { nama: 'Sari', peran: 'opd', unitIds: ['dinkes'] });
		expect(await getUser(db)).toEqual({ nama: 'Sari', peran: 'opd', unitIds: ['dinkes'] });
		for (const rusak of [
			{ nama: 'Sari', peran: 'opd', unitIds: [] },
			{ nama: ' ', peran: 'admin', unitIds: [] },
			{ nama: 'Sari', peran: 'camat', unitIds: [] },
			'Sari'
		]) {
			await db.meta.put({ key: 'pengguna', value: rusak });
			expect(await getUser(db)).toBeNull();
		}
	});

	it('saving an invalid user is still refused with the zod issues', async () => {
		const db = freshDb();
		const error = await setUser(db, { nama: 'Sari', peran: 'opd', unitIds: [] }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(InvalidDocumentError);
		expect((error as InvalidDocumentError).issues.map((i) => i.message)).toContain('err.unitOpd');
		expect(await getUser(db)).toBeNull();
	});

	it('a stored clock measurement is read back, and a broken one ignored', async () => {
		const db = freshDb();
		await db.meta.put({
			key: META_CLOCK,
			value: { selisihMs: -1500, diukurPada: 1_700_000_000_000 }
		});
		expect(await readClockMeasurement(db)).toEqual({
			selisihMs: -1500,
			diukurPada: 1_700_000_000_000
		});
		for (const rusak of [
			{ selisihMs: '5', diukurPada: 1 },
			{ selisihMs: Number.NaN, diukurPada: 1 },
			{ selisihMs: 1, diukurPada: Number.POSITIVE_INFINITY },
			{ selisihMs: 1 },
			null
		]) {
			await db.meta.put({ key: META_CLOCK, value: rusak });
			expect(await readClockMeasurement(db)).toBeNull();
		}
	});
});

describe('the kiosk state, checked without zod', () => {
	it('is read back as set, and a broken one leaves the device out of kiosk mode', async () => {
		const db = freshDb();
		const active = { unitId: 'dinkes', sejak: '2026-01-05T08:00:00+07:00', reset: 90, terima: 5 };
		await setActiveKiosk(db, active);
		expect(await getActiveKiosk(db)).toEqual(active);
		for (const rusak of [
			{ ...active, unitId: 'dinas kesehatan' },
			{ ...active, reset: 0 },
			{ ...active, reset: 3601 },
			{ ...active, terima: 1.5 },
			{ unitId: 'dinkes' },
			[active]
		]) {
			await db.meta.put({ key: META_KIOSK_ACTIVE, value: rusak });
			expect(await getActiveKiosk(db)).toBeNull();
			await expect(setActiveKiosk(db, rusak as never)).rejects.toThrow();
		}
	});

	it('drops unknown fields when setting, and a stored PIN of the wrong shape counts as no PIN', async () => {
		const db = freshDb();
		await setActiveKiosk(db, { unitId: 'dinkes', sejak: 'x', lain: 1 } as never);
		expect(await getActiveKiosk(db)).toEqual({ unitId: 'dinkes', sejak: 'x' });
		await db.meta.put({ key: META_KIOSK_PIN, value: { salt: 'pendek', hash: 'a'.repeat(64) } });
		expect(await hasPin(db)).toBe(false);
		expect(await setPin(db, '1234')).toBe(true);
		expect(await hasPin(db)).toBe(true);
		expect(await checkPin(db, '1234')).toBe(true);
		expect(await checkPin(db, '4321')).toBe(false);
	});
});
