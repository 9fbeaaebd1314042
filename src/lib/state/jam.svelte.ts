/**
 * The device clock on this page: what a record saved now carries (trusted time and the flag) and
 * what the warning before a survey shows. See src/lib/domain/jam.ts.
 */
import { version } from '$app/environment';
import { buktiJam } from '$lib/db/jam';
import type { RaporDb } from '$lib/db/schema';
import { nilaiJam, waktuRekaman, type PenilaianJam, type WaktuRekaman } from '$lib/domain/jam';
import { live } from './live.svelte';

/** When this app was built: SvelteKit's default version name is the build's Date.now(). */
export function waktuBuild(): number | null {
	const ms = Number(version);
	return Number.isSafeInteger(ms) && ms > Date.parse('2020-01-01') ? ms : null;
}

/** The waktu (and, with a wrong clock, the flag) of a response or correction saved now. */
export async function waktuSimpan(db: RaporDb): Promise<WaktuRekaman> {
	return waktuRekaman(await buktiJam(db, waktuBuild()));
}

export interface KeadaanJam extends PenilaianJam {
	/** The device time when judged. */
	sekarang: number;
}

/** The clock as judged now; judged again after each sync measurement and each saved response. */
export function jamLive() {
	return live(
		() => null,
		async (db): Promise<KeadaanJam> => {
			const bukti = await buktiJam(db, waktuBuild());
			return { ...nilaiJam(bukti), sekarang: bukti.sekarang };
		}
	);
}
