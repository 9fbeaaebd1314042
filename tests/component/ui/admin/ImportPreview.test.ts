import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import type { Preview } from '$lib/state/admin-import';
import ImportPreview from '$lib/ui/admin/ImportPreview.svelte';

const preview = (over: Partial<Preview> = {}): Preview => ({
	jenis: 'indikator',
	namaBerkas: 'indikator-2026.csv',
	tabel: { header: [], rows: [] },
	jumlahBaris: 5,
	baru: 3,
	berubah: 1,
	tetap: 1,
	errors: [],
	...over
});

afterEach(() => locale.set('id'));

describe('the import preview', () => {
	it('shows new, changed and unchanged counts and imports the changes on confirmation', async () => {
		const onkonfirmasi = vi.fn();
		render(ImportPreview, { preview: preview(), onconfirm: onkonfirmasi, oncancel: vi.fn() });
		const counts = screen.getByTestId('import-counts');
		expect(within(counts).getByText('Baru').nextElementSibling).toHaveTextContent('3');
		expect(within(counts).getByText('Berubah').nextElementSibling).toHaveTextContent('1');
		expect(within(counts).getByText('Tetap').nextElementSibling).toHaveTextContent('1');
		await fireEvent.click(screen.getByRole('button', { name: 'Impor 4 perubahan' }));
		expect(onkonfirmasi).toHaveBeenCalledOnce();
	});

	it('offers nothing to import when every row is already stored', () => {
		render(ImportPreview, {
			preview: preview({ baru: 0, berubah: 0, tetap: 5 }),
			onconfirm: vi.fn(),
			oncancel: vi.fn()
		});
		expect(screen.getByRole('button', { name: 'Tidak ada perubahan' })).toBeDisabled();
	});

	it('lists every error with its row and column, says nothing changed, and offers no import', () => {
		render(ImportPreview, {
			preview: preview({
				baru: 0,
				berubah: 0,
				tetap: 0,
				errors: [
					{ line: 4, column: 'target_tw2', key: 'master.angkaNonNegatif', value: 'abc' },
					{ line: 4, column: 'satuan', key: 'master.wajibDiisi' },
					{ line: 7, column: 'unit_id', key: 'master.unitTidakAda', value: 'dinas-x' }
				]
			}),
			onconfirm: vi.fn(),
			oncancel: vi.fn()
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Berkas ini tidak dapat diimpor: 3 kesalahan di 2 baris.');
		expect(alert).toHaveTextContent('Tidak ada data yang diubah.');
		expect(
			within(alert)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual([
			'Baris 4, kolom target_tw2: harus angka ≥ 0 (tertulis "abc")',
			'Baris 4, kolom satuan: wajib diisi',
			'Baris 7, kolom unit_id: unit "dinas-x" tidak ada di perangkat ini (impor atau tambahkan unitnya dulu)'
		]);
		expect(screen.queryByRole('button', { name: /^Impor/ })).toBeNull();
	});

	it('names a missing column without counting the header as a bad row', () => {
		render(ImportPreview, {
			preview: preview({
				errors: [{ line: 1, column: 'satuan, polaritas', key: 'import.kolomWajibHilang' }]
			}),
			onconfirm: vi.fn(),
			oncancel: vi.fn()
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Berkas ini tidak dapat diimpor: 1 kesalahan. Tidak ada data yang diubah.'
		);
		expect(screen.getByRole('listitem')).toHaveTextContent(
			'Kolom wajib tidak ada di baris judul (baris 1): satuan, polaritas'
		);
	});

	it('speaks English when switched', () => {
		locale.set('en');
		render(ImportPreview, {
			preview: preview({
				errors: [{ line: 4, column: 'target_tw2', key: 'master.angkaNonNegatif', value: 'abc' }]
			}),
			onconfirm: vi.fn(),
			oncancel: vi.fn()
		});
		expect(screen.getByRole('listitem')).toHaveTextContent(
			'Row 4, column target_tw2: must be a number ≥ 0 (found "abc")'
		);
		expect(screen.getByRole('alert')).toHaveTextContent('No data was changed.');
	});
});
