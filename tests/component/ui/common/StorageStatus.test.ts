import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MARKER_KEY } from '$lib/db/storage';
import { database } from '$lib/state/app.svelte';
import { hasEnoughSpace, loadStorageStatus, storageState } from '$lib/state/storage.svelte';
import StorageStatus from '$lib/ui/common/StorageStatus.svelte';

const MB = 1024 * 1024;

/** The browser's StorageManager as a plain object with the answers under test. */
function installStorage(estimate: StorageEstimate, persisted = false) {
	const storage = {
		estimate: async () => estimate,
		persisted: async () => persisted,
		persist: async () => {
			persisted = true;
			return true;
		}
	};
	Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => {
	Reflect.deleteProperty(navigator, 'storage');
	localStorage.clear();
	storageState.dataHilang = false;
});

describe('the storage status', () => {
	it('shows persistence, space used and left in MB, and asks for persistence on request', async () => {
		installStorage({ usage: 12.5 * MB, quota: 500 * MB });
		render(StorageStatus);
		await loadStorageStatus(true);
		expect(await screen.findByTestId('ruang')).toHaveTextContent(
			'Terpakai 12,5 MB, sisa 487,5 MB dari 500,0 MB (98% tersisa).'
		);
		expect(screen.getByTestId('persisten')).toHaveTextContent('belum diberikan');
		await fireEvent.click(screen.getByRole('button', { name: 'Minta penyimpanan tetap' }));
		expect(await screen.findByText(/diberikan: browser tidak akan menghapus/)).toBeInTheDocument();
	});

	it('warns when less than 50 MB is left, and refuses new work when nearly full', async () => {
		installStorage({ usage: 470 * MB, quota: 500 * MB });
		render(StorageStatus, { compact: true });
		await loadStorageStatus(true);
		expect(await screen.findByText(/menipis: sisa 30,0 MB/)).toBeInTheDocument();
		expect((await hasEnoughSpace()).ok).toBe(true);

		installStorage({ usage: 495 * MB, quota: 500 * MB });
		const check = await hasEnoughSpace();
		expect(check).toEqual({
			ok: false,
			pesan: expect.stringContaining('hampir penuh (sisa 5,0 MB)')
		});
	});

	it('warns that the browser emptied the database until the user has read it', async () => {
		await database();
		localStorage.setItem(MARKER_KEY, '2020-01-01T00:00:00.000Z');
		render(StorageStatus, { compact: true });
		await loadStorageStatus(true);
		const alert = await screen.findByTestId('data-hilang');
		expect(alert).toHaveTextContent('Data di perangkat ini hilang (dihapus oleh browser).');
		await fireEvent.click(screen.getByRole('button', { name: 'Saya mengerti' }));
		await vi.waitFor(() => expect(screen.queryByTestId('data-hilang')).toBeNull());
		await loadStorageStatus(true);
		expect(storageState.dataHilang).toBe(false);
	});
});
