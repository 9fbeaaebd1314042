import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { periodeChoice, database } from '$lib/state/app.svelte';
import IndikatorForm from '$lib/ui/admin/IndikatorForm.svelte';
import PeriodeAdmin from '$lib/ui/admin/PeriodeAdmin.svelte';
import PopulasiTable from '$lib/ui/admin/PopulasiTable.svelte';

function messageAt(el: Element): string {
	const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
	return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const inputNamed = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('the indicator form', () => {
	it('puts "Target harus angka ≥ 0" next to the triwulan that is not a number', async () => {
		const onselesai = vi.fn();
		render(IndikatorForm, {
			indikator: null,
			unitId: 'demo-dinkes',
			year: 2026,
			ondone: onselesai
		});
		await fireEvent.input(document.querySelector('[name="nama"]')!, {
			target: { value: 'Uji form indikator' }
		});
		await fireEvent.input(inputNamed('satuan'), { target: { value: '%' } });
		await fireEvent.input(inputNamed('target-2'), { target: { value: 'dua' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		await vi.waitFor(() => expect(inputNamed('target-2')).toHaveAttribute('aria-invalid', 'true'));
		expect(messageAt(inputNamed('target-2'))).toBe('Target harus angka ≥ 0');
		expect(onselesai).not.toHaveBeenCalled();
	});

	it('saves targets typed with Indonesian decimals, blank ones as no target', async () => {
		const db = await database();
		const onselesai = vi.fn();
		render(IndikatorForm, {
			indikator: null,
			unitId: 'demo-dinkes',
			year: 2026,
			ondone: onselesai
		});
		await fireEvent.input(document.querySelector('[name="nama"]')!, {
			target: { value: 'Uji form indikator tersimpan' }
		});
		await fireEvent.input(inputNamed('satuan'), { target: { value: 'orang' } });
		await fireEvent.change(document.querySelector('[name="polaritas"]')!, {
			target: { value: 'negatif' }
		});
		await fireEvent.input(inputNamed('target-1'), { target: { value: '1.234,5' } });
		await fireEvent.input(inputNamed('target-4'), { target: { value: '7' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		await vi.waitFor(() => expect(onselesai).toHaveBeenCalled());
		const [saved] = onselesai.mock.calls[0]!;
		expect(await db.indikator.get(saved.id)).toMatchObject({
			unitId: 'demo-dinkes',
			tahun: 2026,
			satuan: 'orang',
			polaritas: 'negatif',
			target: [1234.5, null, null, 7]
		});
	});
});

describe('the population table', () => {
	it('names the row of a number that is not a whole number ≥ 1 and saves nothing', async () => {
		const db = await database();
		periodeChoice.pilihPeriode('2026-TW2');
		const before = await db.populasi.where('periodeId').equals('2026-TW2').toArray();
		render(PopulasiTable);
		const row = await screen.findByText('Dinas Kesehatan', { selector: 'th' });
		const input = within(row.closest('tr')!).getByRole('textbox');
		await vi.waitFor(() => expect(input).not.toHaveValue(''));
		await fireEvent.input(input, { target: { value: '12,5' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(
			await screen.findByText('Periksa isian: 1 masalah ditandai di bawah kolomnya.')
		).toBeInTheDocument();
		expect(messageAt(input)).toBe('Jumlah pengguna layanan harus bilangan bulat positif');
		expect(await db.populasi.where('periodeId').equals('2026-TW2').toArray()).toEqual(before);
	});

	it('saves a number written with a thousands dot and shows the sample it needs', async () => {
		const db = await database();
		periodeChoice.pilihPeriode('2026-TW2');
		render(PopulasiTable);
		const row = (await screen.findByText('Dinas Kesehatan', { selector: 'th' })).closest('tr')!;
		const input = within(row).getByRole('textbox');
		await vi.waitFor(() => expect(input).not.toHaveValue(''));
		await fireEvent.input(input, { target: { value: '5.000' } });
		expect(row.querySelector('td.num')).toHaveTextContent('357');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByText(/^Tersimpan: 0 baru, 1 diubah/)).toBeInTheDocument();
		const stored = await db.populasi
			.where('[unitId+periodeId]')
			.equals(['demo-dinkes', '2026-TW2'])
			.toArray();
		expect(stored.map((p) => p.jumlah)).toEqual([5000]);
	});
});

describe('the periods screen', () => {
	it('adds a year as four triwulan and refuses a year outside 2000–2100', async () => {
		const db = await database();
		render(PeriodeAdmin);
		const year = inputNamed('tahun');
		await fireEvent.input(year, { target: { value: '1999' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Tambah tahun ini' }));
		expect(messageAt(year)).toBe('Tahun harus bilangan bulat 2000–2100');

		await fireEvent.input(year, { target: { value: '2031' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Tambah tahun ini' }));
		expect(await screen.findByText('Tahun 2031 ditambahkan (4 triwulan).')).toBeInTheDocument();
		expect(await db.periode.where('tahun').equals(2031).primaryKeys()).toEqual([
			'2031-TW1',
			'2031-TW2',
			'2031-TW3',
			'2031-TW4'
		]);
	});
});
