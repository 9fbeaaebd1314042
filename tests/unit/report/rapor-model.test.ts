import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/domain/schemas';
import { previousPeriode } from '$lib/domain/periode';
import { buildRaporReport, raporPeriode } from '$lib/report/rapor-model';
import { buildSkmPemdaReport, buildSkmUnitReport } from '$lib/report/skm-model';
import { buildRanking } from '$lib/view/ranking';
import { groupByUnit, buildSkm, buildSkmUnit } from '$lib/view/skm';
import { demo, inputRapor, inputSkm } from './demo';

describe('the SKM report model', () => {
	const input = inputSkm('2026-TW2');
	const view = buildSkm(input);
	const report = buildSkmPemdaReport(input);

	it('lists every service unit in the SKM screen order with the same result', () => {
		expect(report.unit.map((d) => d.unit.id)).toEqual(view.units.map((u) => u.unit.id));
		report.unit.forEach((d, i) => {
			expect(d.hasil).toEqual(view.units[i]!.hasil);
			expect(d.sampel).toEqual(view.units[i]!.sampel);
		});
		expect(report.pemda?.hasil).toEqual(view.pemda);
		expect(report.unit.length).toBeGreaterThanOrEqual(15);
	});

	it('gives each unit the profile, saran and sample adequacy of its own respondents', () => {
		const perUnit = groupByUnit(input.responses);
		for (const d of report.unit) {
			const populasi = input.populasi.find((p) => p.unitId === d.unit.id)?.jumlah;
			expect(d).toEqual(
				buildSkmUnit(d.unit, perUnit.get(d.unit.id) ?? [], populasi, input.pengaturan)
			);
		}
		const saran = report.unit.reduce((n, d) => n + d.saran.length, 0);
		expect(saran).toBe(input.responses.filter((r) => r.saran?.trim()).length);
	});

	it('counts the pemda profile over the respondents of the scored units', () => {
		const total = Object.values(report.pemda!.profil.jenisKelamin).reduce((a, b) => a + b, 0);
		expect(total).toBe(report.unit.reduce((n, d) => n + d.hasil.responden, 0));
	});

	it('builds one unit’s report equal to its part of the pemda report', () => {
		const lowest = report.unit.at(-1)!;
		const sendiri = buildSkmUnitReport(input, lowest.unit.id);
		expect(sendiri?.pemda).toBeNull();
		expect(sendiri?.unit).toEqual([lowest]);
		expect(buildSkmUnitReport(input, 'tidak-ada')).toBeNull();
	});

	it('follows the SKM weight setting', () => {
		const dibulatkan = { ...DEFAULT_SETTINGS, bobotSkm: 'dibulatkan' as const };
		const l = buildSkmPemdaReport(inputSkm('2026-TW2', dibulatkan));
		expect(l.unit[0]!.hasil.bobot).toBe(0.111);
		expect(l.pemda?.hasil).toEqual(buildSkm(inputSkm('2026-TW2', dibulatkan)).pemda);
	});
});

describe('the Rapor OPD model', () => {
	it('ranks exactly as the ranking screen, with movement against the previous triwulan', () => {
		const id = '2026-TW3';
		const report = buildRaporReport(inputRapor(id));
		const lalu = previousPeriode(id);
		expect(report.view).toEqual(
			buildRanking({
				periodeId: id,
				units: demo.units,
				indikator: demo.indikator,
				realisasiKini: demo.realisasi.filter((r) => r.periodeId === id),
				realisasiLalu: demo.realisasi.filter((r) => r.periodeId === lalu),
				pengaturan: DEFAULT_SETTINGS
			})
		);
	});

	it('traces each OPD’s index from TW I up to the chosen triwulan', () => {
		const report = buildRaporReport(inputRapor('2026-TW3'));
		expect(report.tren.map((t) => t.periodeId)).toEqual(['2026-TW1', '2026-TW2', '2026-TW3']);
		const tw1 = buildRanking({
			periodeId: '2026-TW1',
			units: demo.units,
			indikator: demo.indikator,
			realisasiKini: demo.realisasi.filter((r) => r.periodeId === '2026-TW1'),
			realisasiLalu: [],
			pengaturan: DEFAULT_SETTINGS
		});
		for (const row of tw1.rows) {
			expect(report.tren[0]!.indeks.get(row.unit.id)).toBe(row.hasil.indeks);
		}
		for (const row of report.view.rows) {
			expect(report.tren[2]!.indeks.get(row.unit.id)).toBe(row.hasil.indeks);
		}
	});

	it('needs the realisation of the year so far and of the triwulan before', () => {
		expect(raporPeriode('2026-TW3')).toEqual(['2026-TW1', '2026-TW2', '2026-TW3']);
		expect(raporPeriode('2026-TW1')).toEqual(['2026-TW1', '2025-TW4']);
	});
});
