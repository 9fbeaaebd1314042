/**
 * The sync panel names a failure of the device's own storage as such, with what to do, and never
 * as a missing network.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { syncState } from '$lib/state/sync.svelte';
import SyncPanel from '$lib/ui/sync/SyncPanel.svelte';

afterEach(() => {
	syncState.keadaan = null;
	return locale.set('id');
});

describe('the sync phase', () => {
	const storageFailed = {
		fase: 'perangkat' as const,
		terakhir: null,
		galat: 'QuotaExceededError: The quota has been exceeded.',
		cobaLagiPada: null
	};

	it('says the device storage failed and what to do, in Bahasa Indonesia', () => {
		syncState.keadaan = storageFailed;
		render(SyncPanel);
		const fase = screen.getByTestId('sync-fase');
		expect(fase).toHaveAttribute('data-fase', 'perangkat');
		expect(fase).toHaveTextContent(/Penyimpanan perangkat gagal \(penuh atau tertutup\)/);
		expect(fase).toHaveTextContent(/kosongkan ruang penyimpanan.*muat ulang/);
		expect(fase).not.toHaveTextContent(/luring|jaringan/i);
	});

	it('says the device storage failed and what to do, in English', async () => {
		await locale.set('en');
		syncState.keadaan = storageFailed;
		render(SyncPanel);
		const fase = screen.getByTestId('sync-fase');
		expect(fase).toHaveTextContent(/Device storage failed \(full or closed\)/);
		expect(fase).toHaveTextContent(/free up storage space, then reload/);
		expect(fase).not.toHaveTextContent(/offline|network/i);
	});
});
