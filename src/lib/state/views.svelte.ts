import { listPeriode, listPopulasi, listUnits } from '$lib/db/master';
import { getPengaturan } from '$lib/db/pengaturan';
import { responsesForUnit } from '$lib/db/responses';
import { rekapForUnit } from '$lib/db/skm-rekap';
import type { Periode } from '$lib/domain/schemas';
import { bacaPeringkat, bacaPeringkatSetahun, bacaSkm } from './bacaan';
import { live } from './live.svelte';
import { trenOpd, type RankingView } from './ranking';
import { susunSkmUnitDariRekap, type SkmUnitDetail, type SkmView } from './skm';
import { terapkanKoreksi } from './survei-koreksi';

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
		id ? bacaPeringkat(db, id) : null
	);
}

export function skmFor(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<SkmView | null> => (id ? bacaSkm(db, id) : null));
}

export function skmUnitFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }): Promise<SkmUnitDetail | null> => {
		if (!periodeId) return null;
		// Figures from the rekap; the saran (free text) from this unit's responses, by index.
		const [unit, rekap, responses, populasi, pengaturan] = await Promise.all([
			db.units.get(unitId),
			rekapForUnit(db, unitId, periodeId),
			responsesForUnit(db, unitId, periodeId).then((list) => terapkanKoreksi(db, list)),
			listPopulasi(db, periodeId),
			getPengaturan(db)
		]);
		if (!unit) return null;
		const jumlah = populasi.find((p) => p.unitId === unitId)?.jumlah;
		return susunSkmUnitDariRekap(unit, rekap, responses, jumlah, pengaturan);
	});
}

/** Index of one OPD across every triwulan of the year, for its trend. */
export function opdTrendFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }) =>
		periodeId ? trenOpd(await bacaPeringkatSetahun(db, periodeId), unitId) : null
	);
}
