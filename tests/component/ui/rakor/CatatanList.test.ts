/** OPD staff, signed in, read their OPD's follow-ups and only mark them done. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CatatanRakor, User } from '$lib/domain/schemas';

const staff: User = { nama: 'staf-x', peran: 'opd', unitIds: ['dinas-x'] };
localStorage.setItem('rapor.akun', JSON.stringify(staff));

let CatatanList: typeof import('$lib/ui/rakor/CatatanList.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;

const catatan = (id: string, unitId: string): CatatanRakor => ({
	id,
	unitId,
	periodeId: '2026-TW3',
	teks: `Tindak lanjut ${id}`,
	oleh: 'pimpinan',
	waktu: '2026-10-05T09:00:00+07:00',
	tenggat: '2026-10-31',
	selesai: false
});

beforeAll(async () => {
	({ default: CatatanList } = await import('$lib/ui/rakor/CatatanList.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
	const db = await database();
	await db.catatanRakor.bulkPut([catatan('milik', 'dinas-x'), catatan('lain', 'dinas-y')]);
});

describe("OPD staff and their OPD's follow-ups", () => {
	it('mark their own done, stamped with their name, and cannot edit or reopen it', async () => {
		const db = await database();
		render(CatatanList, { catatan: [catatan('milik', 'dinas-x')], user: staff });
		expect(screen.queryByRole('button', { name: 'Ubah' })).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Tandai selesai' }));
		await vi.waitFor(async () => expect((await db.catatanRakor.get('milik'))?.selesai).toBe(true));
		const saved = (await db.catatanRakor.get('milik'))!;
		expect(saved.diubah?.oleh).toBe('staf-x');
		expect(saved.teks).toBe('Tindak lanjut milik');
		expect((await db.sinkron.get('catatanRakor:milik'))?.antre).toBe(1);
		render(CatatanList, { catatan: [saved], user: staff });
		expect(screen.queryByRole('button', { name: 'Buka lagi' })).toBeNull();
	});

	it("see another OPD's follow-up without any action", () => {
		render(CatatanList, { catatan: [catatan('lain', 'dinas-y')], user: staff });
		expect(screen.getByText('Tindak lanjut lain')).toBeInTheDocument();
		expect(screen.queryByRole('button')).toBeNull();
	});
});
