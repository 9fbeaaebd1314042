import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings } from '$lib/db/settings';
import { DEFAULT_SETTINGS } from '$lib/domain/schemas';
import { database } from '$lib/state/app.svelte';
import PengaturanForm from '$lib/ui/settings/SettingsForm.svelte';

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
		render(PengaturanForm, { initial: DEFAULT_SETTINGS });
		await setWeight('kinerja', '55,5');
		expect(screen.getByTestId('bobot-total')).toHaveTextContent('105,50%');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Jumlah bobot keempat komponen harus 100%'
		);
		expect(await getSettings(await database())).toEqual(DEFAULT_SETTINGS);
	});

	it('refuses text that is not a number and names the field rule', async () => {
		render(PengaturanForm, { initial: DEFAULT_SETTINGS });
		await setWeight('fisik', 'dua puluh');
		expect(screen.getByTestId('bobot-total')).toHaveTextContent('–');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Setiap bobot harus angka 0–100');
		expect(await getSettings(await database())).toEqual(DEFAULT_SETTINGS);
	});

	it('saves valid weights typed with an Indonesian decimal comma', async () => {
		render(PengaturanForm, { initial: DEFAULT_SETTINGS });
		await setWeight('anggaran', '17,5');
		await setWeight('fisik', '22,5');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByText('Tersimpan')).toBeInTheDocument();
		const saved = await getSettings(await database());
		expect(saved.bobotIndeks).toEqual({ anggaran: 17.5, fisik: 22.5, kinerja: 50, p3dn: 10 });
	});

	it('refuses a yellow zone bound above the green one', async () => {
		render(PengaturanForm, { initial: DEFAULT_SETTINGS });
		const kuning = document.querySelector<HTMLInputElement>('input[name="kuning"]')!;
		await fireEvent.input(kuning, { target: { value: '80' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('batas kuning di bawah batas hijau');
	});
});
