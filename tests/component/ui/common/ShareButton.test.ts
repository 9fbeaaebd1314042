import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ShareButton from '$lib/ui/common/ShareButton.svelte';

const PDF = new Uint8Array([37, 80, 68, 70]);
const file = { name: 'laporan-skm-unit-a-2026-TW2.pdf', type: 'application/pdf', data: PDF };

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('the share button', () => {
	it('makes the file only when tapped and hands it to the share sheet', async () => {
		const share = vi.fn(async (_data: ShareData) => {});
		vi.stubGlobal('navigator', { ...navigator, canShare: () => true, share });
		const buat = vi.fn(async () => file);
		render(ShareButton, { buat, judul: 'Laporan SKM', berkas: 'Laporan PDF' });
		expect(buat).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Bagikan Laporan PDF' }));
		await screen.findByText('laporan-skm-unit-a-2026-TW2.pdf dibagikan.');
		expect(buat).toHaveBeenCalledOnce();
		const data = share.mock.calls[0]![0] as ShareData;
		expect(data.title).toBe('Laporan SKM');
		expect(data.files![0]!.name).toBe('laporan-skm-unit-a-2026-TW2.pdf');
	});

	it('downloads the file on a device that cannot share it, and says so', async () => {
		URL.createObjectURL = vi.fn(() => 'blob:x') as typeof URL.createObjectURL;
		URL.revokeObjectURL = vi.fn();
		const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		render(ShareButton, { buat: async () => file, judul: 'Laporan SKM', berkas: 'Laporan PDF' });
		await fireEvent.click(screen.getByRole('button', { name: 'Bagikan Laporan PDF' }));
		expect(await screen.findByRole('status')).toHaveTextContent(
			'Perangkat ini tidak dapat membagikan berkas; laporan-skm-unit-a-2026-TW2.pdf diunduh.'
		);
		expect(klik).toHaveBeenCalledOnce();
	});

	it('takes closing the share sheet quietly', async () => {
		vi.stubGlobal('navigator', {
			...navigator,
			canShare: () => true,
			share: async () => {
				throw new DOMException('cancelled', 'AbortError');
			}
		});
		render(ShareButton, { buat: async () => file, judul: 'Laporan SKM', berkas: 'Laporan PDF' });
		await fireEvent.click(screen.getByRole('button', { name: 'Bagikan Laporan PDF' }));
		await screen.findByText('Berbagi dibatalkan.');
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('says so when the file cannot be made, and lets the person try again', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const buat = vi.fn(async () => {
			throw new Error('database closed');
		});
		render(ShareButton, { buat, judul: 'Laporan SKM', berkas: 'Laporan PDF' });
		const button = screen.getByRole('button', { name: 'Bagikan Laporan PDF' });
		await fireEvent.click(button);
		expect(await screen.findByRole('alert')).toHaveTextContent('tidak dapat dibagikan');
		expect(button).toBeEnabled();
	});
});
