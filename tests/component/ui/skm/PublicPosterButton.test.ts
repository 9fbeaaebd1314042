import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PublicPosterButton from '$lib/ui/skm/PublicPosterButton.svelte';

const made = vi.hoisted(() => vi.fn());
vi.mock('$lib/state/public-poster', () => ({
	publicPosterFile: made
}));

vi.mock('$app/state', () => ({
	page: { url: new URL('https://rapor.contoh.go.id/skm/demo-disdukcapil') }
}));

afterEach(() => vi.restoreAllMocks());

describe('the result poster buttons', () => {
	it('make the A4 or the A3 poster of this unit and period, with the kiosk address', async () => {
		URL.createObjectURL = vi.fn(() => 'blob:x') as typeof URL.createObjectURL;
		URL.revokeObjectURL = vi.fn();
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		made.mockImplementation(async (_u: string, _p: string, size: string) => ({
			nama: `poster-${size}.pdf`,
			mime: 'application/pdf',
			isi: new Uint8Array([37])
		}));
		render(PublicPosterButton, { unitId: 'demo-disdukcapil', periodeId: '2026-TW3' });
		await fireEvent.click(screen.getByRole('button', { name: 'Poster hasil (A3)' }));
		await screen.findByText('poster-A3.pdf diunduh.');
		expect(made).toHaveBeenCalledWith(
			'demo-disdukcapil',
			'2026-TW3',
			'A3',
			'https://rapor.contoh.go.id/kiosk',
			'id'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Poster hasil (A4)' }));
		await screen.findByText('poster-A4.pdf diunduh.');
		expect(screen.getByRole('button', { name: 'Bagikan Poster hasil (A4)' })).toBeEnabled();
	});

	it('without a unit, make the pemda’s poster of the period', async () => {
		URL.createObjectURL = vi.fn(() => 'blob:x') as typeof URL.createObjectURL;
		URL.revokeObjectURL = vi.fn();
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		made.mockImplementation(async (_u: string | undefined, _p: string, size: string) => ({
			nama: `poster-pemda-${size}.pdf`,
			mime: 'application/pdf',
			isi: new Uint8Array([37])
		}));
		render(PublicPosterButton, { periodeId: '2026-TW3' });
		expect(
			screen.getByRole('heading', { name: 'Poster hasil SKM pemerintah daerah' })
		).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Poster hasil (A4)' }));
		await screen.findByText('poster-pemda-A4.pdf diunduh.');
		expect(made).toHaveBeenLastCalledWith(
			undefined,
			'2026-TW3',
			'A4',
			'https://rapor.contoh.go.id/kiosk',
			'id'
		);
	});
});
