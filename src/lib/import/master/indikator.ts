import type { Indikator } from '$lib/domain/schemas';
import { indikatorIdFrom, nameKey, fingerprint } from '../ids';
import { compare, derivedId, type MasterFormat } from './format';

/**
 * Program performance indicators of an OPD for one year, one per row:
 *   id,unit_id,tahun,nama,satuan,polaritas,target_tw1,target_tw2,target_tw3,target_tw4
 * Targets are cumulative to the end of each triwulan, numbers ≥ 0 or blank (no target that
 * triwulan). `polaritas`: positif (higher is better) or negatif (lower is better); also + / -.
 * A blank `id` updates the OPD's stored indicator of the same year and name, or makes a new code.
 */
export const TARGET_COLUMNS = ['target_tw1', 'target_tw2', 'target_tw3', 'target_tw4'] as const;
export const INDIKATOR_COLUMNS = [
	'id',
	'unit_id',
	'tahun',
	'nama',
	'satuan',
	'polaritas',
	...TARGET_COLUMNS
] as const;
type IndikatorColumn = (typeof INDIKATOR_COLUMNS)[number];

/** Limits of indikatorSchema. */
const NAME_MAX = 300;
const MEASURE_UNIT_MAX = 40;

/** The id the realisation import derives too, so both imports name an indicator alike. */
function newIndikatorId(i: Indikator): string {
	const id = indikatorIdFrom(i.unitId, i.tahun, i.nama);
	return id.length <= 128
		? id
		: derivedId('ind', fingerprint(i.unitId), String(i.tahun), fingerprint(id));
}

export const FORMAT_INDIKATOR: MasterFormat<Indikator, IndikatorColumn> = {
	jenis: 'indikator',
	kolom: INDIKATOR_COLUMNS,
	kolomId: 'id',
	kolomField: {
		id: 'id',
		unitId: 'unit_id',
		tahun: 'tahun',
		nama: 'nama',
		satuan: 'satuan',
		polaritas: 'polaritas',
		'target.0': 'target_tw1',
		'target.1': 'target_tw2',
		'target.2': 'target_tw3',
		'target.3': 'target_tw4'
	},
	baca(r) {
		const id = r.id('id', false);
		const unitId = r.id('unit_id', true);
		const year = r.tahun('tahun');
		const name = r.teksWajib('nama', NAME_MAX);
		const satuan = r.teksWajib('satuan', MEASURE_UNIT_MAX);
		const polaritas = r.polaritas('polaritas');
		const target = TARGET_COLUMNS.map((k) => r.angkaNonNegatif(k));
		if (
			id === undefined ||
			!unitId ||
			year === undefined ||
			name === undefined ||
			satuan === undefined ||
			polaritas === undefined
		) {
			return undefined;
		}
		const [t1, t2, t3, t4] = target;
		if (t1 === undefined || t2 === undefined || t3 === undefined || t4 === undefined) {
			return undefined;
		}
		return {
			id: id ?? '',
			unitId,
			tahun: year,
			nama: name,
			satuan,
			polaritas,
			target: [t1, t2, t3, t4]
		};
	},
	tulis: (i) => [i.id, i.unitId, i.tahun, i.nama, i.satuan, i.polaritas, ...i.target],
	contoh: ['', 'dinkes', 2026, 'Persentase balita stunting', '%', 'negatif', 14.5, 14, 13.5, 13],
	kunci: (i) => `${i.unitId}\u0000${i.tahun}\u0000${nameKey(i.nama)}`,
	kolomKunci: 'unit_id + tahun + nama',
	idBaru: newIndikatorId,
	periksa(i, { unitIds, tahun: year }) {
		const errors: ReturnType<MasterFormat<Indikator>['periksa']> = [];
		if (!unitIds.has(i.unitId)) {
			errors.push({ column: 'unit_id', key: 'master.unitTidakAda', value: i.unitId });
		}
		if (!year.has(i.tahun)) {
			errors.push({ column: 'tahun', key: 'master.tahunTanpaPeriode', value: String(i.tahun) });
		}
		return errors;
	},
	urut: (a, b) => a.tahun - b.tahun || compare(a.unitId, b.unitId) || compare(a.nama, b.nama)
};
