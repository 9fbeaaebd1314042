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

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SERVER = Date.parse('2026-12-06T07:55:00Z');
const httpDate = (ms: number) => new Date(ms).toUTCString();

describe('measuring the device clock against the server Date header', () => {
	it('takes half the round trip and the half second the header drops into account', () => {
		const u = measureDifference(
			httpDate(SERVER),
			SERVER - 365 * DAY - 1000,
			SERVER - 365 * DAY + 1000
		);
		expect(u).toEqual({ selisihMs: 365 * DAY + 500, diukurPada: SERVER - 365 * DAY + 1000 });
	});

	it('measures within the header resolution plus half the round trip, whatever the offset', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -400 * DAY, max: 400 * DAY }),
				fc.integer({ min: 0, max: RTT_MAX_MS }),
				fc.integer({ min: 0, max: 1000 }),
				(difference, rtt, position) => {
					// The server answers at some moment inside the round trip.
					const dikirim = SERVER - difference;
					const dijawab = SERVER + Math.floor((rtt * position) / 1000);
					const u = measureDifference(httpDate(dijawab), dikirim, dikirim + rtt)!;
					expect(Math.abs(u.selisihMs - difference)).toBeLessThanOrEqual(rtt / 2 + 1000);
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
	const yearBehind: ClockMeasurement = {
		selisihMs: 365 * DAY,
		diukurPada: SERVER - 365 * DAY
	};
	const monthAhead: ClockMeasurement = { selisihMs: -30 * DAY, diukurPada: SERVER + 30 * DAY };

	it('holds while the device clock runs on from the measurement', () => {
		expect(measurementValid(yearBehind, yearBehind.diukurPada + 3 * 60 * MINUTE)).toBe(true);
		expect(measurementValid(monthAhead, monthAhead.diukurPada + 2 * DAY)).toBe(true);
	});

	it('no longer holds once the clock was set back, or after a week', () => {
		expect(measurementValid(monthAhead, SERVER + DAY)).toBe(false);
		expect(measurementValid(monthAhead, monthAhead.diukurPada + MEASUREMENT_MAX_AGE_MS + 1)).toBe(
			false
		);
	});

	it('no longer holds once a clock that was behind shows the server time of the measurement', () => {
		// The enumerator set the clock right after the warning: the old offset must not be added.
		expect(measurementValid(yearBehind, SERVER + 10 * MINUTE)).toBe(false);
		const sejamMundur: ClockMeasurement = {
			selisihMs: 60 * MINUTE,
			diukurPada: SERVER - 60 * MINUTE
		};
		expect(measurementValid(sejamMundur, SERVER + MINUTE)).toBe(false);
	});
});

describe('the trusted time and a wrong device clock', () => {
	const withoutEvidence = { ukuran: null, waktuBuild: null, rekamanTerbaru: null };

	it('trusts the device clock when nothing says otherwise', () => {
		expect(assessClock({ sekarang: SERVER, ...withoutEvidence })).toEqual({
			tepercaya: SERVER,
			salah: null
		});
	});

	it('corrects by a valid measurement and flags the clock only beyond the threshold', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -60 * DAY, max: 60 * DAY }),
				fc.integer({ min: 0, max: 6 * DAY }),
				(difference, berlalu) => {
					const size = { selisihMs: difference, diukurPada: SERVER - difference };
					const now = size.diukurPada + berlalu;
					fc.pre(measurementValid(size, now));
					const p = assessClock({ ...withoutEvidence, sekarang: now, ukuran: size });
					expect(p.tepercaya).toBe(SERVER + berlalu);
					expect(p.salah !== null).toBe(Math.abs(difference) > THRESHOLD_MINUTES * MINUTE);
					if (p.salah) {
						expect(p.salah.sumber).toBe('server');
						expect(p.salah.selisihMenit).toBe(Math.round(-difference / MINUTE));
					}
				}
			)
		);
	});

	it('knows a clock is behind without a measurement when it shows a time before the app was built', () => {
		const p = assessClock({
			...withoutEvidence,
			sekarang: SERVER - 365 * DAY,
			waktuBuild: SERVER - DAY
		});
		expect(p.tepercaya).toBe(SERVER - 365 * DAY);
		expect(p.salah).toEqual({
			selisihMenit: -364 * 24 * 60,
			sumber: 'aplikasi',
			acuan: SERVER - DAY
		});
	});

	it('takes the latest moment certainly passed: a record made here, an earlier sync, the build', () => {
		const oldSize = { selisihMs: 0, diukurPada: SERVER - 30 * DAY };
		const p = assessClock({
			sekarang: SERVER - 365 * DAY,
			ukuran: oldSize,
			waktuBuild: SERVER - 60 * DAY,
			rekamanTerbaru: SERVER - 2 * DAY
		});
		expect(p.salah?.sumber).toBe('rekaman');
		expect(p.salah?.selisihMenit).toBe(-363 * 24 * 60);
	});

	it('never flags a device clock at or after every moment known to have passed', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 400 * DAY }),
				fc.integer({ min: 0, max: 400 * DAY }),
				fc.integer({ min: 0, max: 400 * DAY }),
				(a, b, c) => {
					const now = SERVER;
					const p = assessClock({
						sekarang: now,
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
		const now = Date.parse('2025-12-06T07:55:00Z');
		const r = recordTime({
			sekarang: now,
			ukuran: { selisihMs: SERVER - now, diukurPada: now },
			waktuBuild: null,
			rekamanTerbaru: null
		});
		expect(Date.parse(r.waktu)).toBe(SERVER);
		expect(periodeFromTime(r.waktu)).toBe('2026-TW4');
		expect(Date.parse(r.jamPerangkat!.waktu)).toBe(now);
		expect(r.jamPerangkat!.sumber).toBe('server');
		expect(deviceClockSchema.safeParse(r.jamPerangkat).success).toBe(true);
	});

	it('adds nothing when the clock is right', () => {
		const r = recordTime({
			sekarang: SERVER,
			ukuran: { selisihMs: 2000, diukurPada: SERVER - MINUTE },
			waktuBuild: SERVER - DAY,
			rekamanTerbaru: SERVER - MINUTE
		});
		expect(r.jamPerangkat).toBeUndefined();
		expect(Date.parse(r.waktu)).toBe(SERVER);
	});
});
