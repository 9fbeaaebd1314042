/**
 * Reads for the enumerator screen that must stay fast with tens of thousands of responses stored:
 * counts come from indexes and the small corrections table, never from reading every response.
 */
import type { RaporDb } from '$lib/db/schema';
import { periodeFromTime } from '$lib/domain/periode';
import type { JenisLayanan, SkmKoreksi } from '$lib/domain/schemas';
import { localDate, localTime } from '$lib/domain/local-time';
import { buildSurveyToday, type SurveyToday } from '$lib/view/survey-today';

/** The unit's active service types, by name. */
export async function activeJenisLayanan(db: RaporDb, unitId: string): Promise<JenisLayanan[]> {
	const list = await db.jenisLayanan.where('unitId').equals(unitId).toArray();
	return list.filter((j) => j.aktif).sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}

/** The responses written today (the date as recorded, at its own offset). */
function responsesOfDay(db: RaporDb, tanggal: string) {
	return db.responses.where('waktu').startsWith(tanggal);
}

/** Voided responses of a unit in a period, from the small corrections table. */
async function countCancelled(
	db: RaporDb,
	koreksi: readonly SkmKoreksi[],
	unitId: string,
	periodeId: string
): Promise<number> {
	const ids = [...new Set(koreksi.filter((k) => k.jenis === 'batal').map((k) => k.responseId))];
	if (ids.length === 0) return 0;
	const voided = await db.responses.bulkGet(ids);
	return voided.filter((r) => r && r.unitId === unitId && r.periodeId === periodeId).length;
}

/**
 * Counts without reading every response of the period (a unit may hold tens of thousands): the
 * period count comes from the index, voids from the corrections table, today's list from the
 * waktu index.
 */
export async function surveyTodayFor(
	db: RaporDb,
	unitId: string,
	enumerator: string | null,
	now = new Date()
): Promise<SurveyToday> {
	const date = localDate(now);
	const periodeId = periodeFromTime(localTime(now));
	const [hariIni, koreksi, indeksCount, populasi] = await Promise.all([
		responsesOfDay(db, date)
			.filter((r) => r.unitId === unitId)
			.toArray(),
		db.koreksi.toArray(),
		db.responses.where('[unitId+periodeId]').equals([unitId, periodeId]).count(),
		db.populasi.where('[unitId+periodeId]').equals([unitId, periodeId]).first()
	]);
	const periodeCount = indeksCount - (await countCancelled(db, koreksi, unitId, periodeId));
	return buildSurveyToday({
		tanggal: date,
		periodeId,
		enumerator,
		hariIni,
		koreksi,
		jumlahPeriode: periodeCount,
		populasi: populasi?.jumlah
	});
}
