// Apart from bacaan.ts, which the ranking (the first screen) loads: the rakor figures bring the
// notes' schemas (zod) with them.
import type { RaporDb } from '$lib/db/schema';
import { buildRakorData, type RakorData } from '$lib/view/rakor';
import { readRanking, readYearRankings, readSkm } from './reads';

/** The meeting's figures for a triwulan as the device computes them now. */
export async function readRakorData(db: RaporDb, periodeId: string): Promise<RakorData> {
	const [ranking, skm, setahun] = await Promise.all([
		readRanking(db, periodeId),
		readSkm(db, periodeId),
		readYearRankings(db, periodeId)
	]);
	return buildRakorData(ranking, skm, setahun);
}
