/**
 * What the ranking and SKM screens read from the device database, joined into views: plain async
 * functions, used inside live queries (views.svelte.ts, rakor.svelte.ts) and once-off (pinning
 * the figures for a rakor). Inside a liveQuery they subscribe to every table they read.
 */
import { listIndikator, listPeriode, listPopulasi, listUnits } from '$lib/db/master';
import { getSettings } from '$lib/db/settings';
import { realisasiForPeriode } from '$lib/db/realisasi';
import type { RaporDb } from '$lib/db/schema';
import { rekapForPeriode } from '$lib/db/skm-rekap';
import { parsePeriodeId, previousPeriode } from '$lib/domain/periode';
import { buildRanking, type RankingView } from '$lib/view/ranking';
import { buildSkmFromRekap, type SkmView } from '$lib/view/skm';

/** The ranking of a triwulan, with each OPD's movement since the one before. */
export async function readRanking(db: RaporDb, periodeId: string): Promise<RankingView> {
	const lalu = previousPeriode(periodeId);
	const year = parsePeriodeId(periodeId).tahun;
	const tahunLalu = parsePeriodeId(lalu).tahun;
	const [units, indikatorKini, indikatorLalu, realisasiKini, realisasiLalu, settings] =
		await Promise.all([
			listUnits(db),
			listIndikator(db, year),
			tahunLalu === year ? Promise.resolve([]) : listIndikator(db, tahunLalu),
			realisasiForPeriode(db, periodeId),
			realisasiForPeriode(db, lalu),
			getSettings(db)
		]);
	return buildRanking({
		periodeId,
		units,
		indikator: [...indikatorKini, ...indikatorLalu],
		realisasiKini,
		realisasiLalu,
		pengaturan: settings
	});
}

/**
 * The SKM of every service unit in a triwulan (voids left out, corrections applied), from the
 * stored rekap (db/skm-rekap.ts): one row per unit, whatever the number of responses.
 */
export async function readSkm(db: RaporDb, periodeId: string): Promise<SkmView> {
	const [units, rekap, populasi, settings] = await Promise.all([
		listUnits(db),
		rekapForPeriode(db, periodeId),
		listPopulasi(db, periodeId),
		getSettings(db)
	]);
	return buildSkmFromRekap({ periodeId, units, rekap, populasi, pengaturan: settings });
}

/** The ranking of every triwulan of the year of `periodeId`, in order, for trends. */
export async function readYearRankings(db: RaporDb, periodeId: string): Promise<RankingView[]> {
	const periode = (await listPeriode(db))
		.filter((p) => p.tahun === parsePeriodeId(periodeId).tahun)
		.sort((a, b) => a.id.localeCompare(b.id));
	return Promise.all(
		periode.map(async (p) => {
			const [units, indikator, realisasiKini, settings] = await Promise.all([
				listUnits(db),
				listIndikator(db, p.tahun),
				realisasiForPeriode(db, p.id),
				getSettings(db)
			]);
			return buildRanking({
				periodeId: p.id,
				units,
				indikator,
				realisasiKini,
				realisasiLalu: [],
				pengaturan: settings
			});
		})
	);
}
