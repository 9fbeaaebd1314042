import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Unduhan from '$lib/ui/report/Downloads.svelte';

afterEach(() => vi.restoreAllMocks());

describe('the download buttons', () => {
	it('make the file on the device and hand it to the browser as a download', async () => {
		const url = vi.fn((blob: Blob) => `blob:${blob.type}`);
		URL.createObjectURL = url as typeof URL.createObjectURL;
		URL.revokeObjectURL = vi.fn();
		const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		const buat = vi.fn(async () => ({
			nama: 'rapor-opd-2026-TW3.pdf',
			mime: 'application/pdf',
			isi: new Uint8Array([37, 80, 68, 70])
		}));
		render(Unduhan, { pilihan: [{ label: 'Laporan PDF', jenis: 'pdf', buat }] });
		await fireEvent.click(screen.getByRole('button', { name: 'Laporan PDF' }));
		await screen.findByText('rapor-opd-2026-TW3.pdf diunduh.');
		expect(buat).toHaveBeenCalledOnce();
		expect(klik).toHaveBeenCalledOnce();
		const blob = url.mock.calls[0]![0];
		expect(blob.type).toBe('application/pdf');
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
	});

	it('say so when a report cannot be made, and let the person try again', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const buat = vi.fn(async () => {
			throw new Error('database closed');
		});
		render(Unduhan, { pilihan: [{ label: 'Laporan XLSX', jenis: 'xlsx', buat }] });
		const tombol = screen.getByRole('button', { name: 'Laporan XLSX' });
		await fireEvent.click(tombol);
		expect(await screen.findByRole('alert')).toHaveTextContent('Laporan tidak dapat dibuat');
		expect(tombol).toBeEnabled();
	});
});
