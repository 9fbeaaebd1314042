/**
 * The example row of a master-data template, made to import on this device: the generic example
 * names units ("dinkes", "kec-utara", "kel-sukamaju") that a real device does not have, so its
 * unit ids are replaced by units the device holds (the demo's "demo-dinkes" for "dinkes"), and its
 * year and triwulan by the latest the device knows. Without a fitting unit the generic row stays.
 */
import type { MasterCell } from './cells';
import { formatMaster } from './kinds';
import { parsePeriodeId } from '$lib/domain/periode';
import type { MasterKind } from '$lib/domain/master';
import type { Unit } from '$lib/domain/schemas';

/** What the device holds that an example row may refer to. */
export interface DeviceContent {
	units: readonly Pick<Unit, 'id' | 'jenis' | 'dinilaiIndeks' | 'layananSkm'>[];
	periodeIds: readonly string[];
}

type DeviceUnit = DeviceContent['units'][number];

/**
 * The unit of the device that fits `syarat`: the one whose id is `suka` or ends in `-<suka>`
 * (demo ids carry a prefix), else the first by id; null when none fits.
 */
function chooseUnits(
	units: DeviceContent['units'],
	syarat: (u: DeviceUnit) => boolean,
	suka: string
): string | null {
	const cocok = units.filter(syarat).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const disukai = cocok.find((u) => u.id === suka || u.id.endsWith(`-${suka}`));
	return (disukai ?? cocok[0])?.id ?? null;
}

const kelurahanServices = (u: DeviceUnit) => u.layananSkm && u.jenis === 'kelurahan';
const services = (u: DeviceUnit) => u.layananSkm;

/** The example row of `jenis` whose references exist in `perangkat`, as far as it holds them. */
export function exampleForDevice(kind: MasterKind, perangkat: DeviceContent): MasterCell[] {
	const contoh = [...formatMaster(kind).contoh];
	const { units } = perangkat;
	const lastPeriode = [...perangkat.periodeIds].sort().at(-1);
	const ganti = (i: number, value: MasterCell | null) => {
		if (value !== null) contoh[i] = value;
	};
	switch (kind) {
		case 'unit':
			// A new kelurahan under a kecamatan the device has.
			ganti(
				4,
				chooseUnits(units, (u) => u.jenis === 'kecamatan', 'kec-utara')
			);
			break;
		case 'jenis-layanan':
			ganti(
				1,
				chooseUnits(units, kelurahanServices, 'kel-sukamaju') ??
					chooseUnits(units, services, 'kel-sukamaju')
			);
			break;
		case 'populasi':
			ganti(
				0,
				chooseUnits(units, kelurahanServices, 'kel-sukamaju') ??
					chooseUnits(units, services, 'kel-sukamaju')
			);
			ganti(1, lastPeriode ?? null);
			break;
		case 'indikator':
			ganti(
				1,
				chooseUnits(units, (u) => u.dinilaiIndeks, 'dinkes')
			);
			ganti(2, lastPeriode ? parsePeriodeId(lastPeriode).tahun : null);
			break;
	}
	return contoh;
}
