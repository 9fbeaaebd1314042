import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	THRESHOLD_MINUTES,
	assessClock,
	RTT_MAX_MS,
	MEASUREMENT_MAX_AGE_MS,
	measurementValid,
	measureDifference,
	recordTime,
	type ClockMeasurement
} from '../../../src/lib/domain/clock';
import { periodeFromTime } from '../../../src/lib/domain/periode';
import { deviceClockSchema } from '../../../src/lib/domain/schemas';

const MENIT = 60_000;
const HARI = 24 * 60 * MENIT;
const SERVER = Date.parse('2026-12-06T07:55:00Z');
const httpDate = (ms: number) => new Date(ms).toUTCString();

describe('measuring the device clock against the server Date header', () => {
	it('takes half the round trip and the half second the header drops into account', () => {
		const u = measureDifference(
			httpDate(SERVER),
			SERVER - 365 * HARI - 1000,
			SERVER - 365 * HARI + 1000
		);
		expect(u).toEqual({ selisihMs: 365 * HARI + 500, diukurPada: SERVER - 365 * HARI + 1000 });
	});

	it('measures within the header resolution plus half the round trip, whatever the offset', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -400 * HARI, max: 400 * HARI }),
				fc.integer({ min: 0, max: RTT_MAX_MS }),
				fc.integer({ min: 0, max: 1000 }),
				(selisih, rtt, posisi) => {
					// The server answers at some moment inside the round trip.
					const dikirim = SERVER - selisih;
					const dijawab = SERVER + Math.floor((rtt * posisi) / 1000);
					const u = measureDifference(httpDate(dijawab), dikirim, dikirim + rtt)!;
					expect(Math.abs(u.selisihMs - selisih)).toBeLessThanOrEqual(rtt / 2 + 1000);
				}
			)
		);
	});

	it('ignores a slow round trip, a missing or unreadable header and a clock that went back', () => {
		expect(measureDifference(httpDate(SERVER), SERVER, SERVER + RTT_MAX_MS + 1)).toBeNull();
		expect(measureDifference(null, SERVER, SERVER + 10)).toBeNull();
		expect(measureDifference('kemarin', SERVER, SERVER + 10)).toBeNull();
		expect(measureDifference(httpDate(SERVER), SERVER, SERVER - 10)).toBeNull();
	});
});

describe('when a measurement still tells the time', () => {
	const setahunMundur: ClockMeasurement = {
		selisihMs: 365 * HARI,
		diukurPada: SERVER - 365 * HARI
	};
	const sebulanMaju: ClockMeasurement = { selisihMs: -30 * HARI, diukurPada: SERVER + 30 * HARI };

	it('holds while the device clock runs on from the measurement', () => {
		expect(measurementValid(setahunMundur, setahunMundur.diukurPada + 3 * 60 * MENIT)).toBe(true);
		expect(measurementValid(sebulanMaju, sebulanMaju.diukurPada + 2 * HARI)).toBe(true);
	});

	it('no longer holds once the clock was set back, or after a week', () => {
		expect(measurementValid(sebulanMaju, SERVER + HARI)).toBe(false);
		expect(measurementValid(sebulanMaju, sebulanMaju.diukurPada + MEASUREMENT_MAX_AGE_MS + 1)).toBe(
			false
		);
	});

	it('no longer holds once a clock that was behind shows the server time of the measurement', () => {
		// The enumerator set the clock right after the warning: the old offset must not be added.
		expect(measurementValid(setahunMundur, SERVER + 10 * MENIT)).toBe(false);
		const sejamMundur: ClockMeasurement = {
			selisihMs: 60 * MENIT,
			diukurPada: SERVER - 60 * MENIT
		};
		expect(measurementValid(sejamMundur, SERVER + MENIT)).toBe(false);
	});
});

