/** Live master data for the admin screens. Queries only read (see live()). */
import { listPeriode } from '$lib/db/master';
import type { Indikator, JenisLayanan, Periode, Populasi, Unit } from '$lib/domain/schemas';
import { compare } from '$lib/import/master/format';
import { live } from './live.svelte';

export function unitsAdminLive() {
	return live(
		() => null,
		(db): Promise<Unit[]> => db.units.toArray()
	);
}

export function periodeAdminLive() {
	return live(
		() => null,
		async (db): Promise<Periode[]> => (await listPeriode(db)).sort((a, b) => compare(a.id, b.id))
	);
}

export function jenisLayananLive(unitId: () => string | null) {
	return live(unitId, async (db, id): Promise<JenisLayanan[]> => {
		if (!id) return [];
		const list = await db.jenisLayanan.where('unitId').equals(id).toArray();
		return list.sort((a, b) => compare(a.nama, b.nama));
	});
}

export function populasiLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<Populasi[]> => {
		if (!id) return [];
		return db.populasi.where('periodeId').equals(id).toArray();
	});
}

export function indikatorAdminLive(args: () => { tahun: number | null; unitId: string | null }) {
	return live(args, async (db, { tahun: year, unitId }): Promise<Indikator[]> => {
		if (year === null || !unitId) return [];
		const list = await db.indikator.where('[unitId+tahun]').equals([unitId, year]).toArray();
		return list.sort((a, b) => compare(a.nama, b.nama));
	});
}

export interface MasterSummary {
	unit: number;
	jenisLayanan: number;
	populasi: number;
	indikator: number;
	periode: number;
}

export function masterSummaryLive() {
	return live(
		() => null,
		async (db): Promise<MasterSummary> => {
			const [unit, jenisLayanan, populasi, indikator, periode] = await Promise.all([
				db.units.count(),
				db.jenisLayanan.count(),
				db.populasi.count(),
				db.indikator.count(),
				db.periode.count()
			]);
			return { unit, jenisLayanan, populasi, indikator, periode };
		}
	);
}
