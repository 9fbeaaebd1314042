import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import Movement from '$lib/ui/ranking/Movement.svelte';

afterEach(() => locale.set('id'));

const row = (naik: number | null) => ({
	unitId: 'x',
	indeks: 80,
	peringkat: 3,
	sebelumnya: naik == null ? null : { peringkat: 3 + naik, indeks: 70 },
	naik,
	selisihIndeks: naik == null ? null : 10
});

describe('the movement marker', () => {
	it('shows a rise with an up arrow and says it for screen readers', () => {
		render(Movement, { baris: row(2) });
		expect(screen.getByText('naik 2 peringkat')).toBeInTheDocument();
		expect(document.body.textContent).toContain('▲ 2');
	});

	it('shows a fall with a down arrow', () => {
		render(Movement, { baris: row(-1) });
		expect(screen.getByText('turun 1 peringkat')).toBeInTheDocument();
		expect(document.body.textContent).toContain('▼ 1');
	});

	it('shows an unchanged rank as "=" and a new entry as a dot', () => {
		render(Movement, { baris: row(0) });
		expect(screen.getByText('peringkat tetap')).toBeInTheDocument();
		document.body.innerHTML = '';
		render(Movement, { baris: row(null) });
		expect(screen.getByTitle('Tidak ada peringkat triwulan sebelumnya')).toBeInTheDocument();
	});

	it('says one place in the singular and more in the plural in English', () => {
		locale.set('en');
		const words = (naik: number) => {
			document.body.innerHTML = '';
			render(Movement, { baris: row(naik) });
			return document.querySelector('.sr-only')?.textContent;
		};
		expect(words(1)).toBe('up 1 place');
		expect(words(3)).toBe('up 3 places');
		expect(words(-1)).toBe('down 1 place');
		expect(words(-2)).toBe('down 2 places');
	});

	it('reads "naik 1 peringkat" in Indonesian, which has no plural', () => {
		render(Movement, { baris: row(1) });
		expect(screen.getByText('naik 1 peringkat')).toBeInTheDocument();
	});
});
