import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	AMBANG_MENIT,
	nilaiJam,
	RTT_MAKS_MS,
	UMUR_UKURAN_MAKS_MS,
	ukuranBerlaku,
	ukurSelisih,
	waktuRekaman,
	type UkuranJam
} from '../../../src/lib/domain/jam';
import { periodeDariWaktu } from '../../../src/lib/domain/periode';
import { jamPerangkatSchema } from '../../../src/lib/domain/schemas';

const MENIT = 60_000;
const HARI = 24 * 60 * MENIT;
const SERVER = Date.parse('2026-12-06T07:55:00Z');
const httpDate = (ms: number) => new Date(ms).toUTCString();

describe('measuring the device clock against the server Date header', () => {
	it('takes half the round trip and the half second the header drops into account', () => {
		const u = ukurSelisih(httpDate(SERVER), SERVER - 365 * HARI - 1000, SERVER - 365 * HARI + 1000);
		expect(u).toEqual({ selisihMs: 365 * HARI + 500, diukurPada: SERVER - 365 * HARI + 1000 });
	});

	it('measures within the header resolution plus half the round trip, whatever the offset', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -400 * HARI, max: 400 * HARI }),
				fc.integer({ min: 0, max: RTT_MAKS_MS }),
				fc.integer({ min: 0, max: 1000 }),
				(selisih, rtt, posisi) => {
					// The server answers at some moment inside the round trip.
					const dikirim = SERVER - selisih;
					const dijawab = SERVER + Math.floor((rtt * posisi) / 1000);
					const u = ukurSelisih(httpDate(dijawab), dikirim, dikirim + rtt)!;
					expect(Math.abs(u.selisihMs - selisih)).toBeLessThanOrEqual(rtt / 2 + 1000);
				}
			)
		);
	});

	it('ignores a slow round trip, a missing or unreadable header and a clock that went back', () => {
		expect(ukurSelisih(httpDate(SERVER), SERVER, SERVER + RTT_MAKS_MS + 1)).toBeNull();
		expect(ukurSelisih(null, SERVER, SERVER + 10)).toBeNull();
		expect(ukurSelisih('kemarin', SERVER, SERVER + 10)).toBeNull();
		expect(ukurSelisih(httpDate(SERVER), SERVER, SERVER - 10)).toBeNull();
	});
});

describe('when a measurement still tells the time', () => {
	const setahunMundur: UkuranJam = { selisihMs: 365 * HARI, diukurPada: SERVER - 365 * HARI };
	const sebulanMaju: UkuranJam = { selisihMs: -30 * HARI, diukurPada: SERVER + 30 * HARI };

	it('holds while the device clock runs on from the measurement', () => {
		expect(ukuranBerlaku(setahunMundur, setahunMundur.diukurPada + 3 * 60 * MENIT)).toBe(true);
		expect(ukuranBerlaku(sebulanMaju, sebulanMaju.diukurPada + 2 * HARI)).toBe(true);
	});

	it('no longer holds once the clock was set back, or after a week', () => {
		expect(ukuranBerlaku(sebulanMaju, SERVER + HARI)).toBe(false);
		expect(ukuranBerlaku(sebulanMaju, sebulanMaju.diukurPada + UMUR_UKURAN_MAKS_MS + 1)).toBe(
			false
		);
	});

	it('no longer holds once a clock that was behind shows the server time of the measurement', () => {
		// The enumerator set the clock right after the warning: the old offset must not be added.
		expect(ukuranBerlaku(setahunMundur, SERVER + 10 * MENIT)).toBe(false);
		const sejamMundur: UkuranJam = { selisihMs: 60 * MENIT, diukurPada: SERVER - 60 * MENIT };
		expect(ukuranBerlaku(sejamMundur, SERVER + MENIT)).toBe(false);
	});
});

describe('the trusted time and a wrong device clock', () => {
	const tanpaBukti = { ukuran: null, waktuBuild: null, rekamanTerbaru: null };

	it('trusts the device clock when nothing says otherwise', () => {
		expect(nilaiJam({ sekarang: SERVER, ...tanpaBukti })).toEqual({
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
					fc.pre(ukuranBerlaku(ukuran, sekarang));
					const p = nilaiJam({ ...tanpaBukti, sekarang, ukuran });
					expect(p.tepercaya).toBe(SERVER + berlalu);
					expect(p.salah !== null).toBe(Math.abs(selisih) > AMBANG_MENIT * MENIT);
					if (p.salah) {
						expect(p.salah.sumber).toBe('server');
						expect(p.salah.selisihMenit).toBe(Math.round(-selisih / MENIT));
					}
				}
			)
		);
	});

	it('knows a clock is behind without a measurement when it shows a time before the app was built', () => {
		const p = nilaiJam({ ...tanpaBukti, sekarang: SERVER - 365 * HARI, waktuBuild: SERVER - HARI });
		expect(p.tepercaya).toBe(SERVER - 365 * HARI);
		expect(p.salah).toEqual({
			selisihMenit: -364 * 24 * 60,
			sumber: 'aplikasi',
			acuan: SERVER - HARI
		});
	});

	it('takes the latest moment certainly passed: a record made here, an earlier sync, the build', () => {
		const ukuranLama = { selisihMs: 0, diukurPada: SERVER - 30 * HARI };
		const p = nilaiJam({
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
					const p = nilaiJam({
						sekarang,
						ukuran: { selisihMs: 0, diukurPada: SERVER - UMUR_UKURAN_MAKS_MS - a },
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
		const r = waktuRekaman({
			sekarang,
			ukuran: { selisihMs: SERVER - sekarang, diukurPada: sekarang },
			waktuBuild: null,
			rekamanTerbaru: null
		});
		expect(Date.parse(r.waktu)).toBe(SERVER);
		expect(periodeDariWaktu(r.waktu)).toBe('2026-TW4');
		expect(Date.parse(r.jamPerangkat!.waktu)).toBe(sekarang);
		expect(r.jamPerangkat!.sumber).toBe('server');
		expect(jamPerangkatSchema.safeParse(r.jamPerangkat).success).toBe(true);
	});

	it('adds nothing when the clock is right', () => {
		const r = waktuRekaman({
			sekarang: SERVER,
			ukuran: { selisihMs: 2000, diukurPada: SERVER - MENIT },
			waktuBuild: SERVER - HARI,
			rekamanTerbaru: SERVER - MENIT
		});
		expect(r.jamPerangkat).toBeUndefined();
		expect(Date.parse(r.waktu)).toBe(SERVER);
	});
});
