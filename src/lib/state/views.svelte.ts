import { listPeriode, listPopulasi, listUnits } from '$lib/db/master';
import { getSettings } from '$lib/db/settings';
import { rekapForUnit } from '$lib/db/skm-rekap';
import { saranOfUnit } from '$lib/db/skm-saran';
import type { Periode } from '$lib/domain/schemas';
import { readRanking, readYearRankings, readSkm } from './reads';
import { live } from './live.svelte';
import { opdTrend, type RankingView } from '$lib/view/ranking';
import { buildSkmUnitFromRekap, type SkmUnitScreen, type SkmView } from '$lib/view/skm';

export function periodeList() {
	return live(
		() => null,
		async (db): Promise<Periode[]> => {
			return (await listPeriode(db)).sort((a, b) => a.id.localeCompare(b.id));
		}
	);
}

export function unitsLive() {
	return live(
		() => null,
		async (db) => (await listUnits(db)).sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
	);
}

export function rankingFor(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<RankingView | null> =>
		id ? readRanking(db, id) : null
	);
}

export function skmFor(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<SkmView | null> => (id ? readSkm(db, id) : null));
}

export function skmUnitFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }): Promise<SkmUnitScreen | null> => {
		if (!periodeId) return null;
		// Figures from the rekap; the newest saran (free text) and their count from an index.
		const [unit, rekap, saran, populasi, settings] = await Promise.all([
			db.units.get(unitId),
			rekapForUnit(db, unitId, periodeId),
			saranOfUnit(db, unitId, periodeId),
			listPopulasi(db, periodeId),
			getSettings(db)
		]);
		if (!unit) return null;
		const jumlah = populasi.find((p) => p.unitId === unitId)?.jumlah;
		const detail = buildSkmUnitFromRekap(unit, rekap, [], jumlah, settings);
		return { ...detail, periodeId, saran: saran.terbaru, jumlahSaran: saran.jumlah };
	});
}

/** Index of one OPD across every triwulan of the year, for its trend. */
export function opdTrendFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }) =>
		periodeId ? opdTrend(await readYearRankings(db, periodeId), unitId) : null
	);
}
