// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareFile, shareableReport } from '$lib/state/share';

const PDF = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 52]);
const file = shareableReport({
	nama: 'poster-hasil-skm-unit-a-2026-TW2-a4.pdf',
	mime: 'application/pdf',
	isi: PDF
});

function deviceThatShares(share: (data: ShareData) => Promise<void>) {
	vi.stubGlobal('navigator', {
		...navigator,
		canShare: (data: ShareData) => (data.files?.length ?? 0) > 0,
		share: vi.fn(share)
	});
	return navigator as Navigator & { share: ReturnType<typeof vi.fn> };
}

afterEach(() => vi.unstubAllGlobals());

describe('sharing a file made on the device', () => {
	it('hands a real File of the right name, type and size to the share sheet', async () => {
		const nav = deviceThatShares(async () => {});
		const download = vi.fn();
		expect(await shareFile(file, 'Poster hasil SKM', download)).toBe('shared');
		expect(nav.share).toHaveBeenCalledOnce();
		const data = nav.share.mock.calls[0]![0] as ShareData;
		expect(data.title).toBe('Poster hasil SKM');
		const shared = data.files![0]!;
		expect(shared).toBeInstanceOf(File);
		expect(shared.name).toBe('poster-hasil-skm-unit-a-2026-TW2-a4.pdf');
		expect(shared.type).toBe('application/pdf');
		expect(shared.size).toBe(PDF.length);
		expect(new Uint8Array(await shared.arrayBuffer())).toEqual(PDF);
		expect(download).not.toHaveBeenCalled();
	});

	it('counts closing the share sheet as cancelled, not as an error, and downloads nothing', async () => {
		deviceThatShares(async () => {
			throw new DOMException('Share canceled', 'AbortError');
		});
		const download = vi.fn();
		expect(await shareFile(file, 'Poster', download)).toBe('cancelled');
		expect(download).not.toHaveBeenCalled();
	});

	it('downloads the file when the device cannot share files', async () => {
		vi.stubGlobal('navigator', { ...navigator, canShare: () => false, share: vi.fn() });
		const download = vi.fn();
		expect(await shareFile(file, 'Poster', download)).toBe('downloaded');
		expect(navigator.share).not.toHaveBeenCalled();
		expect(download).toHaveBeenCalledOnce();
		const [blob, name] = download.mock.calls[0]! as [Blob, string];
		expect(name).toBe('poster-hasil-skm-unit-a-2026-TW2-a4.pdf');
		expect(blob.type).toBe('application/pdf');
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(PDF);
	});

	it('downloads the file on a browser without the Web Share API at all', async () => {
		const download = vi.fn();
		expect('canShare' in navigator).toBe(false);
		expect(await shareFile(file, 'Poster', download)).toBe('downloaded');
		expect(download).toHaveBeenCalledOnce();
	});

	it('downloads instead when the browser refuses to share without a fresh tap', async () => {
		deviceThatShares(async () => {
			throw new DOMException('Must be handling a user gesture', 'NotAllowedError');
		});
		const download = vi.fn();
		expect(await shareFile(file, 'Poster', download)).toBe('downloaded');
		expect(download).toHaveBeenCalledOnce();
	});

	it('lets any other failure of the share sheet surface', async () => {
		deviceThatShares(async () => {
			throw new TypeError('files not supported');
		});
		await expect(shareFile(file, 'Poster', vi.fn())).rejects.toThrow('files not supported');
	});
});
