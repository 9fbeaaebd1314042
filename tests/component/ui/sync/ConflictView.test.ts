/**
 * The conflict screen of a signed-in OPD user: both versions side by side, a choice per part, and
 * a resolution stored and queued in this account's database.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Realisasi } from '$lib/domain/schemas';

const ACCOUNTS = { nama: 'budi', peran: 'opd', unitIds: ['dinas-x'] } as const;
localStorage.setItem('rapor.akun', JSON.stringify(ACCOUNTS));

const entry: Realisasi = {
	id: 'dinas-x:2026-TW4',
	unitId: 'dinas-x',
	periodeId: '2026-TW4',
	pagu: 100,
	realisasiAnggaran: 40,
	realisasiFisik: 70,
	p3dn: { realisasiPdn: null, komitmenPdn: null, totalPengadaan: null },
	indikator: [],
	status: 'draft',
	riwayat: [
		{ waktu: '2026-11-01T08:00:00+07:00', oleh: 'ani', aksi: 'simpan' },
		{ waktu: '2026-11-02T08:00:00+07:00', oleh: 'budi', aksi: 'simpan' }
	]
};
const other: Realisasi = {
	...entry,
	realisasiFisik: 60,
	riwayat: [entry.riwayat![0]!, { waktu: '2026-11-02T09:00:00+07:00', oleh: 'ani', aksi: 'simpan' }]
};
const ID = 'realisasi:dinas-x:2026-TW4';

let ConflictView: typeof import('$lib/ui/sync/ConflictView.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;

beforeAll(async () => {
	({ default: ConflictView } = await import('$lib/ui/sync/ConflictView.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
	await saveConflict(entry, other, ['bbbb', 'cccc']);
});

/** `ini` on the device, in conflict with `itu` (revision hashes `[ini, itu]`, both from 'aaaa'). */
async function saveConflict(ini: Realisasi, itu: Realisasi, [revIni, revItu]: [string, string]) {
	const id = `realisasi:${ini.id}`;
	const db = await database();
	const { serverTransaction } = await import('$lib/sync/tracker');
	await serverTransaction(db, ['realisasi'], async () => {
		await db.realisasi.put(ini);
		await db.sinkron.put({
			id,
			db: 'realisasi',
			rev: `2-${revIni}`,
			riwayat: [revIni, 'aaaa'],
			antre: 0,
			status: 'konflik',
			lain: [
				{
					rev: `2-${revItu}`,
					riwayat: [revItu, 'aaaa'],
					dokumen: { _id: id, type: 'realisasi', ...itu }
				}
			],
			diubah: '2026-11-02T09:00:00.000Z'
		});
	});
}

describe('resolving a conflict', () => {
	it('shows only the parts that differ, with both values', async () => {
		render(ConflictView, { id: ID, label: 'Realisasi Dinas X', ondone: () => {} });
		const baris = await screen.findByText('Realisasi fisik (%)');
		const tr = baris.closest('tr')!;
		expect(within(tr).getByLabelText('70,00')).toBeChecked();
		expect(within(tr).getByLabelText('60,00')).not.toBeChecked();
		expect(screen.getAllByRole('row')).toHaveLength(2);
	});

	it('stores the chosen parts on top of the other person’s version and closes the rest', async () => {
		let selesai = false;
		render(ConflictView, { id: ID, label: 'Realisasi Dinas X', ondone: () => (selesai = true) });
		await fireEvent.click(await screen.findByLabelText('60,00'));
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan penyelesaian' }));
		await waitFor(() => expect(selesai).toBe(true));

		const db = await database();
		const stored = (await db.realisasi.get(entry.id))!;
		expect(stored.realisasiFisik).toBe(60);
		expect(stored.riwayat!.map((r) => r.oleh)).toEqual(['ani', 'ani', 'budi', 'budi']);
		const row = (await db.sinkron.get(ID))!;
		expect(row).toMatchObject({ status: 'lokal', antre: 1 });
		expect(row.rev).toMatch(/^3-/);
		expect(row.riwayat.slice(1)).toEqual(['cccc', 'aaaa']);
		expect(row.tutup).toEqual([expect.objectContaining({ menutup: '2-bbbb' })]);
	});
});

describe('a conflict between two other people’s changes', () => {
	it('is left to the admin: the OPD user sees why and cannot save a resolution', async () => {
		const id = 'realisasi:dinas-x:2026-TW3';
		const base = { ...entry, id: 'dinas-x:2026-TW3', periodeId: '2026-TW3' };
		const olehCitra = {
			...base,
			riwayat: [
				entry.riwayat![0]!,
				{ waktu: '2026-11-02T08:00:00+07:00', oleh: 'citra', aksi: 'simpan' }
			]
		} satisfies Realisasi;
		const olehDedi = {
			...base,
			realisasiFisik: 65,
			riwayat: [
				entry.riwayat![0]!,
				{ waktu: '2026-11-02T08:30:00+07:00', oleh: 'dedi', aksi: 'simpan' }
			]
		} satisfies Realisasi;
		await saveConflict(olehCitra, olehDedi, ['dddd', 'eeee']);
		render(ConflictView, { id, label: 'Realisasi Dinas X TW III', ondone: () => {} });
		expect(await screen.findByTestId('konflik-hanya-admin')).toHaveTextContent(
			'konflik ini diselesaikan admin'
		);
		expect(screen.queryByRole('button', { name: 'Simpan penyelesaian' })).toBeNull();
	});
});
