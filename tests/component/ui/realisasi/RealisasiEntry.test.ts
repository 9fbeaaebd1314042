import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings } from '$lib/db/settings';
import { realisasiForUnit } from '$lib/db/realisasi';
import { putRealisasi } from '$lib/db/realisasi-write';
import { realisasiDraftId, indikatorForUnit } from '$lib/db/realisasi-entry';
import { generateDemo } from '$lib/demo/generate';
import { formatNumber } from '$lib/domain/format';
import { computeIndeksOpd } from '$lib/domain/indeks';
import { decimalText } from '$lib/domain/realisasi-form';
import type { User, Realisasi } from '$lib/domain/schemas';
import { database } from '$lib/state/app.svelte';
import EntriRealisasi from '$lib/ui/realisasi/RealisasiEntry.svelte';

const TW4 = '2026-TW4';
const demo = generateDemo();
const demoEntry = (unitId: string, periodeId = TW4): Realisasi =>
	demo.realisasi.find((r) => r.unitId === unitId && r.periodeId === periodeId)!;

const opd = (unitId: string): User => ({
	nama: `Staf ${unitId}`,
	peran: 'opd',
	unitIds: [unitId]
});
const ADMIN: User = { nama: 'Rina Admin', peran: 'admin', unitIds: [] };

