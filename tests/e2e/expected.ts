import { generateDemo } from '$lib/demo/generate';
import { PENGATURAN_BAWAAN, type Pengaturan } from '$lib/domain/schemas';
import { periodeSebelumnya } from '$lib/domain/periode';
import { susunPeringkat } from '$lib/view/ranking';
import { susunSkm } from '$lib/view/skm';

/** What the scoring core computes from the demo data, outside the browser, for comparison. */
export function expectedRanking(periodeId: string, pengaturan: Pengaturan = PENGATURAN_BAWAAN) {
	const demo = generateDemo();
	const lalu = periodeSebelumnya(periodeId);
	return susunPeringkat({
		periodeId,
		units: demo.units,
		indikator: demo.indikator,
		realisasiKini: demo.realisasi.filter((r) => r.periodeId === periodeId),
		realisasiLalu: demo.realisasi.filter((r) => r.periodeId === lalu),
		pengaturan
	});
}

export function expectedSkm(periodeId: string, pengaturan: Pengaturan = PENGATURAN_BAWAAN) {
	const demo = generateDemo();
	return susunSkm({
		periodeId,
		units: demo.units,
		responses: demo.responses.filter((r) => r.periodeId === periodeId),
		populasi: demo.populasi.filter((p) => p.periodeId === periodeId),
		pengaturan
	});
}
