/** A meeting's slides with the SKM's rencana tindak lanjut: one slide per unit that has one. */
import { describe, expect, it } from 'vitest';
import { generateDemo } from '$lib/demo/generate';
import { slideKey } from '$lib/domain/rakor';
import { DEFAULT_SETTINGS, type Rtl } from '$lib/domain/schemas';
import { buildPresentation, buildRakorData, rtlSlides, type RakorData } from '$lib/view/rakor';
import { buildRanking } from '$lib/view/ranking';
import { buildSkm } from '$lib/view/skm';

const TW3 = '2026-TW3';
const demo = generateDemo();

const rtl = (unitId: string, periodeId = TW3): Rtl => ({
	id: `${unitId}:${periodeId}`,
	unitId,
	periodeId,
	butir: [
		{
			unsur: 'u3',
			program: 'Loket antrean daring',
			triwulan: [1],
			penanggungJawab: 'Kepala Seksi Pelayanan',
			progres: 'belum'
		}
	],
	riwayat: [{ oleh: 'demo-opd', waktu: '2026-10-01T10:00:00+07:00' }]
});

function data(list: Rtl[] = []): RakorData {
	const ranking = buildRanking({
		periodeId: TW3,
		units: demo.units,
		indikator: demo.indikator,
		realisasiKini: demo.realisasi.filter((r) => r.periodeId === TW3),
		realisasiLalu: [],
		pengaturan: DEFAULT_SETTINGS
	});
	const skm = buildSkm({
		periodeId: TW3,
		units: demo.units,
		responses: demo.responses.filter((r) => r.periodeId === TW3),
		populasi: demo.populasi.filter((p) => p.periodeId === TW3),
		pengaturan: DEFAULT_SETTINGS
	});
	return buildRakorData(ranking, skm, [ranking], list);
}

const keys = (d: RakorData) => buildPresentation(d).slides.map(slideKey);

describe('the RTL slides of a meeting', () => {
	it('give each service unit with an RTL of the period one slide, in the SKM list’s order, before the follow-ups', () => {
		const d = data([rtl('demo-dinkes'), rtl('demo-disdukcapil')]);
		const order = d.skm.units
			.map((u) => u.unit.id)
			.filter((id) => id === 'demo-dinkes' || id === 'demo-disdukcapil');
		const k = keys(d);
		expect(k.filter((x) => x.startsWith('rtl:'))).toEqual(order.map((id) => `rtl:${id}`));
		expect(k.slice(-3)).toEqual([...order.map((id) => `rtl:${id}`), 'tindak-lanjut']);
		expect(k.indexOf('rtl:demo-dinkes')).toBeGreaterThan(k.indexOf('skm'));
	});

	it('give none to units without an RTL, nor for an RTL of another period', () => {
		const d = data([rtl('demo-dinkes', '2026-TW2')]);
		expect(keys(d).some((x) => x.startsWith('rtl:'))).toBe(false);
		expect(keys(data()).some((x) => x.startsWith('rtl:'))).toBe(false);
	});

	it('pair each RTL with its unit’s SKM result of the period', () => {
		const d = data([rtl('demo-dinkes')]);
		const [slide] = rtlSlides(d);
		expect(slide!.rtl.unitId).toBe('demo-dinkes');
		expect(slide!.row).toBe(d.skm.units.find((u) => u.unit.id === 'demo-dinkes'));
	});

	it('are absent from figures pinned before RTL existed, which still make their slides', () => {
		const old = data([rtl('demo-dinkes')]);
		delete old.rtl;
		const k = keys(old);
		expect(k.some((x) => x.startsWith('rtl:'))).toBe(false);
		expect(k.at(-1)).toBe('tindak-lanjut');
	});
});
