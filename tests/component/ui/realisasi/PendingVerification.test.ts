import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { listIndikator, listUnits } from '$lib/db/master';
import { getSettings } from '$lib/db/settings';
import { realisasiForPeriode, realisasiForUnit } from '$lib/db/realisasi';
import { putRealisasi } from '$lib/db/realisasi-write';
import { generateDemo } from '$lib/demo/generate';
import { formatNumber } from '$lib/domain/format';
import type { User } from '$lib/domain/schemas';
import { database } from '$lib/state/app.svelte';
import { buildPending } from '$lib/view/realisasi';
import MenungguVerifikasi from '$lib/ui/realisasi/PendingVerification.svelte';

const TW4 = '2026-TW4';
const ADMIN: User = { nama: 'Rina Admin', peran: 'admin', unitIds: [] };

async function list() {
	const db = await database();
	return buildPending({
		periodeId: TW4,
		units: await listUnits(db),
		indikator: await listIndikator(db, 2026),
		realisasi: await realisasiForPeriode(db, TW4),
		pengaturan: await getSettings(db)
	});
}

describe('the list of entries awaiting verification', () => {
	beforeEach(async () => {
		const db = await database();
		await db.realisasi.where('periodeId').equals(TW4).delete();
		await putRealisasi(
			db,
			generateDemo().realisasi.filter((r) => r.periodeId === TW4)
		);
	});

	it('lists the submitted entries of the triwulan with their index', async () => {
		const row = await list();
		render(MenungguVerifikasi, { baris: row, periodeId: TW4, user: ADMIN, onbuka: () => {} });
		const items = within(screen.getByTestId('menunggu')).getAllByRole('listitem');
		expect(items.map((li) => li.dataset.unit).sort()).toEqual([
			'demo-disnaker',
			'demo-dlh',
			'demo-kec-wiradesa-timur'
		]);
		const dlh = row.find((b) => b.realisasi.unitId === 'demo-dlh')!;
		expect(items.find((li) => li.dataset.unit === 'demo-dlh')).toHaveTextContent(
			formatNumber(dlh.hasil.indeks!, 2, 'id')
		);
	});

	it('verifies an entry and records who did it', async () => {
		render(MenungguVerifikasi, {
			baris: await list(),
			periodeId: TW4,
			user: ADMIN,
			onbuka: () => {}
		});
		const dlh = screen
			.getByTestId('menunggu')
			.querySelector<HTMLElement>('[data-unit="demo-dlh"]')!;
		await fireEvent.click(within(dlh).getByRole('button', { name: 'Verifikasi' }));
		// Nothing is verified before the admin confirms, having seen the figures.
		const konfirmasi = within(dlh).getByTestId('konfirmasi-verifikasi');
		expect(konfirmasi).toHaveTextContent('Verifikasi entri Dinas Lingkungan Hidup, TW IV 2026?');
		expect((await realisasiForUnit(await database(), 'demo-dlh', TW4))?.status).toBe('diajukan');
		await fireEvent.click(within(konfirmasi).getByRole('button', { name: 'Verifikasi' }));
		expect(
			await screen.findByText('Dinas Lingkungan Hidup — Tersimpan: entri diverifikasi')
		).toBeInTheDocument();
		const stored = await realisasiForUnit(await database(), 'demo-dlh', TW4);
		expect(stored?.status).toBe('diverifikasi');
		expect(stored?.riwayat?.at(-1)).toEqual(
			expect.objectContaining({ aksi: 'verifikasi', oleh: 'Rina Admin' })
		);
	});

	it('shows the figures before verifying, and "Batal" leaves the entry submitted', async () => {
		const row = await list();
		render(MenungguVerifikasi, { baris: row, periodeId: TW4, user: ADMIN, onbuka: () => {} });
		const dlh = screen
			.getByTestId('menunggu')
			.querySelector<HTMLElement>('[data-unit="demo-dlh"]')!;
		await fireEvent.click(within(dlh).getByRole('button', { name: 'Verifikasi' }));
		const summary = within(dlh).getByTestId('ringkasan-entri');
		const entri = row.find((b) => b.realisasi.unitId === 'demo-dlh')!;
		expect(within(summary).getByTestId('ringkasan-indeks')).toHaveTextContent(
			formatNumber(entri.hasil.indeks!, 2, 'id')
		);
		await fireEvent.click(within(dlh).getByRole('button', { name: 'Batal' }));
		expect(within(dlh).queryByTestId('konfirmasi-verifikasi')).toBeNull();
		expect((await realisasiForUnit(await database(), 'demo-dlh', TW4))?.status).toBe('diajukan');
	});

	it('refuses a return without a note and opens the entry on request', async () => {
		const dibuka: string[] = [];
		render(MenungguVerifikasi, {
			baris: await list(),
			periodeId: TW4,
			user: ADMIN,
			onbuka: (id: string) => dibuka.push(id)
		});
		const dlh = screen
			.getByTestId('menunggu')
			.querySelector<HTMLElement>('[data-unit="demo-dlh"]')!;
		await fireEvent.click(within(dlh).getByRole('button', { name: 'Kembalikan ke OPD' }));
		await fireEvent.click(
			within(dlh).getByRole('button', { name: 'Kembalikan dengan catatan ini' })
		);
		expect(await screen.findByRole('alert')).toHaveTextContent('Tulis catatan untuk OPD');
		expect((await realisasiForUnit(await database(), 'demo-dlh', TW4))?.status).toBe('diajukan');

		await fireEvent.click(within(dlh).getByRole('button', { name: 'Batal' }));
		await fireEvent.click(within(dlh).getByRole('button', { name: 'Buka' }));
		expect(dibuka).toEqual(['demo-dlh']);
	});
});
