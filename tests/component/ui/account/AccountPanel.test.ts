/** Signing out of a shared phone never loses unsent records silently. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';

localStorage.setItem(
	'rapor.akun',
	JSON.stringify({ nama: 'siti', peran: 'enumerator', unitIds: ['pkm-a'] })
);

let AccountPanel: typeof import('$lib/ui/account/AccountPanel.svelte').default;

beforeAll(async () => {
	({ default: AccountPanel } = await import('$lib/ui/account/AccountPanel.svelte'));
	const { database } = await import('$lib/state/app.svelte');
	const db = await database();
	await db.units.put({
		id: 'pkm-a',
		nama: 'Puskesmas A',
		singkatan: 'PKM A',
		jenis: 'puskesmas',
		dinilaiIndeks: false,
		layananSkm: true
	});
});

describe('the account panel', () => {
	it('asks for an export before signing out with unsent records', async () => {
		URL.createObjectURL = vi.fn(() => 'blob:x');
		URL.revokeObjectURL = vi.fn();
		render(AccountPanel);
		await screen.findByText(/1 catatan belum terkirim/);
		const keluar = screen.getByRole('button', { name: 'Keluar (data tetap di perangkat)' });
		expect(keluar).toBeDisabled();
		await fireEvent.click(screen.getByRole('button', { name: 'Ekspor data belum terkirim' }));
		await vi.waitFor(() => expect(keluar).toBeEnabled());
		expect(URL.createObjectURL).toHaveBeenCalledOnce();
	});
});
