// Apart from bacaan.ts, which the ranking (the first screen) loads: the rakor figures bring the
// notes' schemas (zod) with them.
import type { RaporDb } from '$lib/db/schema';
import { susunDataRakor, type DataRakor } from '$lib/view/rakor';
import { bacaPeringkat, bacaPeringkatSetahun, bacaSkm } from './bacaan';

/** The meeting's figures for a triwulan as the device computes them now. */
export async function bacaDataRakor(db: RaporDb, periodeId: string): Promise<DataRakor> {
	const [ranking, skm, setahun] = await Promise.all([
		bacaPeringkat(db, periodeId),
		bacaSkm(db, periodeId),
		bacaPeringkatSetahun(db, periodeId)
	]);
	return susunDataRakor(ranking, skm, setahun);
}
