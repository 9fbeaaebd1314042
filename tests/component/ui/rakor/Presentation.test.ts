/** The slide show of a meeting: keys of keyboards and clickers, swipes, and where it stays. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { generateDemo } from '$lib/demo/generate';
import { previousPeriode } from '$lib/domain/periode';
import { DEFAULT_SETTINGS, type User } from '$lib/domain/schemas';
import { buildRakorData, type RakorData } from '$lib/view/rakor';
import { buildRanking } from '$lib/view/ranking';
import { buildSkm } from '$lib/view/skm';
import Presentasi from '$lib/ui/rakor/Presentation.svelte';

const TW3 = '2026-TW3';

function dataDemo(): RakorData {
	const demo = generateDemo();
	const peringkat = (periodeId: string, lalu = true) =>
		buildRanking({
			periodeId,
			units: demo.units,
			indikator: demo.indikator,
			realisasiKini: demo.realisasi.filter((r) => r.periodeId === periodeId),
			realisasiLalu: lalu
				? demo.realisasi.filter((r) => r.periodeId === previousPeriode(periodeId))
				: [],
			pengaturan: DEFAULT_SETTINGS
		});
	const skm = buildSkm({
		periodeId: TW3,
		units: demo.units,
		responses: demo.responses.filter((r) => r.periodeId === TW3),
		populasi: demo.populasi.filter((p) => p.periodeId === TW3),
		pengaturan: DEFAULT_SETTINGS
	});
	const setahun = ['2026-TW1', '2026-TW2', TW3, '2026-TW4'].map((p) => peringkat(p, false));
	return buildRakorData(peringkat(TW3), skm, setahun);
}

const data = dataDemo();
const count = 3 + data.ranking.rows.length + 2;

const user: User = { nama: 'pimpinan', peran: 'reviewer', unitIds: [] };

function show(initialSlide: string | null = null) {
	const onslide = vi.fn();
	render(Presentasi, { data, catatan: [], user, tersemat: null, initialSlide, onslide });
	return onslide;
}

const position = () => screen.getByTestId('rakor-posisi').textContent;
const press = (key: string, over: KeyboardEventInit = {}) =>
	fireEvent.keyDown(window, { key, ...over });

describe('the slide show', () => {
	it('starts on the whole ranking and moves with arrows, PageDown/PageUp, Space, Home and End', async () => {
		const onslide = show();
		expect(position()).toBe(`1 / ${count}`);
		expect(screen.getByTestId('rakor-peringkat').querySelectorAll('li')).toHaveLength(
			data.ranking.rows.length
		);
		await press('PageDown');
		expect(screen.getByTestId('rakor-teratas').querySelectorAll('li')).toHaveLength(3);
		await press('ArrowRight');
		expect(screen.getByTestId('rakor-terbawah')).toBeInTheDocument();
		await press(' ');
		const pertama = data.ranking.rows[0]!;
		expect(position()).toBe(`4 / ${count}`);
		expect(screen.getByRole('heading', { level: 2, name: pertama.unit.nama })).toBeInTheDocument();
		expect(screen.getByTestId('rakor-komponen').querySelectorAll('tbody tr')).toHaveLength(4);
		await press(' ', { shiftKey: true });
		await press('PageUp');
		expect(position()).toBe(`2 / ${count}`);
		await press('End');
		expect(position()).toBe(`${count} / ${count}`);
		await press('ArrowRight');
		expect(position()).toBe(`${count} / ${count}`);
		await press('Home');
		expect(position()).toBe(`1 / ${count}`);
		expect(onslide.mock.calls.map(([k]) => k).slice(0, 3)).toEqual([
			'teratas',
			'terbawah',
			`opd:${pertama.unit.id}`
		]);
	});

	it('opens on the slide it was on, and leaves keys typed into a form alone', async () => {
		const unit = data.ranking.rows[5]!.unit;
		show(`opd:${unit.id}`);
		expect(position()).toBe(`9 / ${count}`);
		await fireEvent.click(screen.getByTestId('tombol-tindak-lanjut'));
		const box = screen.getByRole('textbox');
		await fireEvent.keyDown(box, { key: ' ' });
		await fireEvent.keyDown(box, { key: 'ArrowRight' });
		expect(position()).toBe(`9 / ${count}`);
		await fireEvent.keyDown(screen.getByRole('button', { name: 'Slide berikutnya' }), { key: ' ' });
		expect(position()).toBe(`9 / ${count}`);
		await press('ArrowRight', { ctrlKey: true });
		expect(position()).toBe(`9 / ${count}`);
	});

	it('follows the buttons and a sideways swipe on a phone', async () => {
		show();
		await fireEvent.click(screen.getByRole('button', { name: 'Slide berikutnya' }));
		expect(position()).toBe(`2 / ${count}`);
		const slide = screen.getByTestId('rakor-deck').querySelector('.slide')!;
		await fireEvent.pointerDown(slide, { clientX: 300, clientY: 200 });
		await fireEvent.pointerUp(slide, { clientX: 120, clientY: 215 });
		expect(position()).toBe(`3 / ${count}`);
		await fireEvent.pointerDown(slide, { clientX: 100, clientY: 200 });
		await fireEvent.pointerUp(slide, { clientX: 130, clientY: 400 });
		expect(position()).toBe(`3 / ${count}`);
		await fireEvent.click(screen.getByRole('button', { name: 'Slide sebelumnya' }));
		expect(position()).toBe(`2 / ${count}`);
	});

	it('states the settings behind the figures and, when pinned, the time they were pinned', () => {
		render(Presentasi, {
			data,
			catatan: [],
			user: null,
			tersemat: {
				id: 'snap-1',
				periodeId: TW3,
				diambil: '2026-10-05T08:30:00+07:00',
				oleh: 'demo-reviewer',
				sinkronTerakhir: null,
				versi: 1,
				data
			},
			initialSlide: null,
			onslide: () => {}
		});
		expect(screen.getByTestId('settings-used')).toHaveTextContent('Bobot: anggaran 20%');
		expect(screen.getByTestId('rakor-tersemat')).toHaveTextContent(
			/Angka tersemat .* oleh demo-reviewer/
		);
	});
});

describe('the RTL slides', () => {
	it('show a service unit’s rencana tindak lanjut after the SKM, with the SKM settings', async () => {
		const unit = data.skm.units[0]!.unit;
		const withRtl: RakorData = {
			...data,
			rtl: [
				{
					id: `${unit.id}:${TW3}`,
					unitId: unit.id,
					periodeId: TW3,
					butir: [
						{
							unsur: 'u3',
							program: 'Nomor antrean daring',
							triwulan: [4],
							penanggungJawab: 'Kepala Seksi',
							progres: 'belum'
						}
					],
					riwayat: [{ oleh: 'demo-opd', waktu: '2026-10-01T10:00:00+07:00' }]
				}
			]
		};
		render(Presentasi, {
			data: withRtl,
			catatan: [],
			user,
			tersemat: null,
			initialSlide: `rtl:${unit.id}`,
			onslide: () => {}
		});
		expect(position()).toBe(`${count} / ${count + 1}`);
		expect(screen.getByTestId('rakor-rtl')).toHaveTextContent('Nomor antrean daring');
		expect(screen.getByRole('heading', { level: 2, name: unit.nama })).toBeInTheDocument();
		await press('ArrowRight');
		expect(screen.queryByTestId('rakor-rtl')).toBeNull();
	});
});
