import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '$lib/demo/generate';
import { DEFAULT_SETTINGS } from '$lib/domain/schemas';
import { buildRanking } from '$lib/view/ranking';
import GrafikPeringkat from '$lib/ui/report/RankingChart.svelte';

const demo = generateDemo();
const view = buildRanking({
	periodeId: '2026-TW3',
	units: demo.units,
	indikator: demo.indikator,
	realisasiKini: demo.realisasi.filter((r) => r.periodeId === '2026-TW3'),
	realisasiLalu: [],
	pengaturan: DEFAULT_SETTINGS
});

describe('the ranking chart', () => {
	it('draws one bar per OPD in ranking order, coloured by zone, as long as the index', () => {
		const { container } = render(GrafikPeringkat, {
			rows: view.rows,
			zona: DEFAULT_SETTINGS.zona
		});
		const baris = [...container.querySelectorAll('[data-unit]')];
		expect(baris.map((b) => b.getAttribute('data-unit'))).toEqual(view.rows.map((r) => r.unit.id));
		view.rows.forEach((row, i) => {
			const bar = baris[i]!.querySelector<HTMLElement>('.bar');
			if (row.hasil.indeks === null) return expect(bar).toBeNull();
			expect(bar).toHaveClass(row.hasil.zona!);
			expect(bar!.style.width).toBe(`${row.hasil.indeks}%`);
		});
		expect(new Set(view.rows.map((r) => r.hasil.zona)).size).toBeGreaterThanOrEqual(2);
	});

	it('is hidden from screen readers, which get the ranking table’s figures instead', () => {
		const { container } = render(GrafikPeringkat, {
			rows: view.rows,
			zona: DEFAULT_SETTINGS.zona
		});
		expect(container.querySelector('.plot')).toHaveAttribute('aria-hidden', 'true');
		expect(screen.getByText(/Angka yang sama ada di tabel/)).toBeInTheDocument();
		expect(screen.getByText(/zona kuning 51 dan hijau 76/)).toBeInTheDocument();
	});
});
