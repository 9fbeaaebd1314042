/** On /skm, OPD staff find their own unit's SKM page (its RTL) without typing its address. */
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit, User } from '$lib/domain/schemas';

const staff: User = { nama: 'staf-a', peran: 'opd', unitIds: ['unit-a'] };
localStorage.setItem('rapor.akun', JSON.stringify(staff));

const unit = (id: string, nama: string, layananSkm = true): Unit => ({
	id,
	nama,
	singkatan: id,
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm
});

let OwnUnitLink: typeof import('$lib/ui/skm/OwnUnitLink.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;
let setUser: typeof import('$lib/db/device').setUser;

beforeAll(async () => {
	({ default: OwnUnitLink } = await import('$lib/ui/skm/OwnUnitLink.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
	({ setUser } = await import('$lib/db/device'));
	const db = await database();
	await db.units.bulkPut([
		unit('unit-a', 'Puskesmas Alpha'),
		unit('unit-b', 'Kecamatan Beta'),
		unit('unit-c', 'Bappeda', false)
	]);
});

async function as(user: User) {
	await setUser(await database(), user);
	return render(OwnUnitLink);
}

describe('the link to the OPD’s own SKM follow-up', () => {
	it('takes OPD staff to their unit’s SKM page', async () => {
		await as(staff);
		const link = await screen.findByRole(
			'link',
			{ name: 'Tindak lanjut SKM unit Anda: Puskesmas Alpha →' },
			{ timeout: 10_000 }
		);
		expect(link).toHaveAttribute('href', '/skm/unit-a');
	});

	it('is not shown when the OPD’s unit runs no SKM', async () => {
		const { container } = await as({ ...staff, unitIds: ['unit-c'] });
		// The user and the units are read; still no link.
		await new Promise((r) => setTimeout(r, 300));
		expect(container.querySelector('[data-testid="tautan-unit-anda"]')).toBeNull();
		expect(screen.queryByRole('link')).toBeNull();
	});

	it('is not shown to other roles', async () => {
		await as({ nama: 'pimpinan', peran: 'reviewer', unitIds: [] });
		await new Promise((r) => setTimeout(r, 300));
		expect(screen.queryByRole('link')).toBeNull();
	});
});
