import { generateDemo } from '$lib/demo/generate';
import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/schemas';
import { previousPeriode } from '$lib/domain/periode';
import { buildRanking } from '$lib/view/ranking';
import { buildSkm } from '$lib/view/skm';

/** What the scoring core computes from the demo data, outside the browser, for comparison. */
export function expectedRanking(periodeId: string, settings: Settings = DEFAULT_SETTINGS) {
	const demo = generateDemo();
	const lalu = previousPeriode(periodeId);
	return buildRanking({
		periodeId,
		units: demo.units,
		indikator: demo.indikator,
		realisasiKini: demo.realisasi.filter((r) => r.periodeId === periodeId),
		realisasiLalu: demo.realisasi.filter((r) => r.periodeId === lalu),
		pengaturan: settings
	});
}

export function expectedSkm(periodeId: string, settings: Settings = DEFAULT_SETTINGS) {
	const demo = generateDemo();
	return buildSkm({
		periodeId,
		units: demo.units,
		responses: demo.responses.filter((r) => r.periodeId === periodeId),
		populasi: demo.populasi.filter((p) => p.periodeId === periodeId),
		pengaturan: settings
	});
}
