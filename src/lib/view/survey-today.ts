/**
 * The enumerator screen's "today" figures, from what state/survei-hari-ini.ts read: today's
 * responses of the unit with their corrections applied, the period count against the sample.
 */
import { sampelAdequacy, type SampelAdequacy } from '$lib/domain/krejcie-morgan';
import { effectiveResponse, responseStatus, type ResponseStatus } from '$lib/domain/koreksi';
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';

export interface SurveyTodayItem {
	/** The response as recorded (never edited). */
	asli: SkmResponse;
	/** As it now counts, corrections applied. */
	efektif: SkmResponse;
	status: ResponseStatus;
}

export interface SurveyToday {
	tanggal: string;
	periodeId: string;
	/** Responses for the unit today, voided ones excluded (any enumerator, kiosk included). */
	jumlahHariIni: number;
	/** Responses for the unit this triwulan that count, and the sample the table asks for. */
	jumlahPeriode: number;
	sampel: SampelAdequacy | null;
	/** This enumerator's responses for the unit today, newest first. */
	milikSaya: SurveyTodayItem[];
}

export interface SurveyTodayInput {
	tanggal: string;
	periodeId: string;
	enumerator: string | null;
	/** The unit's responses written today, as recorded. */
	hariIni: readonly SkmResponse[];
	/** Every correction (those of other responses are ignored). */
	koreksi: readonly SkmKoreksi[];
	/** The unit's responses this triwulan that count (voids taken off). */
	jumlahPeriode: number;
	/** The unit's populasi for the triwulan, if set. */
	populasi: number | undefined;
}

export function buildSurveyToday(input: SurveyTodayInput): SurveyToday {
	const { hariIni, enumerator, jumlahPeriode: periodeCount } = input;
	const ids = new Set(hariIni.map((r) => r.id));
	const koreksiHariIni = input.koreksi.filter((k) => ids.has(k.responseId));
	const efektif = new Map(effectiveResponse(hariIni, koreksiHariIni).map((r) => [r.id, r]));
	const milikSaya = hariIni
		.filter((r) => enumerator !== null && r.enumerator === enumerator)
		.sort((a, b) => b.waktu.localeCompare(a.waktu))
		.map((asli) => ({
			asli,
			efektif: efektif.get(asli.id) ?? asli,
			status: responseStatus(asli.id, koreksiHariIni)
		}));
	return {
		tanggal: input.tanggal,
		periodeId: input.periodeId,
		jumlahHariIni: efektif.size,
		jumlahPeriode: periodeCount,
		sampel: sampelAdequacy(input.populasi, periodeCount),
		milikSaya
	};
}