describe('the trusted time and a wrong device clock', () => {
	const tanpaBukti = { ukuran: null, waktuBuild: null, rekamanTerbaru: null };

	it('trusts the device clock when nothing says otherwise', () => {
		expect(assessClock({ sekarang: SERVER, ...tanpaBukti })).toEqual({
			tepercaya: SERVER,
			salah: null
		});
	});

	it('corrects by a valid measurement and flags the clock only beyond the threshold', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -60 * HARI, max: 60 * HARI }),
				fc.integer({ min: 0, max: 6 * HARI }),
				(selisih, berlalu) => {
					const ukuran = { selisihMs: selisih, diukurPada: SERVER - selisih };
					const sekarang = ukuran.diukurPada + berlalu;
					fc.pre(measurementValid(ukuran, sekarang));
					const p = assessClock({ ...tanpaBukti, sekarang, ukuran });
					expect(p.tepercaya).toBe(SERVER + berlalu);
					expect(p.salah !== null).toBe(Math.abs(selisih) > THRESHOLD_MINUTES * MENIT);
					if (p.salah) {
						expect(p.salah.sumber).toBe('server');
						expect(p.salah.selisihMenit).toBe(Math.round(-selisih / MENIT));
					}
				}
			)
		);
	});

	it('knows a clock is behind without a measurement when it shows a time before the app was built', () => {
		const p = assessClock({
			...tanpaBukti,
			sekarang: SERVER - 365 * HARI,
			waktuBuild: SERVER - HARI
		});
		expect(p.tepercaya).toBe(SERVER - 365 * HARI);
		expect(p.salah).toEqual({
			selisihMenit: -364 * 24 * 60,
			sumber: 'aplikasi',
			acuan: SERVER - HARI
		});
	});

	it('takes the latest moment certainly passed: a record made here, an earlier sync, the build', () => {
		const ukuranLama = { selisihMs: 0, diukurPada: SERVER - 30 * HARI };
		const p = assessClock({
			sekarang: SERVER - 365 * HARI,
			ukuran: ukuranLama,
			waktuBuild: SERVER - 60 * HARI,
			rekamanTerbaru: SERVER - 2 * HARI
		});
		expect(p.salah?.sumber).toBe('rekaman');
		expect(p.salah?.selisihMenit).toBe(-363 * 24 * 60);
	});

	it('never flags a device clock at or after every moment known to have passed', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 400 * HARI }),
				fc.integer({ min: 0, max: 400 * HARI }),
				fc.integer({ min: 0, max: 400 * HARI }),
				(a, b, c) => {
					const sekarang = SERVER;
					const p = assessClock({
						sekarang,
						ukuran: { selisihMs: 0, diukurPada: SERVER - MEASUREMENT_MAX_AGE_MS - a },
						waktuBuild: SERVER - b,
						rekamanTerbaru: SERVER - c
					});
					expect(p.salah).toBeNull();
				}
			)
		);
	});
});

describe('what a response records', () => {
	it('files a response of a phone a year behind into the server triwulan, keeping the device time', () => {
		const sekarang = Date.parse('2025-12-06T07:55:00Z');
		const r = recordTime({
			sekarang,
			ukuran: { selisihMs: SERVER - sekarang, diukurPada: sekarang },
			waktuBuild: null,
			rekamanTerbaru: null
		});
		expect(Date.parse(r.waktu)).toBe(SERVER);
		expect(periodeFromTime(r.waktu)).toBe('2026-TW4');
		expect(Date.parse(r.jamPerangkat!.waktu)).toBe(sekarang);
		expect(r.jamPerangkat!.sumber).toBe('server');
		expect(deviceClockSchema.safeParse(r.jamPerangkat).success).toBe(true);
	});

	it('adds nothing when the clock is right', () => {
		const r = recordTime({
			sekarang: SERVER,
			ukuran: { selisihMs: 2000, diukurPada: SERVER - MENIT },
			waktuBuild: SERVER - HARI,
			rekamanTerbaru: SERVER - MENIT
		});
		expect(r.jamPerangkat).toBeUndefined();
		expect(Date.parse(r.waktu)).toBe(SERVER);
	});
});
