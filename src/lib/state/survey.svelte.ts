/**
 * What the enumerator screen shows around the form: the units this user surveys, the unit's
 * service types and questionnaire versions, today's count, the sample still needed this triwulan,
 * and this enumerator's responses of today with their corrections.
 */
import { listUnits } from '$lib/db/master';
import { getUser } from '$lib/db/device';
import type { Unit } from '$lib/domain/schemas';
import { surveyUnit } from '$lib/domain/survey-access';
import { live } from './live.svelte';
import { surveyTodayFor, activeJenisLayanan } from './survey-today';

export type { SurveyToday, SurveyTodayItem } from '$lib/view/survey-today';

export function surveyUnitsLive() {
	return live(
		() => null,
		async (db): Promise<Unit[]> => surveyUnit(await getUser(db), await listUnits(db))
	);
}

export function jenisLayananLive(unitId: () => string | null) {
	return live(unitId, async (db, id) => (id ? activeJenisLayanan(db, id) : []));
}

export function surveyTodayLive(args: () => { unitId: string | null; enumerator: string | null }) {
	return live(args, async (db, { unitId, enumerator }) =>
		unitId ? surveyTodayFor(db, unitId, enumerator) : null
	);
}
