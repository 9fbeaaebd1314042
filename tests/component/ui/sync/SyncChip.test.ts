/**
 * The header's sync chip names a failure of the device's own storage, in red, and leads to the
 * sync screen that says what to do; it does not show the last sync time as if all were well.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { syncState } from '$lib/state/sync.svelte';
import SyncChip from '$lib/ui/sync/SyncChip.svelte';

afterEach(() => {
	syncState.keadaan = null;
	return locale.set('id');
});

describe('the sync chip', () => {
	const storageFailed = {
		fase: 'perangkat' as const,
		terakhir: null,
		galat: 'QuotaExceededError: The quota has been exceeded.',
		cobaLagiPada: null
	};

	it('says the device storage failed, in red, linking to the sync screen', async () => {
		syncState.keadaan = storageFailed;
		render(SyncChip);
		const chip = await screen.findByRole('link');
		expect(chip).toHaveTextContent('Penyimpanan gagal');
		expect(chip).toHaveClass('merah');
		expect(chip.getAttribute('href')).toMatch(/\/sinkron$/);
	});

	it('says so in English too', async () => {
		await locale.set('en');
		syncState.keadaan = storageFailed;
		render(SyncChip);
		expect(await screen.findByRole('link')).toHaveTextContent('Storage failed');
	});
});
