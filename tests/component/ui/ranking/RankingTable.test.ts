import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Realisasi, type Unit } from '$lib/domain/schemas';
import { buildRanking } from '$lib/view/ranking';
import RankingTable from '$lib/ui/ranking/RankingTable.svelte';

const unit = (id: string, name: string): Unit => ({
	id,
	nama: name,
	singkatan: '',
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm: false
});

const realisasi = (unitId: string, over: Partial<Realisasi> = {}): Realisasi => ({
	id: `${unitId}-r`,
	unitId,
	periodeId: '2026-TW2',
	pagu: 1_000_000,
	realisasiAnggaran: 800_000,
	realisasiFisik: 80,
	p3dn: { realisasiPdn: 50, komitmenPdn: 100, totalPengadaan: 200 },
	indikator: [],
	status: 'diverifikasi',
	...over
});

describe('the ranking table', () => {
	it('lists ranked OPD first and names the missing data of an unranked one', () => {
		const view = buildRanking({
			periodeId: '2026-TW2',
			units: [unit('a', 'Dinas A'), unit('b', 'Dinas B'), unit('c', 'Dinas C')],
			indikator: [],
			realisasiKini: [
				realisasi('a', { pagu: 0 }),
				realisasi('b'),
				realisasi('c', { status: 'diajukan' })
			],
			realisasiLalu: [],
			pengaturan: {
				...DEFAULT_SETTINGS,
				bobotIndeks: { anggaran: 30, fisik: 30, kinerja: 0, p3dn: 40 }
			}
		});
		render(RankingTable, { rows: view.rows, periodeId: view.periodeId });
		const rows = screen.getAllByRole('row').slice(1);
		expect(rows.map((r) => r.getAttribute('data-unit'))).toEqual(['b', 'c', 'a']);
		expect(within(rows[0]!).getByText('1')).toBeInTheDocument();
		expect(within(rows[1]!).getByText('1')).toBeInTheDocument(); // same index, shared rank
		expect(within(rows[1]!).getByText('Diajukan, menunggu verifikasi')).toBeInTheDocument();
		expect(within(rows[2]!).getByText(/pagu nol/)).toBeInTheDocument();
		expect(within(rows[2]!).getByText('Belum dinilai')).toBeInTheDocument();
		expect(within(rows[0]!).getByText('68,00')).toBeInTheDocument();
		expect(within(rows[0]!).getByText('Kuning')).toBeInTheDocument();
	});
});
