/** The Kota Wiradesa demo data as report inputs, the way the app reads them from IndexedDB. */
import { generateDemo } from '$lib/demo/generate';
import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/schemas';
import { raporPeriode, type RaporInput } from '$lib/report/rapor-model';
import type { SkmInput } from '$lib/view/skm';

export const demo = generateDemo();

export function inputSkm(periodeId: string, settings: Settings = DEFAULT_SETTINGS): SkmInput {
	return {
		periodeId,
		units: demo.units,
		responses: demo.responses.filter((r) => r.periodeId === periodeId),
		populasi: demo.populasi.filter((p) => p.periodeId === periodeId),
		pengaturan: settings
	};
}

export function inputRapor(periodeId: string, settings: Settings = DEFAULT_SETTINGS): RaporInput {
	return {
		periodeId,
		units: demo.units,
		indikator: demo.indikator,
		realisasi: new Map(
			raporPeriode(periodeId).map((id) => [id, demo.realisasi.filter((r) => r.periodeId === id)])
		),
		pengaturan: settings
	};
}

export const CREATED = '2026-07-01T09:15:00+07:00';
