/** "Did it work?": the unsur an earlier RTL targeted, their NRR then and now. */
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyRekapRow } from '$lib/db/skm-rekap';
import type { PublikasiSkm, Rtl, User } from '$lib/domain/schemas';
import { UNSUR_KEYS, type UnsurKey } from '$lib/domain/unsur';

const reviewer: User = { nama: 'pimpinan', peran: 'reviewer', unitIds: [] };
localStorage.setItem('rapor.akun', JSON.stringify(reviewer));

let RtlEffect: typeof import('$lib/ui/skm/RtlEffect.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;

beforeAll(async () => {
	({ default: RtlEffect } = await import('$lib/ui/skm/RtlEffect.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
});

const rtl = (periodeId: string, unsur: UnsurKey[]): Rtl => ({
	id: `puskesmas-a:${periodeId}`,
	unitId: 'puskesmas-a',
	periodeId,
	butir: unsur.map((u) => ({
		unsur: u,
		program: `Perbaikan ${u}`,
		triwulan: [3],
		penanggungJawab: 'Kepala TU',
		progres: 'berjalan'
	})),
	riwayat: [{ oleh: 'staf-a', waktu: '2026-05-01T08:00:00+07:00' }]
});

const nrr = (values: Partial<Record<UnsurKey, number | null>>) =>
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, values[k] === undefined ? 3 : values[k]])) as Record<
		UnsurKey,
		number | null
	>;

const published = (periodeId: string, values: Partial<Record<UnsurKey, number | null>>) =>
	({
		id: `puskesmas-a:${periodeId}`,
		periodeId,
		unitId: 'puskesmas-a',
		nama: 'Puskesmas A',
		nilai: null,
		mutu: null,
		responden: 100,
		nrr: nrr(values),
		rtl: [],
		saran: [],
		diterbitkan: { oleh: 'admin', waktu: '2026-07-05T08:00:00+07:00' }
	}) satisfies PublikasiSkm;

const effect = (periodeId: string) =>
	render(RtlEffect, { unitId: 'puskesmas-a', periodeId, numbering: 'permen' });

const rowOf = (label: RegExp) => screen.getByRole('row', { name: label });
const changeIn = (label: RegExp) => within(rowOf(label)).getAllByRole('cell').at(-1);

describe('the effect of the previous RTL', () => {
	it('compares the latest earlier RTL’s unsur: up, down, unchanged, or not answered', async () => {
		const db = await database();
		await db.rtl.bulkPut([
			rtl('2025-TW4', ['u1']),
			rtl('2026-TW1', ['u3', 'u4', 'u9', 'u6']),
			rtl('2026-TW3', ['u2'])
		]);
		await db.publikasiSkm.bulkPut([
			published('2026-TW1', { u3: 2.5, u4: 3.2, u9: 3.0, u6: 2.9 }),
			published('2026-TW2', { u3: 2.62, u4: 3.1, u9: 3.0, u6: null })
		]);
		effect('2026-TW2');
		await screen.findByRole('table', {}, { timeout: 10_000 });
		expect(
			screen.getByText(/RTL TW I 2026, dibandingkan dengan hasil SKM TW II 2026/)
		).toBeInTheDocument();
		expect(changeIn(/U3/)).toHaveTextContent('+0,120 ▲ naik');
		expect(within(rowOf(/U3/)).getByText('2,500')).toBeInTheDocument();
		expect(within(rowOf(/U3/)).getByText('2,620')).toBeInTheDocument();
		expect(changeIn(/U4/)).toHaveTextContent('−0,100 ▼ turun');
		expect(changeIn(/U9/)).toHaveTextContent('0,000 = tetap');
		expect(within(rowOf(/U6/)).getByText('belum ada jawaban')).toBeInTheDocument();
		// Only the targeted unsur of that plan, not the earlier or later plans'.
		expect(screen.getAllByRole('row')).toHaveLength(5);
	});

	it('reads the picked period’s NRR from this device’s responses when it has them', async () => {
		const db = await database();
		const row = emptyRekapRow('2026-TW3', 'puskesmas-a');
		row.responden = 10;
		for (const k of UNSUR_KEYS) {
			row.jumlah[k] = 30;
			row.dijawab[k] = 10;
		}
		row.jumlah.u3 = 35;
		await db.skmRekap.put(row);
		effect('2026-TW3');
		await screen.findByRole('table', {}, { timeout: 10_000 });
		// The RTL of TW I (TW III has its own, which is not "earlier"); TW I published u3 at 2,5.
		expect(within(rowOf(/U3/)).getByText('3,500')).toBeInTheDocument();
		expect(changeIn(/U3/)).toHaveTextContent('+1,000 ▲ naik');
	});

	it('says so when no earlier period has an RTL', async () => {
		effect('2025-TW4');
		expect(
			await screen.findByText(
				'Belum ada RTL dari periode sebelumnya untuk dibandingkan dengan hasil ini.',
				{},
				{ timeout: 10_000 }
			)
		).toBeInTheDocument();
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
	});
});
