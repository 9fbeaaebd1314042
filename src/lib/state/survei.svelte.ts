/**
 * What the enumerator screen shows around the form: the units this user surveys, the unit's
 * service types and questionnaire versions, today's count, the sample still needed this triwulan,
 * and this enumerator's responses of today with their corrections.
 */
import { listUnits } from '$lib/db/master';
import { getPengguna } from '$lib/db/perangkat';
import type { Unit } from '$lib/domain/schemas';
import { unitSurvei } from '$lib/domain/survei-akses';
import { live } from './live.svelte';
import { hariIniUntuk, jenisLayananAktif } from './survei-hari-ini';

export type { HariIni, ItemHariIni } from '$lib/view/survey-today';

export function unitSurveiLive() {
	return live(
		() => null,
		async (db): Promise<Unit[]> => unitSurvei(await getPengguna(db), await listUnits(db))
	);
}

export function jenisLayananLive(unitId: () => string | null) {
	return live(unitId, async (db, id) => (id ? jenisLayananAktif(db, id) : []));
}

export function hariIniLive(args: () => { unitId: string | null; enumerator: string | null }) {
	return live(args, async (db, { unitId, enumerator }) =>
		unitId ? hariIniUntuk(db, unitId, enumerator) : null
	);
}
