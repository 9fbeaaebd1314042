/**
 * The device clock on this page: what a record saved now carries (trusted time and the flag) and
 * what the warning before a survey shows. See src/lib/domain/clock.ts.
 */
import { version } from '$app/environment';
import { clockEvidence } from '$lib/db/clock';
import type { RaporDb } from '$lib/db/schema';
import { assessClock, recordTime, type ClockAssessment, type RecordTime } from '$lib/domain/clock';
import { live } from './live.svelte';

/** When this app was built: SvelteKit's default version name is the build's Date.now(). */
export function buildTime(): number | null {
	const ms = Number(version);
	return Number.isSafeInteger(ms) && ms > Date.parse('2020-01-01') ? ms : null;
}

/** The waktu (and, with a wrong clock, the flag) of a response or correction saved now. */
export async function saveTime(db: RaporDb): Promise<RecordTime> {
	return recordTime(await clockEvidence(db, buildTime()));
}

export interface ClockState extends ClockAssessment {
	/** The device time when judged. */
	sekarang: number;
}

/** The clock as judged now; judged again after each sync measurement and each saved response. */
export function clockLive() {
	return live(
		() => null,
		async (db): Promise<ClockState> => {
			const bukti = await clockEvidence(db, buildTime());
			return { ...assessClock(bukti), sekarang: bukti.sekarang };
		}
	);
}
