import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Unit } from '$lib/domain/schemas';
import { database } from '$lib/state/app.svelte';
import UnitForm from '$lib/ui/admin/UnitForm.svelte';

async function fill(name: string, value: string) {
	const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
	if (el instanceof HTMLSelectElement) await fireEvent.change(el, { target: { value } });
	else await fireEvent.input(el, { target: { value } });
}

/** The message an input points at through aria-describedby. */
function messageAt(name: string): string {
	const el = document.querySelector(`[name="${name}"]`)!;
	const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
	return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the unit form', () => {
	it('puts the Indonesian message next to an empty name and saves nothing', async () => {
		const onselesai = vi.fn();
		render(UnitForm, { unit: null, units: [], onselesai });
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Periksa isian: 1 masalah');
		const nama = document.querySelector('[name="nama"]')!;
		expect(nama).toHaveAttribute('aria-invalid', 'true');
		expect(messageAt('nama')).toContain('Nama wajib diisi');
		expect(onselesai).not.toHaveBeenCalled();
	});

	it('refuses a new unit under a code another unit has', async () => {
		const db = await database();
		const dinkes = (await db.units.get('demo-dinkes'))!;
		render(UnitForm, { unit: null, units: [], onselesai: vi.fn() });
		await fill('nama', 'Dinas Kesehatan Baru');
		await fill('id', 'demo-dinkes');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		await screen.findByRole('alert');
		expect(messageAt('id')).toContain(`kode "demo-dinkes" sudah dipakai oleh ${dinkes.nama}`);
		expect((await db.units.get('demo-dinkes'))?.nama).toBe(dinkes.nama);
	});

	it('makes a code from the name and stores the unit under its parent', async () => {
		const db = await database();
		const units = await db.units.toArray();
		const onselesai = vi.fn();
		render(UnitForm, { unit: null, units, onselesai });
		await fill('nama', 'Kelurahan Uji Komponen');
		await fill('jenis', 'kelurahan');
		await fill('induk', 'demo-kec-karangsari');
		await fireEvent.click(document.querySelector('[name="layananSkm"]')!);
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		await vi.waitFor(() => expect(onselesai).toHaveBeenCalled());
		const saved = await db.units.get('kelurahan-uji-komponen');
		expect(saved).toEqual({
			id: 'kelurahan-uji-komponen',
			nama: 'Kelurahan Uji Komponen',
			singkatan: '',
			jenis: 'kelurahan',
			indukId: 'demo-kec-karangsari',
			dinilaiIndeks: false,
			layananSkm: true
		} satisfies Unit);
	});

	it('does not offer the unit itself or its descendants as its parent', async () => {
		const db = await database();
		const units = await db.units.toArray();
		const kecamatan = units.find((u) => u.id === 'demo-kec-karangsari')!;
		render(UnitForm, { unit: kecamatan, units, onselesai: vi.fn() });
		const choice = [...document.querySelectorAll<HTMLOptionElement>('[name="induk"] option')].map(
			(o) => o.value
		);
		expect(choice).not.toContain('demo-kec-karangsari');
		expect(choice).not.toContain('demo-kel-mojosari');
		expect(choice).toContain('demo-dinkes');
		expect(document.querySelector('[name="id"]')).toBeDisabled();
	});
});
