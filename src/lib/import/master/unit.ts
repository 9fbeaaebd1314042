import { UNIT_KINDS, type Unit } from '$lib/domain/schemas';
import { writeYesNo } from './cells';
import type { MasterImportError } from './errors';
import { compare, type MasterRow, type MasterFormat } from './format';

/**
 * Units (OPD, badan, kecamatan, kelurahan, puskesmas, …), one per row:
 *   id,nama,singkatan,jenis,induk_id,dinilai_indeks,layanan_skm
 * `induk_id` is the parent's id (a kelurahan's kecamatan), blank for a top-level unit; it must
 * be a unit of the same file or already on the device.
 */
export const UNIT_COLUMNS = [
	'id',
	'nama',
	'singkatan',
	'jenis',
	'induk_id',
	'dinilai_indeks',
	'layanan_skm'
] as const;
type UnitColumn = (typeof UNIT_COLUMNS)[number];

/** Limits of unitSchema. */
const NAME_MAX = 200;
const ABBREVIATION_MAX = 40;

/** The circle a unit's chain of parents runs into, when it comes back to the unit itself. */
function cycle(id: string, gabungan: ReadonlyMap<string, Unit>): string[] | null {
	const jalan = [id];
	let parent = gabungan.get(id)?.indukId;
	while (parent !== undefined) {
		if (parent === id) return [...jalan, id];
		if (jalan.includes(parent)) return null; // a circle that does not pass through this unit
		jalan.push(parent);
		parent = gabungan.get(parent)?.indukId;
	}
	return null;
}

export const FORMAT_UNIT: MasterFormat<Unit, UnitColumn> = {
	jenis: 'unit',
	kolom: UNIT_COLUMNS,
	kolomId: 'id',
	kolomField: {
		id: 'id',
		nama: 'nama',
		singkatan: 'singkatan',
		jenis: 'jenis',
		indukId: 'induk_id',
		dinilaiIndeks: 'dinilai_indeks',
		layananSkm: 'layanan_skm'
	},
	baca(r) {
		const id = r.id('id', true);
		const name = r.teksWajib('nama', NAME_MAX);
		const singkatan = r.teksOpsional('singkatan', ABBREVIATION_MAX);
		const kind = r.pilihan('jenis', UNIT_KINDS);
		const parentId = r.id('induk_id', false);
		const dinilaiIndeks = r.yaTidak('dinilai_indeks', false);
		const layananSkm = r.yaTidak('layanan_skm', false);
		if (
			!id ||
			name === undefined ||
			singkatan === undefined ||
			kind === undefined ||
			parentId === undefined ||
			dinilaiIndeks === undefined ||
			layananSkm === undefined
		) {
			return undefined;
		}
		const unit: Unit = { id, nama: name, singkatan, jenis: kind, dinilaiIndeks, layananSkm };
		if (parentId !== null) unit.indukId = parentId;
		return unit;
	},
	tulis: (u) => [
		u.id,
		u.nama,
		u.singkatan,
		u.jenis,
		u.indukId ?? '',
		writeYesNo(u.dinilaiIndeks),
		writeYesNo(u.layananSkm)
	],
	contoh: ['kel-sukamaju', 'Kelurahan Sukamaju', '', 'kelurahan', 'kec-utara', 'tidak', 'ya'],
	periksa(unit, { unitIds }) {
		if (unit.indukId === undefined) return [];
		if (unit.indukId === unit.id) return [{ column: 'induk_id', key: 'master.indukDiriSendiri' }];
		if (!unitIds.has(unit.indukId)) {
			return [{ column: 'induk_id', key: 'master.indukTidakAda', value: unit.indukId }];
		}
		return [];
	},
	periksaGabungan(rows: readonly MasterRow<Unit>[], gabungan: ReadonlyMap<string, Unit>) {
		const errors: MasterImportError[] = [];
		for (const { line, doc } of rows) {
			if (doc.indukId === undefined || doc.indukId === doc.id) continue;
			const putaran = cycle(doc.id, gabungan);
			if (putaran) {
				errors.push({
					line,
					column: 'induk_id',
					key: 'master.indukMelingkar',
					value: doc.indukId,
					params: { pilihan: putaran.join(' → ') }
				});
			}
		}
		return errors;
	},
	urut: (a, b) => compare(a.nama, b.nama) || compare(a.id, b.id)
};
