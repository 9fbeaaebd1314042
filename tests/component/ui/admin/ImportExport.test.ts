import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { database } from '$lib/state/app.svelte';
import ImporEkspor from '$lib/ui/admin/ImportExport.svelte';

const HEADER = 'id,unit_id,tahun,nama,satuan,polaritas,target_tw1,target_tw2,target_tw3,target_tw4';

async function chooseFile(content: string, name = 'indikator.csv') {
	const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
	const file = new File([content], name, { type: 'text/csv' });
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await fireEvent.change(input);
}

describe('the import screen', () => {
	it('previews a file with a bad row, changes nothing, then imports the fixed file', async () => {
		const db = await database();
		const before = await db.indikator.count();
		render(ImporEkspor);
		await fireEvent.click(screen.getByRole('radio', { name: 'Indikator' }));

		await chooseFile(
			[
				HEADER,
				'komp-a,demo-dinkes,2026,Uji komponen A,%,positif,1,2,3,4',
				'komp-b,demo-dinkes,2026,Uji komponen B,%,negatif,1,dua,3,4'
			].join('\n')
		);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Baris 3, kolom target_tw2: harus angka ≥ 0 (tertulis "dua")'
		);
		expect(await db.indikator.count()).toBe(before);

		await chooseFile(
			[
				HEADER,
				'komp-a,demo-dinkes,2026,Uji komponen A,%,positif,1,2,3,4',
				'komp-b,demo-dinkes,2026,Uji komponen B,%,negatif,1,2,3,4'
			].join('\n')
		);
		await fireEvent.click(await screen.findByRole('button', { name: 'Impor 2 perubahan' }));
		expect(
			await screen.findByText('Impor selesai: 2 baru, 0 diubah, 0 tetap.')
		).toBeInTheDocument();
		expect(await db.indikator.count()).toBe(before + 2);
	});

	it('says which file types it reads', async () => {
		render(ImporEkspor);
		await chooseFile('x', 'data.ods');
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Berkas "data.ods" tidak dikenali: gunakan .csv atau .xlsx'
		);
	});

	it('describes every column of the chosen table', async () => {
		render(ImporEkspor);
		await fireEvent.click(screen.getByRole('radio', { name: 'Populasi' }));
		const rows = screen.getByTestId('kolom-table').querySelectorAll('tbody tr');
		expect([...rows].map((r) => r.querySelector('th')?.textContent)).toEqual([
			'unit_id',
			'periode',
			'jumlah'
		]);
		expect(rows[2]).toHaveTextContent('bilangan bulat ≥ 1');
	});
});
