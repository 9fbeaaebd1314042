import type { JenisLayanan } from '$lib/domain/schemas';
import { nameKey, fingerprint, slug } from '../ids';
import { writeYesNo } from './cells';
import { compare, derivedId, type MasterFormat } from './format';

/**
 * Service types of a unit (what a respondent was served with), one per row:
 *   id,unit_id,nama,aktif
 * A blank `id` updates the unit's stored type of the same name, or makes a new code.
 * `aktif` blank is "ya".
 */
export const JENIS_LAYANAN_COLUMNS = ['id', 'unit_id', 'nama', 'aktif'] as const;
type JenisLayananColumn = (typeof JENIS_LAYANAN_COLUMNS)[number];

const NAME_MAX = 200;

export const FORMAT_JENIS_LAYANAN: MasterFormat<JenisLayanan, JenisLayananColumn> = {
	jenis: 'jenis-layanan',
	kolom: JENIS_LAYANAN_COLUMNS,
	kolomId: 'id',
	kolomField: { id: 'id', unitId: 'unit_id', nama: 'nama', aktif: 'aktif' },
	baca(r) {
		const id = r.id('id', false);
		const unitId = r.id('unit_id', true);
		const name = r.teksWajib('nama', NAME_MAX);
		const active = r.yaTidak('aktif', true);
		if (id === undefined || !unitId || name === undefined || active === undefined) return undefined;
		return { id: id ?? '', unitId, nama: name, aktif: active };
	},
	tulis: (j) => [j.id, j.unitId, j.nama, writeYesNo(j.aktif)],
	contoh: ['', 'kel-sukamaju', 'Surat keterangan domisili', 'ya'],
	kunci: (j) => `${j.unitId}\u0000${nameKey(j.nama)}`,
	kolomKunci: 'unit_id + nama',
	idBaru: (j) => derivedId('jl', j.unitId, slug(j.nama).slice(0, 40), fingerprint(nameKey(j.nama))),
	periksa(j, { unitIds }) {
		return unitIds.has(j.unitId)
			? []
			: [{ column: 'unit_id', key: 'master.unitTidakAda', value: j.unitId }];
	},
	urut: (a, b) => compare(a.unitId, b.unitId) || compare(a.nama, b.nama)
};
