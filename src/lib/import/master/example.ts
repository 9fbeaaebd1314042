/**
 * The example row of a master-data template, made to import on this device: the generic example
 * names units ("dinkes", "kec-utara", "kel-sukamaju") that a real device does not have, so its
 * unit ids are replaced by units the device holds (the demo's "demo-dinkes" for "dinkes"), and its
 * year and triwulan by the latest the device knows. Without a fitting unit the generic row stays.
 */
import type { SelMaster } from './cells';
import { formatMaster } from './kinds';
import { parsePeriodeId } from '../../domain/periode';
import type { JenisMaster } from '../../domain/master';
import type { Unit } from '../../domain/schemas';

/** What the device holds that an example row may refer to. */
export interface IsiPerangkat {
	units: readonly Pick<Unit, 'id' | 'jenis' | 'dinilaiIndeks' | 'layananSkm'>[];
	periodeIds: readonly string[];
}

type UnitPerangkat = IsiPerangkat['units'][number];

/**
 * The unit of the device that fits `syarat`: the one whose id is `suka` or ends in `-<suka>`
 * (demo ids carry a prefix), else the first by id; null when none fits.
 */
function pilihUnit(
	units: IsiPerangkat['units'],
	syarat: (u: UnitPerangkat) => boolean,
	suka: string
): string | null {
	const cocok = units.filter(syarat).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const disukai = cocok.find((u) => u.id === suka || u.id.endsWith(`-${suka}`));
	return (disukai ?? cocok[0])?.id ?? null;
}

const layananKelurahan = (u: UnitPerangkat) => u.layananSkm && u.jenis === 'kelurahan';
const layanan = (u: UnitPerangkat) => u.layananSkm;

/** The example row of `jenis` whose references exist in `perangkat`, as far as it holds them. */
export function contohUntukPerangkat(jenis: JenisMaster, perangkat: IsiPerangkat): SelMaster[] {
	const contoh = [...formatMaster(jenis).contoh];
	const { units } = perangkat;
	const periodeTerakhir = [...perangkat.periodeIds].sort().at(-1);
	const ganti = (i: number, nilai: SelMaster | null) => {
		if (nilai !== null) contoh[i] = nilai;
	};
	switch (jenis) {
		case 'unit':
			// A new kelurahan under a kecamatan the device has.
			ganti(
				4,
				pilihUnit(units, (u) => u.jenis === 'kecamatan', 'kec-utara')
			);
			break;
		case 'jenis-layanan':
			ganti(
				1,
				pilihUnit(units, layananKelurahan, 'kel-sukamaju') ??
					pilihUnit(units, layanan, 'kel-sukamaju')
			);
			break;
		case 'populasi':
			ganti(
				0,
				pilihUnit(units, layananKelurahan, 'kel-sukamaju') ??
					pilihUnit(units, layanan, 'kel-sukamaju')
			);
			ganti(1, periodeTerakhir ?? null);
			break;
		case 'indikator':
			ganti(
				1,
				pilihUnit(units, (u) => u.dinilaiIndeks, 'dinkes')
			);
			ganti(2, periodeTerakhir ? parsePeriodeId(periodeTerakhir).tahun : null);
			break;
	}
	return contoh;
}
