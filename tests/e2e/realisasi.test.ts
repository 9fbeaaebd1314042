import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { formatNumber } from '$lib/domain/format';
import { computeIndeksOpd } from '$lib/domain/indeks';
import {
	settingsSchema,
	DEFAULT_SETTINGS,
	type Indikator,
	type Realisasi
} from '$lib/domain/schemas';
import { id as pesanRealisasi } from '$lib/i18n/messages';
import { choosePeriode, launchBrowser, PHONE, waitForServiceWorker } from './browser';

const baseUrl = inject('baseUrl');
const TW4 = '2026-TW4';
const demo = generateDemo();
const unitName = (id: string) => demo.units.find((u) => u.id === id)!.nama;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** First visit online (the service worker caches the app), then the network is cut. */
async function offlineFromStart(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	await page.goto(baseUrl);
	await page.locator('[data-testid="ranking-table"] tbody tr').first().waitFor({ timeout: 30_000 });
	await waitForServiceWorker(page);
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	return { context, page };
}

type Role = { peran: 'opd'; unitId: string } | { peran: 'admin' } | { peran: 'reviewer' };

const LABEL_ROLE = {
	admin: 'Admin (Bagian Organisasi / Bappeda)',
	reviewer: 'Pimpinan (hanya membaca)'
} as const;

/**
 * Declares the device user on the Settings screen ("User perangkat ini"). Fields are found by
 * name: a label wrapping a select takes the selected option into its accessible name.
 */
async function becomeUser(page: Page, nama: string, role: Role) {
	await page.goto(`${baseUrl}/pengaturan`);
	const form = page.locator('form', {
		has: page.getByRole('heading', { name: 'Pengguna perangkat ini' })
	});
	await form.locator('input[name="nama"]').fill(nama);
	if (role.peran === 'opd') {
		await form.locator('select[name="peran"]').selectOption({ label: 'Staf OPD / kelurahan' });
		await form.locator('select[name="unit"]').selectOption({ label: unitName(role.unitId) });
	} else {
		await form.locator('select[name="peran"]').selectOption({ label: LABEL_ROLE[role.peran] });
	}
	await form.getByRole('button', { name: 'Simpan' }).click();
	await form.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
}

async function openRealisasi(page: Page, query = `?periode=${TW4}`) {
	await page.goto(`${baseUrl}/realisasi${query}`);
}

/** Opens the entry and waits until the stored unsaved form (if any) has been looked at. */
async function openEntry(page: Page) {
	await openRealisasi(page);
	await page
		.locator('[data-testid="form-realisasi"][data-siap="true"], [data-testid="tawaran-draf"]')
		.first()
		.waitFor();
}

