import type { Populasi } from '$lib/domain/schemas';
import { compare, derivedId, type MasterFormat } from './format';

/**
 * Number of service users of a unit in a triwulan (the N of the Krejcie & Morgan table), one per
 * row:
 *   unit_id,periode,jumlah
 * A unit has one number per period: a row updates the stored one of its unit and period.
 */
export const POPULASI_COLUMNS = ['unit_id', 'periode', 'jumlah'] as const;
type PopulasiColumn = (typeof POPULASI_COLUMNS)[number];

export const populasiIdFrom = (unitId: string, periodeId: string) =>
	derivedId('pop', unitId, periodeId);

export const FORMAT_POPULASI: MasterFormat<Populasi, PopulasiColumn> = {
	jenis: 'populasi',
	kolom: POPULASI_COLUMNS,
	kolomField: { unitId: 'unit_id', periodeId: 'periode', jumlah: 'jumlah' },
	baca(r) {
		const unitId = r.id('unit_id', true);
		const periodeId = r.periode('periode');
		const count = r.jumlah('jumlah');
		if (!unitId || periodeId === undefined || count === undefined) return undefined;
		return { id: '', unitId, periodeId, jumlah: count };
	},
	tulis: (p) => [p.unitId, p.periodeId, p.jumlah],
	contoh: ['kel-sukamaju', '2026-TW1', 4800],
	kunci: (p) => `${p.unitId}\u0000${p.periodeId}`,
	kolomKunci: 'unit_id + periode',
	idBaru: (p) => populasiIdFrom(p.unitId, p.periodeId),
	periksa(p, { unitIds, periodeIds }) {
		const errors: ReturnType<MasterFormat<Populasi>['periksa']> = [];
		if (!unitIds.has(p.unitId)) {
			errors.push({ column: 'unit_id', key: 'master.unitTidakAda', value: p.unitId });
		}
		if (!periodeIds.has(p.periodeId)) {
			errors.push({ column: 'periode', key: 'master.periodeTidakAda', value: p.periodeId });
		}
		return errors;
	},
	urut: (a, b) => compare(a.periodeId, b.periodeId) || compare(a.unitId, b.unitId)
};
