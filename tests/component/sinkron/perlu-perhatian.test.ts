/**
 * The sync screen's list of records not yet on the server names each by what it is and whose
 * (unit, time, triwulan, respondent), never by its raw id.
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { response } from '../../unit/db/factories';

localStorage.setItem(
	'rapor.akun',
	JSON.stringify({ nama: 'siti', peran: 'enumerator', unitIds: ['pkm-a'] })
);

const ID = '4ed04344-0b6c-4c1e-9f4e-2d7b3c1a9e55';
let PerluPerhatian: typeof import('$lib/ui/sinkron/PerluPerhatian.svelte').default;

beforeAll(async () => {
	({ default: PerluPerhatian } = await import('$lib/ui/sinkron/PerluPerhatian.svelte'));
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
		})
	]);
}, 60_000);

describe('the records waiting to be sent', () => {
	it('names a response by its unit, time, triwulan and respondent instead of its id', async () => {
		render(PerluPerhatian);
		const baris = await screen.findByText('Respons SKM · PKM Alun-alun');
		const item = baris.closest('li')!;
		expect(within(item).getByTestId('rincian')).toHaveTextContent(
			/TW IV 2026 · Responden: Perempuan, 34 th/
		);
		expect(within(item).getByTestId('rincian')).toHaveTextContent(/3 Nov/);
		expect(screen.getByTestId('perlu-perhatian')).not.toHaveTextContent(ID);
	});
});
