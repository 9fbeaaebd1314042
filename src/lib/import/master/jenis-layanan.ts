import type { JenisLayanan } from '../../domain/schemas';
import { kunciNama, sidik, slug } from '../ids';
import { tulisYaTidak } from './cells';
import { bandingkan, idTurunan, type FormatMaster } from './format';

/**
 * Service types of a unit (what a respondent was served with), one per row:
 *   id,unit_id,nama,aktif
 * A blank `id` updates the unit's stored type of the same name, or makes a new code.
 * `aktif` blank is "ya".
 */
export const KOLOM_JENIS_LAYANAN = ['id', 'unit_id', 'nama', 'aktif'] as const;
type KolomJenisLayanan = (typeof KOLOM_JENIS_LAYANAN)[number];

const MAKS_NAMA = 200;

export const FORMAT_JENIS_LAYANAN: FormatMaster<JenisLayanan, KolomJenisLayanan> = {
	jenis: 'jenis-layanan',
	kolom: KOLOM_JENIS_LAYANAN,
	kolomId: 'id',
	kolomField: { id: 'id', unitId: 'unit_id', nama: 'nama', aktif: 'aktif' },
	baca(r) {
		const id = r.id('id', false);
		const unitId = r.id('unit_id', true);
		const nama = r.teksWajib('nama', MAKS_NAMA);
		const aktif = r.yaTidak('aktif', true);
		if (id === undefined || !unitId || nama === undefined || aktif === undefined) return undefined;
		return { id: id ?? '', unitId, nama, aktif };
	},
	tulis: (j) => [j.id, j.unitId, j.nama, tulisYaTidak(j.aktif)],
	contoh: ['', 'kel-sukamaju', 'Surat keterangan domisili', 'ya'],
	kunci: (j) => `${j.unitId}\u0000${kunciNama(j.nama)}`,
	kolomKunci: 'unit_id + nama',
	idBaru: (j) => idTurunan('jl', j.unitId, slug(j.nama).slice(0, 40), sidik(kunciNama(j.nama))),
	periksa(j, { unitIds }) {
		return unitIds.has(j.unitId)
			? []
			: [{ column: 'unit_id', key: 'master.unitTidakAda', value: j.unitId }];
	},
	urut: (a, b) => bandingkan(a.unitId, b.unitId) || bandingkan(a.nama, b.nama)
};