/** Reads a store of the app's IndexedDB ('rapor') in the page. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('rapor');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction(name, 'readonly').objectStore(name).getAll();
					request.onsuccess = () => {
						db.close();
						resolve(request.result as T[]);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		store
	);
}

async function savedEntry(page: Page, unitId: string): Promise<Realisasi> {
	const all = await readStore<Realisasi>(page, 'realisasi');
	return all.find((r) => r.unitId === unitId && r.periodeId === TW4)!;
}

describe('quarterly realisation by OPD staff, offline on a phone', () => {
	it('goes draft → submitted → verified, survives a reload mid-typing, and ranks as scored', async () => {
		const { context, page } = await offlineFromStart();
		const unitId = 'demo-bpbd';
		await becomeUser(page, 'Budi BPBD', { peran: 'opd', unitId });
		await openEntry(page);
		await page.getByText(unitName(unitId)).first().waitFor();
		// One hand, one column: the page never scrolls sideways on a 360 px phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			PHONE.width
		);

		// Fill the entry; Rupiah is regrouped as it is typed.
		const indikator = demo.indikator
			.filter((i) => i.unitId === unitId && i.tahun === 2026)
			.sort((a, b) => a.id.localeCompare(b.id));
		const last = indikator.at(-1)!;
		await page.locator('#pagu').fill('');
		await page.locator('#pagu').pressSequentially('12500000000');
		expect(await page.locator('#pagu').inputValue()).toBe('12.500.000.000');
		await page.locator('#realisasiAnggaran').fill('Rp 11.000.000.000');
		await page.locator('#realisasiFisik').fill('91,5');
		await page.locator(`#indikator-${last.id}`).fill(formatNumber(last.target[3]!, 2, 'id'));
		await page.locator('#catatan-fisik').fill('Foto progres terlampir');

		// The unsaved form reaches IndexedDB within moments, then the page is reloaded.
		await expect
			.poll(async () => {
				const drafts = await readStore<{ id: string; data: unknown }>(page, 'drafts');
				return JSON.stringify(drafts.find((d) => d.id === `realisasi:${unitId}:${TW4}`)?.data);
			})
			.toContain('Foto progres terlampir');
		await page.reload();
		const tawaran = page.getByTestId('tawaran-draf');
		await tawaran.waitFor();
		await tawaran.getByRole('button', { name: 'Pulihkan isian' }).click();
		expect(await page.locator('#pagu').inputValue()).toBe('12.500.000.000');
		expect(await page.locator('#realisasiAnggaran').inputValue()).toBe('11.000.000.000');
		expect(await page.locator('#realisasiFisik').inputValue()).toBe('91,5');
		expect(await page.locator('#catatan-fisik').inputValue()).toBe('Foto progres terlampir');

		await page.getByRole('button', { name: 'Simpan draf' }).click();
		await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
		expect(await savedEntry(page, unitId)).toMatchObject({
			id: demo.realisasi.find((r) => r.unitId === unitId && r.periodeId === TW4)!.id,
			status: 'draft',
			pagu: 12_500_000_000,
			realisasiAnggaran: 11_000_000_000,
			realisasiFisik: 91.5
		});

		await page.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
		await page.getByRole('status').filter({ hasText: 'diajukan untuk verifikasi' }).waitFor();
		await expect(page.getByTestId('status-entri').getAttribute('data-status')).resolves.toBe(
			'diajukan'
		);
		expect(await page.locator('#realisasiFisik').getAttribute('readonly')).not.toBeNull();
		expect(await page.getByRole('button', { name: 'Simpan draf' }).count()).toBe(0);

		// The admin verifies it from the list of submitted entries.
		await becomeUser(page, 'Rina Admin', { peran: 'admin' });
		await openRealisasi(page);
		const row = page.locator(`[data-testid="menunggu"] li[data-unit="${unitId}"]`);
		await row.getByText('Diajukan Budi BPBD').waitFor();
		await row.getByRole('button', { name: 'Verifikasi' }).click();
		await row
			.getByTestId('konfirmasi-verifikasi')
			.getByRole('button', { name: 'Verifikasi' })
			.click();
		await page.getByRole('status').filter({ hasText: 'entri diverifikasi' }).waitFor();
		await row.waitFor({ state: 'detached' });

		// Back as the OPD staff: read-only now.
		await becomeUser(page, 'Budi BPBD', { peran: 'opd', unitId });
		await openEntry(page);
		await page
			.getByTestId('hanya-baca')
			.filter({ hasText: 'Hanya admin yang dapat mengubahnya' })
			.waitFor();
		expect(await page.locator('#pagu').getAttribute('readonly')).not.toBeNull();
		const history = page.getByTestId('riwayat');
		for (const aksi of ['Disimpan', 'Diajukan', 'Diverifikasi']) {
			await history.getByText(aksi, { exact: true }).first().waitFor();
		}

		const stored = await savedEntry(page, unitId);
		expect(stored.status).toBe('diverifikasi');
		expect(stored.riwayat?.map((r) => [r.aksi, r.oleh])).toEqual([
			['simpan', 'staf-bpbd'],
			['simpan', 'Budi BPBD'],
			['ajukan', 'Budi BPBD'],
			['verifikasi', 'Rina Admin']
		]);

		// The ranking shows the index the scoring core computes for the stored entry.
		const [indikatorDb, settingsDb] = await Promise.all([
			readStore<Indikator>(page, 'indikator'),
			readStore<{ id: string; value: unknown }>(page, 'pengaturan')
		]);
		const settings = settingsDb[0] ? settingsSchema.parse(settingsDb[0].value) : DEFAULT_SETTINGS;
		const result = computeIndeksOpd(
			{
				unitId,
				periodeId: TW4,
				realisasi: stored,
				indikator: indikatorDb.filter((i) => i.unitId === unitId && i.tahun === 2026)
			},
			settings
		);
		expect(result.indeks).not.toBeNull();
		await page.goto(baseUrl);
		await choosePeriode(page, TW4);
		const indeks = page.locator(`tr[data-unit="${unitId}"] .indeks`);
		await indeks.filter({ hasText: formatNumber(result.indeks!, 2, 'id') }).waitFor();
		expect(await indeks.textContent()).toBe(formatNumber(result.indeks!, 2, 'id'));

		// Worked by hand from what was typed: Rp11.000.000.000 of Rp12.500.000.000 = 88,00 % ×
		// 20 % = 17,60 points; fisik 91,50 % × 20 % = 18,30 points.
		await page.locator(`tr[data-unit="${unitId}"] a`).first().click();
		await page.locator('[data-testid="komponen-table"]').waitFor();
		const komponen = async (key: string) =>
			(await page.locator(`tr[data-komponen="${key}"]`).innerText()).replace(/\s+/g, ' ');
		expect(await komponen('anggaran')).toMatch(/88,00\s?% .*17,60/);
		expect(await komponen('fisik')).toMatch(/91,50\s?% .*18,30/);
		await context.close();
	});

	it('shows the OPD the note the admin gave when returning its entry', async () => {
		const { context, page } = await offlineFromStart();
		const unitId = 'demo-dlh';
		// Without a declared user, or as a reader, the screen says why it cannot be used.
		await openRealisasi(page);
		await page.getByText(pesanRealisasi['realisasi.tanpaPengguna']).waitFor();
		await becomeUser(page, 'Pak Sekda', { peran: 'reviewer' });
		await openRealisasi(page);
		await page.getByText('Layar ini untuk staf OPD dan admin').waitFor();
		expect(await page.getByTestId('form-realisasi').count()).toBe(0);

		await becomeUser(page, 'Rina Admin', { peran: 'admin' });
		await openRealisasi(page);
		const row = page.locator(`[data-testid="menunggu"] li[data-unit="${unitId}"]`);
		await row.getByRole('button', { name: 'Kembalikan ke OPD' }).click();
		await row.getByLabel(/Catatan untuk OPD/).fill('Realisasi fisik belum didukung foto lapangan.');
		await row.getByRole('button', { name: 'Kembalikan dengan catatan ini' }).click();
		await page.getByRole('status').filter({ hasText: 'dikembalikan ke OPD' }).waitFor();

		await becomeUser(page, 'Sari DLH', { peran: 'opd', unitId });
		await openEntry(page);
		const catatan = page.getByTestId('catatan-kembali');
		await catatan.filter({ hasText: 'Realisasi fisik belum didukung foto lapangan.' }).waitFor();
		await expect(catatan.textContent()).resolves.toContain('Dikembalikan oleh Rina Admin');
		await expect(page.getByTestId('status-entri').getAttribute('data-status')).resolves.toBe(
			'draft'
		);
		// The OPD may edit and submit again.
		expect(await page.locator('#realisasiFisik').getAttribute('readonly')).toBeNull();
		await page.getByRole('button', { name: 'Ajukan untuk verifikasi' }).waitFor();
		await context.close();
	});
});
