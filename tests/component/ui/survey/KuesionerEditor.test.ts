import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { STANDARD_KUESIONER } from '$lib/domain/kuesioner';
import type { Unit } from '$lib/domain/schemas';
import { database } from '$lib/state/app.svelte';
import KuesionerEditor from '$lib/ui/survey/KuesionerEditor.svelte';

const units: Unit[] = [
	{
		id: 'unit-dinkes',
		nama: 'Dinas Kesehatan',
		singkatan: 'Dinkes',
		jenis: 'dinas',
		dinilaiIndeks: true,
		layananSkm: true
	}
];

async function fill(name: string, value: string) {
	const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
	await fireEvent.input(el, { target: { value } });
}

describe('the questionnaire editor', () => {
	beforeEach(async () => {
		await (await database()).kuesioner.clear();
	});

	it('starts from the standard and saves an edit as a new unit version, wording and extras included', async () => {
		render(KuesionerEditor, { units, versions: [] });
		expect(screen.getByTestId('versi-aktif')).toHaveTextContent(STANDARD_KUESIONER.id);
		await fireEvent.change(screen.getByRole('combobox', { name: 'Berlaku untuk' }), {
			target: { value: 'unit-dinkes' }
		});
		await fill('u1-en', 'Do the requirements suit the service?');
		await fireEvent.click(screen.getByRole('button', { name: 'Tambah pertanyaan' }));
		await fill('tambahan-0-id', 'Seberapa puas Anda dengan antrean daring?');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai versi baru' }));
		await screen.findByText(/Versi baru k-unit-dinkes-\d+ tersimpan/);

		const stored = await (await database()).kuesioner.toArray();
		expect(stored).toHaveLength(1);
		const [k] = stored;
		expect(k!.id).toMatch(/^k-unit-dinkes-\d+$/);
		expect(k!.unitId).toBe('unit-dinkes');
		expect(k!.nama).toBe('Kuesioner Dinas Kesehatan');
		expect(k!.unsur.u1.pertanyaan).toEqual({
			id: STANDARD_KUESIONER.unsur.u1.pertanyaan.id,
			en: 'Do the requirements suit the service?'
		});
		expect(k!.unsur.u2).toEqual(STANDARD_KUESIONER.unsur.u2);
		expect(k!.tambahan).toEqual([
			{
				id: expect.stringMatching(/^[a-z0-9-]+$/),
				jenis: 'skala',
				pertanyaan: { id: 'Seberapa puas Anda dengan antrean daring?' },
				pilihan: [{ id: '1' }, { id: '2' }, { id: '3' }, { id: '4' }, { id: '5' }],
				wajib: false
			}
		]);
	});

	it('refuses a version it cannot show to respondents and stores nothing', async () => {
		render(KuesionerEditor, { units, versions: [] });
		await fill('u3-id', '');
		await fireEvent.click(screen.getByRole('button', { name: 'Tambah pertanyaan' }));
		await fill('tambahan-0-id', 'Dari mana Anda tahu layanan ini?');
		await fireEvent.change(document.querySelector('[name="tambahan-0-jenis"]')!, {
			target: { value: 'pilihan' }
		});
		await fill('tambahan-0-pilihan', 'Spanduk');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai versi baru' }));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('Teks Bahasa Indonesia wajib diisi');
		expect(await (await database()).kuesioner.count()).toBe(0);
	});
});
