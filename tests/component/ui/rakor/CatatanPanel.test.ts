/** An official, signed in, notes a follow-up during the meeting: stored and queued for sync. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { User } from '$lib/domain/schemas';

const leadership: User = { nama: 'pimpinan', peran: 'reviewer', unitIds: [] };
localStorage.setItem('rapor.akun', JSON.stringify(leadership));

let CatatanPanel: typeof import('$lib/ui/rakor/CatatanPanel.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;

beforeAll(async () => {
	({ default: CatatanPanel } = await import('$lib/ui/rakor/CatatanPanel.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
});

const panel = () =>
	render(CatatanPanel, {
		unitId: 'dinas-x',
		unitName: 'Dinas X',
		periodeId: '2026-TW3',
		catatan: [],
		user: leadership
	});

describe('a follow-up noted by an official', () => {
	it('is stored in their name with its due date, and queued for sync in the same transaction', async () => {
		panel();
		await fireEvent.input(screen.getByLabelText('Tindak lanjut baru'), {
			target: { value: 'Percepat lelang belanja modal' }
		});
		await fireEvent.input(screen.getByLabelText('Tenggat (opsional)'), {
			target: { value: '2026-10-31' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		const db = await database();
		await vi.waitFor(async () => expect(await db.catatanRakor.count()).toBe(1));
		const [catatan] = await db.catatanRakor.toArray();
		expect(catatan).toMatchObject({
			unitId: 'dinas-x',
			periodeId: '2026-TW3',
			teks: 'Percepat lelang belanja modal',
			tenggat: '2026-10-31',
			oleh: 'pimpinan',
			selesai: false
		});
		expect(await db.sinkron.get(`catatanRakor:${catatan!.id}`)).toMatchObject({
			antre: 1,
			status: 'lokal',
			db: 'realisasi'
		});
		expect(screen.getByLabelText('Tindak lanjut baru')).toHaveValue('');
	});

	it('needs a text: an empty one is refused with the reason and nothing is stored', async () => {
		const db = await database();
		const before = await db.catatanRakor.count();
		panel();
		await fireEvent.input(screen.getAllByLabelText('Tindak lanjut baru').at(-1)!, {
			target: { value: '   ' }
		});
		await fireEvent.submit(screen.getAllByTestId('catatan-form').at(-1)!);
		await screen.findByText(/Isi tindak lanjut wajib diisi/);
		expect(await db.catatanRakor.count()).toBe(before);
	});
});
