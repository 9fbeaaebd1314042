/**
 * The sync screen's list of records not yet on the server names each by what it is and whose
 * (unit, time, triwulan, respondent), never by its raw id; when taking the server's version of a
 * refused record fails, it says why (network, session, access, refusal, device storage, server).
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import Dexie from 'dexie';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { response } from '../../../unit/db/factories';

/** What fetching the server's version throws next (nothing: it succeeds). */
const serverVersion = vi.hoisted(() => ({ error: null as unknown }));
vi.mock('$lib/sync/conflict', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/sync/conflict')>()),
	useServerVersion: async () => {
		if (serverVersion.error) throw serverVersion.error;
	}
}));

localStorage.setItem(
	'rapor.akun',
	JSON.stringify({ nama: 'siti', peran: 'enumerator', unitIds: ['pkm-a'] })
);

const ID = '4ed04344-0b6c-4c1e-9f4e-2d7b3c1a9e55';
const REFUSED = '5b0c6a1e-7d3f-4a8e-9c21-0f6e3d2b1a77';
let NeedsAttention: typeof import('$lib/ui/sync/NeedsAttention.svelte').default;

beforeAll(async () => {
	({ default: NeedsAttention } = await import('$lib/ui/sync/NeedsAttention.svelte'));
	const { database } = await import('$lib/state/app.svelte');
	const { addResponses } = await import('$lib/db/responses-write');
	const db = await database();
	await db.units.put({
		id: 'pkm-a',
		nama: 'Puskesmas Alun-alun',
		singkatan: 'PKM Alun-alun',
		jenis: 'puskesmas',
		dinilaiIndeks: false,
		layananSkm: true
	});
	await addResponses(db, [
		response({
			id: ID,
			unitId: 'pkm-a',
			periodeId: '2026-TW4',
			waktu: '2026-11-03T09:15:00+07:00',
			enumerator: 'siti'
		}),
		response({ id: REFUSED, unitId: 'pkm-a', periodeId: '2026-TW4', enumerator: 'siti' })
	]);
	await db.sinkron.update(`response:${REFUSED}`, {
		status: 'ditolak',
		antre: 0,
		alasan: { key: 'akses.bukanUnitAnda', teks: 'not your unit' }
	});
}, 60_000);

describe('the records waiting to be sent', () => {
	it('names a response by its unit, time, triwulan and respondent instead of its id', async () => {
		render(NeedsAttention);
		const row = await screen.findByText('Respons SKM · PKM Alun-alun', {
			selector: `[data-id="response:${ID}"] .nama`
		});
		const item = row.closest('li')!;
		expect(within(item).getByTestId('rincian')).toHaveTextContent(
			/TW IV 2026 · Responden: Perempuan, 34 th/
		);
		expect(within(item).getByTestId('rincian')).toHaveTextContent(/3 Nov/);
		expect(screen.getByTestId('perlu-perhatian')).not.toHaveTextContent(ID);
	});
});

describe('taking the server version of a refused record', () => {
	const cases: [string, unknown, RegExp][] = [
		['the network', new TypeError('Failed to fetch'), /Server tidak terjangkau.*Periksa jaringan/],
		['the session', { status: 401, name: 'unauthorized' }, /Sesi berakhir\. Masuk lagi/],
		['access', { status: 403, name: 'forbidden' }, /tidak berhak membaca catatan ini/],
		['a refusal', { status: 400, name: 'bad_request' }, /Server menolak permintaan ini/],
		['the device', new Dexie.QuotaExceededError('full'), /Penyimpanan perangkat gagal.*muat ulang/],
		['the server', { status: 500, name: 'internal_server_error' }, /Server mengalami galat/]
	];

	it.each(cases)('says when %s failed', async (_kind, error, message) => {
		serverVersion.error = error;
		render(NeedsAttention);
		const item = (
			await screen.findByText(/Respons SKM/, { selector: `[data-id="response:${REFUSED}"] .nama` })
		).closest('li')!;
		await fireEvent.click(within(item).getByRole('button', { name: 'Pakai versi server' }));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(message);
		if (!(error instanceof TypeError)) expect(alert).not.toHaveTextContent(/jaringan/i);
	});
});
