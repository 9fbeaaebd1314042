import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatNumber } from '$lib/domain/format';
import { DEFAULT_SETTINGS } from '$lib/domain/schemas';
import { choosePeriode, launchBrowser, PHONE } from './browser';
import { expectedRanking } from './expected';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the settings screen', () => {
	it('refuses weights that do not sum to 100 and re-ranks with valid ones', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/pengaturan`);
		const form = page.getByTestId('pengaturan-form');
		await form.locator('input[name="bobot-kinerja"]').fill('60');
		await form.getByRole('button', { name: 'Simpan' }).click();
		await expect(form.getByRole('alert').textContent()).resolves.toContain('harus 100%');

		await form.locator('input[name="bobot-anggaran"]').fill('10');
		await form.getByRole('button', { name: 'Simpan' }).click();
		await form.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();

		const pengaturan = {
			...DEFAULT_SETTINGS,
			bobotIndeks: { anggaran: 10, fisik: 20, kinerja: 60, p3dn: 10 }
		};
		const expected = expectedRanking('2026-TW3', pengaturan);
		await page.goto(baseUrl);
		await choosePeriode(page, '2026-TW3');
		const top = expected.rows[0]!;
		await page
			.locator(`tr[data-unit="${top.unit.id}"] .indeks`)
			.filter({ hasText: formatNumber(top.hasil.indeks!, 2, 'id') })
			.waitFor();
		await expect(page.getByTestId('settings-used').textContent()).resolves.toContain(
			'anggaran 10%'
		);
		await context.close();
	});

	it('removes the demo data and can load it again', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		page.on('dialog', (dialog) => dialog.accept());
		await page.goto(`${baseUrl}/pengaturan`);
		await page.getByRole('button', { name: 'Hapus data demo' }).click();
		await page.getByRole('button', { name: 'Muat data demo' }).waitFor();
		await page.goto(baseUrl);
		await page.getByText('Belum ada OPD yang dinilai').waitFor();
		await page.reload();
		await page.getByText('Belum ada OPD yang dinilai').waitFor();

		await page.goto(`${baseUrl}/pengaturan`);
		await page.getByRole('button', { name: 'Muat data demo' }).click();
		await page.getByRole('button', { name: 'Hapus data demo' }).waitFor();
		await page.goto(baseUrl);
		await page.locator('[data-testid="ranking-table"] tbody tr').first().waitFor();
		await context.close();
	});
});
