import { listIndikator, listPeriode, listPopulasi, listUnits } from '$lib/db/master';
import { getPengaturan } from '$lib/db/pengaturan';
import { realisasiForPeriode } from '$lib/db/realisasi';
import { responsesForPeriode, responsesForUnit } from '$lib/db/responses';
import { parsePeriodeId, periodeSebelumnya } from '$lib/domain/periode';
import type { Periode } from '$lib/domain/schemas';
import { live } from './live.svelte';
import { susunPeringkat, type RankingView } from './ranking';
import { susunSkm, susunSkmUnit, type SkmUnitDetail, type SkmView } from './skm';
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
	return live(periodeId, async (db, id): Promise<RankingView | null> => {
		if (!id) return null;
		const lalu = periodeSebelumnya(id);
		const tahun = parsePeriodeId(id).tahun;
		const tahunLalu = parsePeriodeId(lalu).tahun;
		const [units, indikatorKini, indikatorLalu, realisasiKini, realisasiLalu, pengaturan] =
			await Promise.all([
				listUnits(db),
				listIndikator(db, tahun),
				tahunLalu === tahun ? Promise.resolve([]) : listIndikator(db, tahunLalu),
				realisasiForPeriode(db, id),
				realisasiForPeriode(db, lalu),
				getPengaturan(db)
			]);
		return susunPeringkat({
			periodeId: id,
			units,
			indikator: [...indikatorKini, ...indikatorLalu],
			realisasiKini,
			realisasiLalu,
			pengaturan
		});
	});
}

export function skmFor(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<SkmView | null> => {
		if (!id) return null;
		const [units, responses, populasi, pengaturan] = await Promise.all([
			listUnits(db),
			responsesForPeriode(db, id).then((list) => terapkanKoreksi(db, list)),
			listPopulasi(db, id),
			getPengaturan(db)
		]);
		return susunSkm({ periodeId: id, units, responses, populasi, pengaturan });
	});
}

export function skmUnitFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }): Promise<SkmUnitDetail | null> => {
		if (!periodeId) return null;
		const [unit, responses, populasi, pengaturan] = await Promise.all([
			db.units.get(unitId),
			responsesForUnit(db, unitId, periodeId).then((list) => terapkanKoreksi(db, list)),
			listPopulasi(db, periodeId),
			getPengaturan(db)
		]);
		if (!unit) return null;
		const jumlah = populasi.find((p) => p.unitId === unitId)?.jumlah;
		return susunSkmUnit(unit, responses, jumlah, pengaturan);
	});
}

/** Index of one OPD across every triwulan of the year, for its trend. */
export function opdTrendFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }) => {
		if (!periodeId) return null;
		const periode = (await listPeriode(db))
			.filter((p) => p.tahun === parsePeriodeId(periodeId).tahun)
			.sort((a, b) => a.id.localeCompare(b.id));
		const views = await Promise.all(
			periode.map(async (p) => {
				const [units, indikator, realisasiKini, pengaturan] = await Promise.all([
					listUnits(db),
					listIndikator(db, p.tahun),
					realisasiForPeriode(db, p.id),
					getPengaturan(db)
				]);
				return susunPeringkat({
					periodeId: p.id,
					units,
					indikator,
					realisasiKini,
					realisasiLalu: [],
					pengaturan
				});
			})
		);
		return views.map((view) => {
			const row = view.rows.find((r) => r.unit.id === unitId);
			return {
				periodeId: view.periodeId,
				indeks: row?.hasil.indeks ?? null,
				peringkat: row?.baris.peringkat ?? null
			};
		});
	});
}
