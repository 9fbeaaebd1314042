/**
 * Trusting the device clock, or not. A phone whose battery ran flat may wake up a year behind, and
 * one set by hand may run a month ahead: its responses would land in the wrong triwulan. At every
 * sync the app measures how far the device clock is from the server's (`Date` header); between
 * syncs it decides from that measurement, the app's build time and the newest record it made what
 * time it is and whether the device clock is wrong. All times here are ms since the epoch.
 */
import { localTime } from './local-time';

/** Device clocks within this many minutes of the server count as right. */
export const THRESHOLD_MINUTES = 5;
const THRESHOLD_MS = THRESHOLD_MINUTES * 60_000;

/** A measurement whose round trip took longer than this says too little about the server's time. */
export const RTT_MAX_MS = 5_000;

/** A measurement older than this (device time) is no longer used to place records. */
export const MEASUREMENT_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

/** The server's clock minus the device's, as measured at one HTTP exchange. */
export interface ClockMeasurement {
	/** Server time minus device time, ms (positive: the device is behind). */
	selisihMs: number;
	/** Device time when measured. */
	diukurPada: number;
}

/**
 * The offset one exchange shows: the server wrote `Date` (whole seconds, so +0.5 s) about half a
 * round trip before the answer arrived. Null when the header is missing or unreadable or the
 * round trip was too slow (a long poll, a stalled network) to say anything within seconds.
 */
export function measureDifference(
	serverDate: string | null,
	dikirim: number,
	received: number
): ClockMeasurement | null {
	if (!serverDate) return null;
	const server = Date.parse(serverDate);
	const rtt = received - dikirim;
	if (!Number.isFinite(server) || rtt < 0 || rtt > RTT_MAX_MS) return null;
	return { selisihMs: Math.round(server + 500 + rtt / 2 - received), diukurPada: received };
}

/**
 * Whether a measurement still tells the time at device time `now`. Not when the device clock
 * has gone back since (it was set by hand), not after MEASUREMENT_MAX_AGE_MS, and, for a device that
 * was behind, not once it shows the time the server showed then: either it was set right (the
 * warning asks for that) or as much time has passed as the offset itself, and the two cannot be
 * told apart.
 */
export function measurementValid(size: ClockMeasurement, sekarang: number): boolean {
	const berlalu = sekarang - size.diukurPada;
	if (berlalu < -60_000 || berlalu > MEASUREMENT_MAX_AGE_MS) return false;
	return !(size.selisihMs > 0 && sekarang >= size.diukurPada + size.selisihMs);
}

/**
 * Where a clock's "wrong" comes from: the server's time at the last sync (the time is known), or
 * only a moment that has certainly passed: the server's time at an older sync, the app's build,
 * the newest record this device made.
 */
export const CLOCK_SOURCES = ['server', 'sinkron', 'aplikasi', 'rekaman'] as const;
export type ClockSource = (typeof CLOCK_SOURCES)[number];

export interface WrongClock {
	/**
	 * Device time minus the reference, whole minutes (negative: the device is behind). With a
	 * source other than `server` the device is at least this far behind.
	 */
	selisihMenit: number;
	sumber: ClockSource;
	/** The reference moment: the trusted time now (`server`) or the moment certainly passed. */
	acuan: number;
}

export interface ClockAssessment {
	/** The time to record: device time corrected by a valid measurement, else device time. */
	tepercaya: number;
	/** Set when the device clock is known to be off by more than THRESHOLD_MINUTES. */
	salah: WrongClock | null;
}

export interface ClockEvidence {
	/** Device time now. */
	sekarang: number;
	/** The last measurement against the server, if any. */
	ukuran: ClockMeasurement | null;
	/** When the running app was built. */
	waktuBuild: number | null;
	/** The latest time recorded on a record this device made. */
	rekamanTerbaru: number | null;
}

const minutes = (ms: number) => Math.round(ms / 60_000);

/** What time it is, and whether the device clock is off by more than the threshold. */
export function assessClock({
	sekarang: now,
	ukuran: size,
	waktuBuild,
	rekamanTerbaru
}: ClockEvidence): ClockAssessment {
	if (size && measurementValid(size, now)) {
		const tepercaya = now + size.selisihMs;
		const wrong =
			Math.abs(size.selisihMs) > THRESHOLD_MS
				? { selisihMenit: minutes(-size.selisihMs), sumber: 'server' as const, acuan: tepercaya }
				: null;
		return { tepercaya, salah: wrong };
	}
	const bottomLimit: [ClockSource, number | null][] = [
		['sinkron', size ? size.diukurPada + size.selisihMs : null],
		['aplikasi', waktuBuild],
		['rekaman', rekamanTerbaru]
	];
	let salah: WrongClock | null = null;
	for (const [source, acuan] of bottomLimit) {
		if (acuan === null || !Number.isFinite(acuan) || now >= acuan - THRESHOLD_MS) continue;
		if (!salah || acuan > salah.acuan)
			salah = { selisihMenit: minutes(now - acuan), sumber: source, acuan };
	}
	return { tepercaya: now, salah };
}

/** What a record made now carries: its waktu, and the flag when the device clock is wrong. */
export interface RecordTime {
	/** Trusted time in the device's time zone; the device's own reading when nothing better. */
	waktu: string;
	jamPerangkat?: { waktu: string; selisihMenit: number; sumber: ClockSource };
}

export function recordTime(bukti: ClockEvidence): RecordTime {
	const { tepercaya, salah: wrong } = assessClock(bukti);
	const time = localTime(new Date(wrong ? tepercaya : bukti.sekarang));
	if (!wrong) return { waktu: time };
	return {
		waktu: time,
		jamPerangkat: {
			waktu: localTime(new Date(bukti.sekarang)),
			selisihMenit: wrong.selisihMenit,
			sumber: wrong.sumber
		}
	};
}
