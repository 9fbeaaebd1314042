/** One unit's rencana tindak lanjut on a rakor slide. */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '$lib/demo/generate';
import { DEFAULT_SETTINGS, type Rtl } from '$lib/domain/schemas';
import { buildSkm } from '$lib/view/skm';
import SlideRtl from '$lib/ui/rakor/SlideRtl.svelte';

const TW3 = '2026-TW3';
const demo = generateDemo();
const skm = buildSkm({
	periodeId: TW3,
	units: demo.units,
	responses: demo.responses.filter((r) => r.periodeId === TW3),
	populasi: demo.populasi.filter((p) => p.periodeId === TW3),
	pengaturan: DEFAULT_SETTINGS
});
const row = skm.units.find((u) => u.unit.id === 'demo-dinkes')!;

const rtl: Rtl = {
	id: `demo-dinkes:${TW3}`,
	unitId: 'demo-dinkes',
	periodeId: TW3,
	butir: [
		{
			unsur: 'u3',
			program: 'Loket antrean daring',
			triwulan: [1, 3],
			penanggungJawab: 'Kepala Seksi Pelayanan',
			progres: 'berjalan',
			catatanProgres: 'Diuji di dua loket',
			tanggalProgres: '2026-11-02'
		},
		{
			unsur: 'u9',
			program: 'Kursi ruang tunggu',
			triwulan: [2],
			penanggungJawab: 'Sekretaris',
			progres: 'belum'
		}
	],
	riwayat: [{ oleh: 'demo-opd', waktu: '2026-10-01T10:00:00+07:00' }]
};

describe('the RTL slide', () => {
	it('shows the unit, its IKM, and each action with its unsur’s NRR, triwulan, person in charge and progress', () => {
		render(SlideRtl, { row, rtl, pengaturan: DEFAULT_SETTINGS });
		expect(screen.getByRole('heading', { level: 2, name: row.unit.nama })).toBeInTheDocument();
		expect(screen.getByTestId('rakor-rtl-ikm')).toHaveTextContent(
			String(row.hasil.nilai!.toFixed(2)).replace('.', ',')
		);
		const items = within(screen.getByTestId('rakor-rtl')).getAllByRole('listitem');
		expect(items).toHaveLength(2);
		const nrr = row.hasil.nrr.u3!.toFixed(3).replace('.', ',');
		expect(items[0]).toHaveTextContent(`U3 Waktu penyelesaian`);
		expect(items[0]).toHaveTextContent(`NRR ${nrr}`);
		expect(items[0]).toHaveTextContent('Loket antrean daring');
		expect(items[0]).toHaveTextContent('TW I, TW III');
		expect(items[0]).toHaveTextContent('Kepala Seksi Pelayanan');
		expect(items[0]).toHaveTextContent('Berjalan');
		expect(items[0]).toHaveTextContent('Diuji di dua loket');
		expect(items[0]).toHaveTextContent('per 2 Nov');
		expect(items[1]).toHaveTextContent('Belum');
		expect(items[1]).toHaveTextContent('TW II');
	});
});
