// Apart from bacaan.ts, which the ranking (the first screen) loads: the rakor figures bring the
// notes' schemas (zod) with them.
import type { RaporDb } from '$lib/db/schema';
import { rtlForPeriode } from '$lib/db/tindak-lanjut';
import { buildRakorData, type RakorData } from '$lib/view/rakor';
import { readRanking, readYearRankings, readSkm } from './reads';

/**
 * The meeting's figures for a triwulan as the device computes them now, with the RTL of its SKM
 * (so figures pinned from them carry the RTL as they were).
 */
export async function readRakorData(db: RaporDb, periodeId: string): Promise<RakorData> {
	const [ranking, skm, setahun, rtl] = await Promise.all([
		readRanking(db, periodeId),
		readSkm(db, periodeId),
		readYearRankings(db, periodeId),
		rtlForPeriode(db, periodeId)
	]);
	return buildRakorData(ranking, skm, setahun, rtl);
}
