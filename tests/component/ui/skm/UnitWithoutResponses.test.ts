/**
 * A unit's SKM page on a device without its responses (OPD staff): no empty IKM passed off as the
 * result, but why, and the unit's published result when there is one.
 */
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PublikasiSkm, User } from '$lib/domain/schemas';

vi.mock('$app/state', () => ({
	page: { params: { id: 'unit-a' }, url: new URL('https://rapor.contoh.go.id/skm/unit-a') }
}));

const staff: User = { nama: 'staf-a', peran: 'opd', unitIds: ['unit-a'] };
localStorage.setItem('rapor.akun', JSON.stringify(staff));

let UnitWithoutResponses: typeof import('$lib/ui/skm/UnitWithoutResponses.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;

beforeAll(async () => {
	({ default: UnitWithoutResponses } = await import('$lib/ui/skm/UnitWithoutResponses.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
	const db = await database();
	await db.units.put({
		id: 'unit-a',
		nama: 'Puskesmas Alpha',
		singkatan: 'PKM A',
		jenis: 'puskesmas',
		dinilaiIndeks: true,
		layananSkm: true
	});
});

const published: PublikasiSkm = {
	id: 'unit-a:2026-TW3',
	periodeId: '2026-TW3',
	unitId: 'unit-a',
	nama: 'Puskesmas Alpha',
	nilai: 82.5,
	mutu: 'B',
	responden: 120,
	nrr: { u1: 3.3, u2: 3.3, u3: 3.3, u4: 3.3, u5: 3.3, u6: 3.3, u7: 3.3, u8: 3.3, u9: 3.3 },
	rtl: [],
	saran: [],
	diterbitkan: { oleh: 'demo-admin', waktu: '2026-10-10T09:00:00+07:00' }
};

const NOTE =
	'Hasil SKM unit ini dihitung di perangkat admin/reviewer; di sini Anda menyusun tindak lanjutnya.';

describe('a unit’s SKM page without its responses', () => {
	it('says where the result is computed and that it is not published yet', async () => {
		render(UnitWithoutResponses, { unitId: 'unit-a', periodeId: '2026-TW2' });
		expect(screen.getByRole('note')).toHaveTextContent(NOTE);
		await screen.findByText(
			'Hasil unit ini untuk periode ini belum diterbitkan.',
			{},
			{ timeout: 10_000 }
		);
		expect(screen.queryByText('–')).toBeNull();
	});

	it('shows the unit’s published result of the period', async () => {
		const db = await database();
		await db.publikasiSkm.put(published);
		render(UnitWithoutResponses, { unitId: 'unit-a', periodeId: '2026-TW3' });
		const result = await screen.findByTestId('skm-terbit', {}, { timeout: 10_000 });
		expect(result).toHaveTextContent('Hasil yang diterbitkan');
		expect(result).toHaveTextContent('82,50');
		expect(result).toHaveTextContent('120 responden');
		expect(result).toHaveTextContent(/Diterbitkan .*2026/);
		expect(screen.getByRole('note')).toHaveTextContent(NOTE);
	});
});

describe('the unit’s SKM page of OPD staff', () => {
	it('shows the note instead of empty figures and keeps the follow-up panels', async () => {
		const { periodeChoice } = await import('$lib/state/app.svelte');
		periodeChoice.pilihPeriode('2026-TW3');
		const { default: UnitPage } = await import('../../../../src/routes/skm/[id]/+page.svelte');
		render(UnitPage);
		await screen.findByTestId('skm-terbit', {}, { timeout: 10_000 });
		expect(screen.getByTestId('skm-tanpa-respons')).toHaveTextContent(NOTE);
		expect(screen.queryByTestId('skm-summary')).toBeNull();
		expect(screen.queryByText('Belum ada nilai')).toBeNull();
		await screen.findByRole('button', { name: 'Buat RTL' }, { timeout: 10_000 });
		expect(screen.getByTestId('poster-publik')).toBeInTheDocument();
	});
});
