import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPengaturan } from '$lib/db/pengaturan';
import { PENGATURAN_BAWAAN } from '$lib/domain/schemas';
import { database } from '$lib/state/app.svelte';
import PengaturanForm from '$lib/ui/settings/PengaturanForm.svelte';

async function setWeight(key: string, value: string) {
	const input = document.querySelector<HTMLInputElement>(`input[name="bobot-${key}"]`)!;
	await fireEvent.input(input, { target: { value } });
}

describe('the settings form', () => {
	beforeEach(async () => {
		const db = await database();
		await db.pengaturan.clear();
	});

	it('shows the running total of the weights and refuses a total other than 100', async () => {
		render(PengaturanForm, { initial: PENGATURAN_BAWAAN });
		await setWeight('kinerja', '55,5');
		expect(screen.getByTestId('bobot-total')).toHaveTextContent('105,50%');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Jumlah bobot keempat komponen harus 100%'
		);
		expect(await getPengaturan(await database())).toEqual(PENGATURAN_BAWAAN);
	});

	it('refuses text that is not a number and names the field rule', async () => {
		render(PengaturanForm, { initial: PENGATURAN_BAWAAN });
		await setWeight('fisik', 'dua puluh');
		expect(screen.getByTestId('bobot-total')).toHaveTextContent('–');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Setiap bobot harus angka 0–100');
		expect(await getPengaturan(await database())).toEqual(PENGATURAN_BAWAAN);
	});

	it('saves valid weights typed with an Indonesian decimal comma', async () => {
		render(PengaturanForm, { initial: PENGATURAN_BAWAAN });
		await setWeight('anggaran', '17,5');
		await setWeight('fisik', '22,5');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByText('Tersimpan')).toBeInTheDocument();
		const saved = await getPengaturan(await database());
		expect(saved.bobotIndeks).toEqual({ anggaran: 17.5, fisik: 22.5, kinerja: 50, p3dn: 10 });
	});

	it('refuses a yellow zone bound above the green one', async () => {
		render(PengaturanForm, { initial: PENGATURAN_BAWAAN });
		const kuning = document.querySelector<HTMLInputElement>('input[name="kuning"]')!;
		await fireEvent.input(kuning, { target: { value: '80' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('batas kuning di bawah batas hijau');
	});
});