async function open(unitId: string, user: User) {
	const result = render(EntriRealisasi, { unitId, periodeId: TW4, user });
	const form = await screen.findByTestId('form-realisasi');
	// Until the stored unsaved form has been looked at, nothing can be typed.
	await waitFor(() =>
		expect(form.dataset.siap === 'true' || screen.queryByTestId('tawaran-draf')).toBeTruthy()
	);
	return result;
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

async function typeInto(id: string, value: string) {
	await fireEvent.input(field(id), { target: { value } });
}

/** The index computeIndeksOpd gives for `realisasi`, as the screen prints it. */
async function writtenIndeks(realisasi: Realisasi): Promise<string> {
	const db = await database();
	const result = computeIndeksOpd(
		{
			unitId: realisasi.unitId,
			periodeId: realisasi.periodeId,
			realisasi,
			indikator: await indikatorForUnit(db, realisasi.unitId, realisasi.periodeId)
		},
		await getSettings(db)
	);
	return formatNumber(result.indeks!, 2, 'id');
}

describe('the quarterly realisation form', () => {
	beforeEach(async () => {
		const db = await database();
		await db.drafts.clear();
		await db.realisasi.where('periodeId').equals(TW4).delete();
		await putRealisasi(
			db,
			demo.realisasi.filter((r) => r.periodeId === TW4)
		);
	});

	it('recomputes the index live, before saving, when a figure changes', async () => {
		const stored = demoEntry('demo-bpbd');
		await open('demo-bpbd', opd('demo-bpbd'));
		const indeks = screen.getByTestId('indeks-nilai');
		expect(indeks).toHaveTextContent(await writtenIndeks(stored));

		await typeInto('realisasiFisik', '40');
		const expected = await writtenIndeks({ ...stored, realisasiFisik: 40 });
		expect(indeks).toHaveTextContent(expected);
		expect(screen.getByTestId('indeks-ringkas')).toHaveTextContent(expected);
		// Nothing was saved by typing.
		expect(await realisasiForUnit(await database(), 'demo-bpbd', TW4)).toEqual(stored);
	});

	it('shows each indicator capaian live as its realisasi is typed', async () => {
		const db = await database();
		const [pertama] = await indikatorForUnit(db, 'demo-bpbd', TW4);
		await open('demo-bpbd', opd('demo-bpbd'));
		const target = pertama!.target[3]!;
		await typeInto(`indikator-${pertama!.id}`, formatNumber(target, 2, 'id'));
		// Realisasi equal to the target is 100% under either polarity.
		expect(screen.getByTestId(`capaian-${pertama!.id}`)).toHaveTextContent('Capaian: 100,00%');
		expect(screen.getByTestId(`capaian-${pertama!.id}`)).toHaveTextContent('Sangat tinggi');
	});

	it('refuses physical progress of 120% next to the field and does not save', async () => {
		const stored = demoEntry('demo-bpbd');
		await open('demo-bpbd', opd('demo-bpbd'));
		await typeInto('realisasiFisik', '120');
		expect(screen.getByText('Realisasi fisik paling tinggi 100%')).toBeInTheDocument();
		expect(field('realisasiFisik')).toHaveAttribute('aria-invalid', 'true');

		await fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Belum disimpan: perbaiki 1 isian yang ditandai merah.'
		);
		await waitFor(() => expect(document.activeElement).toBe(field('realisasiFisik')));
		expect(await realisasiForUnit(await database(), 'demo-bpbd', TW4)).toEqual(stored);
	});

	it('formats Rupiah with thousand dots as it is typed and reads a pasted "Rp …"', async () => {
		await open('demo-bpbd', opd('demo-bpbd'));
		await typeInto('pagu', '1250000000');
		expect(field('pagu').value).toBe('1.250.000.000');
		await typeInto('realisasiAnggaran', 'Rp 1.500.000.000');
		expect(field('realisasiAnggaran').value).toBe('1.500.000.000');
		expect(
			screen.getByText('Melebihi pagu. Periksa lagi (tetap dapat disimpan).')
		).toBeInTheDocument();
		expect(screen.getByTestId('persen-pagu')).toHaveTextContent('120,00% dari pagu');
	});

	it('saves a draft with its history entry and forgets the unsaved form', async () => {
		await open('demo-bpbd', opd('demo-bpbd'));
		await typeInto('realisasiFisik', '88,5');
		const db = await database();
		await waitFor(async () =>
			expect(await db.drafts.get(realisasiDraftId('demo-bpbd', TW4))).toBeDefined()
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
		// Sized for a busy machine: the save waits for the unsaved form's own write first.
		expect(await screen.findByText('Tersimpan', {}, { timeout: 10_000 })).toBeInTheDocument();
		const stored = await realisasiForUnit(db, 'demo-bpbd', TW4);
		expect(stored).toMatchObject({ id: demoEntry('demo-bpbd').id, realisasiFisik: 88.5 });
		expect(stored?.riwayat).toEqual([
			...demoEntry('demo-bpbd').riwayat!,
			expect.objectContaining({ oleh: 'Staf demo-bpbd', aksi: 'simpan' })
		]);
		expect(await db.drafts.get(realisasiDraftId('demo-bpbd', TW4))).toBeUndefined();
		expect(within(screen.getByTestId('riwayat')).getAllByText('Disimpan')).toHaveLength(2);
	});

	it('offers the unsaved values again when the form is opened anew', async () => {
		const pertama = await open('demo-bpbd', opd('demo-bpbd'));
		await typeInto('realisasiFisik', '33');
		await typeInto('pagu', '999000');
		const db = await database();
		await waitFor(async () => {
			const draf = await db.drafts.get(realisasiDraftId('demo-bpbd', TW4));
			expect(JSON.stringify(draf?.data)).toContain('999.000');
		});
		pertama.unmount();

		await open('demo-bpbd', opd('demo-bpbd'));
		const tawaran = await screen.findByTestId('tawaran-draf');
		expect(field('realisasiFisik')).toHaveAttribute('readonly');
		await fireEvent.click(within(tawaran).getByRole('button', { name: 'Pulihkan isian' }));
		expect(field('realisasiFisik').value).toBe('33');
		expect(field('pagu').value).toBe('999.000');
		expect(field('realisasiFisik')).not.toHaveAttribute('readonly');
	});

	it('keeps the unsaved values with their own triwulan when another one is chosen', async () => {
		const layar = await open('demo-bpbd', opd('demo-bpbd'));
		await typeInto('realisasiFisik', '44,4');
		await layar.rerender({
			unitId: 'demo-bpbd',
			periodeId: '2026-TW3',
			user: opd('demo-bpbd')
		});
		await screen.findByTestId('form-realisasi');
		const db = await database();
		await waitFor(async () => {
			const draf = await db.drafts.get(realisasiDraftId('demo-bpbd', TW4));
			expect(JSON.stringify(draf?.data)).toContain('44,4');
		});
		expect(await db.drafts.get(realisasiDraftId('demo-bpbd', '2026-TW3'))).toBeUndefined();
		expect(field('realisasiFisik').value).toBe(
			decimalText(demoEntry('demo-bpbd', '2026-TW3').realisasiFisik!)
		);
	});

	it('discards the unsaved values on request', async () => {
		const pertama = await open('demo-bpbd', opd('demo-bpbd'));
		await typeInto('realisasiFisik', '33');
		const db = await database();
		await waitFor(async () =>
			expect(await db.drafts.get(realisasiDraftId('demo-bpbd', TW4))).toBeDefined()
		);
		pertama.unmount();
		await open('demo-bpbd', opd('demo-bpbd'));
		await fireEvent.click(await screen.findByRole('button', { name: 'Buang' }));
		expect(field('realisasiFisik').value).toBe(decimalText(demoEntry('demo-bpbd').realisasiFisik!));
		await waitFor(async () =>
			expect(await db.drafts.get(realisasiDraftId('demo-bpbd', TW4))).toBeUndefined()
		);
	});

	it('shows a verified entry read-only to the OPD staff, with no way to save', async () => {
		await open('demo-dishub', opd('demo-dishub'));
		expect(screen.getByTestId('hanya-baca')).toHaveTextContent(
			'Entri ini sudah diverifikasi. Hanya admin yang dapat mengubahnya atau membukanya kembali.'
		);
		for (const id of ['pagu', 'realisasiAnggaran', 'realisasiFisik', 'totalPengadaan']) {
			expect(field(id)).toHaveAttribute('readonly');
		}
		expect(screen.queryByRole('button', { name: 'Simpan draf' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Ajukan untuk verifikasi' })).toBeNull();
	});

	it('refuses to submit while an indicator with a target has no realisasi', async () => {
		await open('demo-bpbd', opd('demo-bpbd'));
		await fireEvent.click(screen.getByRole('button', { name: 'Ajukan untuk verifikasi' }));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('Belum dapat diajukan');
		expect(alert).toHaveTextContent('realisasi setiap indikator yang bertarget');
		expect((await realisasiForUnit(await database(), 'demo-bpbd', TW4))?.status).toBe('draft');
	});

	it('lets the admin return a submitted entry only with a note, which the OPD then sees', async () => {
		const admin = await open('demo-dlh', ADMIN);
		await fireEvent.click(screen.getByRole('button', { name: 'Kembalikan ke OPD' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Kembalikan dengan catatan ini' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Tulis catatan untuk OPD (minimal 3 karakter)'
		);
		await fireEvent.input(screen.getByLabelText(/Catatan untuk OPD/), {
			target: { value: 'Lampirkan bukti realisasi fisik.' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Kembalikan dengan catatan ini' }));
		expect(await screen.findByText('Tersimpan: entri dikembalikan ke OPD')).toBeInTheDocument();
		admin.unmount();

		await open('demo-dlh', opd('demo-dlh'));
		expect(screen.getByTestId('catatan-kembali')).toHaveTextContent(
			'Lampirkan bukti realisasi fisik.'
		);
		expect(field('realisasiFisik')).not.toHaveAttribute('readonly');
	});

	it('lets the admin reopen a verified entry only with a reason, which the OPD then sees', async () => {
		const admin = await open('demo-dishub', ADMIN);
		await fireEvent.click(screen.getByRole('button', { name: 'Buka kembali' }));
		const konfirmasi = screen.getByTestId('konfirmasi-buka-kembali');
		expect(within(konfirmasi).getByTestId('ringkasan-indeks')).toHaveTextContent(
			await writtenIndeks(demoEntry('demo-dishub'))
		);
		await fireEvent.click(
			within(konfirmasi).getByRole('button', { name: 'Buka kembali dengan alasan ini' })
		);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Tulis alasan membuka kembali (minimal 3 karakter)'
		);
		expect((await realisasiForUnit(await database(), 'demo-dishub', TW4))?.status).toBe(
			'diverifikasi'
		);
		await fireEvent.input(within(konfirmasi).getByLabelText(/Alasan membuka kembali/), {
			target: { value: 'Pagu belum memakai APBD Perubahan.' }
		});
		await fireEvent.click(
			within(konfirmasi).getByRole('button', { name: 'Buka kembali dengan alasan ini' })
		);
		expect(
			await screen.findByText('Tersimpan: entri dibuka kembali sebagai draf untuk OPD')
		).toBeInTheDocument();
		admin.unmount();

		await open('demo-dishub', opd('demo-dishub'));
		const catatan = screen.getByTestId('catatan-kembali');
		expect(catatan).toHaveTextContent('Dibuka kembali oleh Rina Admin');
		expect(catatan).toHaveTextContent('Pagu belum memakai APBD Perubahan.');
		expect(field('realisasiFisik')).not.toHaveAttribute('readonly');
		expect(screen.getByRole('button', { name: 'Ajukan untuk verifikasi' })).toBeInTheDocument();
	});

	it('suggests the previous triwulan pagu, labelled, when this one has none', async () => {
		const db = await database();
		await db.realisasi.delete(demoEntry('demo-bpbd').id);
		await open('demo-bpbd', opd('demo-bpbd'));
		const usulan = screen.getByTestId('usulan-pagu');
		const paguTw3 = demoEntry('demo-bpbd', '2026-TW3').pagu!;
		expect(usulan).toHaveTextContent(`Pagu TW III 2026: Rp${formatNumber(paguTw3, 0, 'id')}`);
		expect(field('pagu').value).toBe('');
		await fireEvent.click(within(usulan).getByRole('button', { name: 'Pakai pagu TW III 2026' }));
		expect(field('pagu').value).toBe(formatNumber(paguTw3, 0, 'id'));
		expect(screen.queryByTestId('usulan-pagu')).toBeNull();
	});
});
