/**
 * The Forum Konsultasi Publik on a unit's SKM screen, in Chromium: recorded by the admin on a
 * phone, its agreed action turned into an RTL row, corrected later, and one record printed without the rest
 * of the page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { choosePeriode, launchBrowser, PHONE } from './browser';
import { checkWidth } from './phone';

const baseUrl = inject('baseUrl');
const PERIODE = '2026-TW3';
const unit = generateDemo().units.find((u) => u.layananSkm)!;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Declares the device user as the admin on the Settings screen. */
async function becomeAdmin(page: Page) {
	await page.goto(`${baseUrl}/pengaturan`);
	const form = page.locator('form', {
		has: page.getByRole('heading', { name: 'Pengguna perangkat ini' })
	});
	await form.locator('input[name="nama"]').fill('Rina Admin');
	await form
		.locator('select[name="peran"]')
		.selectOption({ label: 'Admin (Bagian Organisasi / Bappeda)' });
	await form.getByRole('button', { name: 'Simpan' }).click();
	await form.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
}

describe('a Forum Konsultasi Publik on the SKM screen', () => {
	it('is recorded, its agreed action becomes an RTL row, it is corrected, and it prints on its own', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await choosePeriode(page, PERIODE);
		await becomeAdmin(page);
		await page.goto(`${baseUrl}/skm/${unit.id}`);

		const panel = page.getByTestId('forum-panel');
		await panel.getByRole('button', { name: 'Catat forum' }).click({ timeout: 30_000 });
		// The form fits a 360 px phone.
		expect(await checkWidth(page)).toEqual([]);
		await panel.getByLabel('Tanggal forum').fill('2026-10-14');
		await panel.getByLabel('Jumlah peserta').fill('27');
		await panel.getByLabel('Pokok bahasan 1', { exact: true }).fill('Antrean panjang di pagi hari');
		await panel.getByLabel('Kesepakatan 1', { exact: true }).fill('Buka loket pukul 07.30');
		await panel.getByRole('button', { name: 'Simpan forum' }).click();
		const record = panel.getByTestId('forum-record');
		await record.getByText('Antrean panjang di pagi hari').waitFor();

		await record.locator('summary').click();
		await record.getByLabel('Masukkan ke RTL: Buka loket pukul 07.30').check();
		await record.getByLabel('TW 1', { exact: true }).check();
		await record.getByLabel('Penanggung jawab', { exact: true }).fill('Kasi Pelayanan');
		await record.getByRole('button', { name: 'Simpan ke RTL' }).click();
		await record.getByText('sudah di RTL').waitFor();

		// A typo in the count is corrected later; the change survives a reload.
		await record.getByRole('button', { name: /^Ubah catatan forum/ }).click();
		const change = panel.getByTestId('forum-ubah');
		expect(await change.getByLabel('Jumlah peserta').inputValue()).toBe('27');
		expect(await checkWidth(page)).toEqual([]);
		await change.getByLabel('Jumlah peserta').fill('29');
		await change.getByRole('button', { name: 'Simpan forum' }).click();
		await record.getByText('29 peserta').waitFor();
		await page.reload();
		await record.getByText('29 peserta').waitFor({ timeout: 30_000 });
		await record.getByText('sudah di RTL').waitFor();

		await page.evaluate(() => {
			window.print = () => {};
		});
		await record.getByRole('button', { name: /^Cetak catatan forum/ }).click();
		await page.emulateMedia({ media: 'print' });
		try {
			expect(await record.isVisible()).toBe(true);
			expect(await record.getByText('Antrean panjang di pagi hari').isVisible()).toBe(true);
			expect(await record.getByText('Catatan Forum Konsultasi Publik').isVisible()).toBe(true);
			expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
			expect(await page.getByTestId('skm-summary').isVisible()).toBe(false);
			expect(
				await panel
					.getByRole('heading', { name: 'Forum Konsultasi Publik', exact: true })
					.isVisible()
			).toBe(false);
			await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
			expect(await page.getByTestId('skm-summary').isVisible()).toBe(true);
		} finally {
			await page.emulateMedia({ media: 'screen' });
		}
		await context.close();
	}, 120_000);
});
