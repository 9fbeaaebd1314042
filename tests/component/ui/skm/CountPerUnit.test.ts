/**
 * The SKM screen of a device without the responses (OPD staff, an enumerator): every service unit
 * links to its own SKM page, where its follow-up is written.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Unit, User } from '$lib/domain/schemas';

const staff: User = { nama: 'staf-a', peran: 'opd', unitIds: ['unit-b'] };
localStorage.setItem('rapor.akun', JSON.stringify(staff));

const unit = (id: string, nama: string, layananSkm = true): Unit => ({
	id,
	nama,
	singkatan: id,
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm
});

let CountPerUnit: typeof import('$lib/ui/skm/CountPerUnit.svelte').default;

beforeAll(async () => {
	// No server here: the counts are not known, the links still are.
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response('', { status: 503 }))
	);
	({ default: CountPerUnit } = await import('$lib/ui/skm/CountPerUnit.svelte'));
	const { database } = await import('$lib/state/app.svelte');
	const db = await database();
	await db.units.bulkPut([
		unit('unit-a', 'Puskesmas Alpha'),
		unit('unit-b', 'Kecamatan Beta'),
		unit('unit-c', 'Bappeda', false)
	]);
});

afterAll(() => vi.unstubAllGlobals());

describe('the respondent count of each service unit', () => {
	it('links each service unit to its SKM page, the account’s own unit first', async () => {
		render(CountPerUnit, { periodeId: '2026-TW3' });
		const list = await screen.findByTestId('jumlah-per-unit', {}, { timeout: 10_000 });
		const links = within(list).getAllByRole('link');
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Kecamatan Beta', '/skm/unit-b'],
			['Puskesmas Alpha', '/skm/unit-a']
		]);
		expect(within(list).queryByText('Bappeda')).toBeNull();
	});
});
