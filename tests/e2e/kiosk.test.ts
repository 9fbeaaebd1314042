import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { readResponses, readStore, answer } from './survey-steps';

const baseUrl = inject('baseUrl');
const UNIT = 'demo-dpmptsp';
const PIN = '2468';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const kiosk = (page: Page) => page.getByTestId('kiosk');
const phase = (page: Page) => kiosk(page).getAttribute('data-fase');

async function waitForPhase(page: Page, name: string, timeout = 10_000): Promise<void> {
	await page.locator(`[data-testid="kiosk"][data-fase="${name}"]`).waitFor({ timeout });
}

/** The kiosk covers the whole screen: what is at the top and bottom edges belongs to it. */
async function coversScreen(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const root = document.querySelector('[data-testid="kiosk"]');
		const points = [
			[5, 5],
			[window.innerWidth / 2, 20],
			[window.innerWidth / 2, window.innerHeight - 5]
		] as const;
		return !!root && points.every(([x, y]) => root.contains(document.elementFromPoint(x, y)));
	});
}

async function enterPin(page: Page, pin: string): Promise<void> {
	await kiosk(page).getByRole('button', { name: 'Keluar (staf)' }).click();
	const pad = page.getByRole('dialog', { name: 'Masukkan PIN staf' });
	for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
	await pad.getByRole('button', { name: 'Buka' }).click();
}

const kioskResponses = async (page: Page) =>
	(await readResponses(page)).filter((r) => r.sumber === 'kiosk');

describe('the self-service kiosk, offline', () => {
	it('thanks and resets, discards an abandoned survey, and cannot be left without the staff PIN', async () => {
		const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await page.locator('[data-testid="ranking-table"]').waitFor({ timeout: 30_000 });
		await waitForServiceWorker(page);
		await context.setOffline(true);

		// Staff open the kiosk link on the counter tablet and set its PIN.
		await page.goto(`${baseUrl}/kiosk?unit=${UNIT}&reset=3&terima=2`);
		await page.locator('input[name="pin-baru"]').fill(PIN);
		await page.locator('input[name="pin-ulang"]').fill('2469');
		await page.getByRole('button', { name: 'Kunci dan mulai kiosk' }).click();
		await page.getByRole('alert').filter({ hasText: 'tidak sama' }).waitFor();
		await page.locator('input[name="pin-ulang"]').fill(PIN);
		await page.getByRole('button', { name: 'Kunci dan mulai kiosk' }).click();
		await waitForPhase(page, 'sambutan');
		expect(await coversScreen(page)).toBe(true);

		// A citizen completes the survey: thanks, then the kiosk resets for the next one.
		await kiosk(page).getByRole('button', { name: 'Mulai survei' }).click();
		await kiosk(page).getByRole('button', { name: 'Lanjut →' }).click();
		for (const score of [4, 4, 3, 4, 3, 4, 4, 2, 3]) await answer(page, score);
		await kiosk(page).locator('textarea[name="saran"]').fill('Ruang tunggu nyaman');
		await kiosk(page).getByRole('button', { name: 'Lanjut →' }).click();
		await kiosk(page).getByRole('button', { name: 'Simpan', exact: true }).click();
		await waitForPhase(page, 'terima-kasih');
		await kiosk(page).getByRole('heading', { name: 'Terima kasih!' }).waitFor();
		await waitForPhase(page, 'sambutan', 5_000);
		const saved = await kioskResponses(page);
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({
			unitId: UNIT,
			sumber: 'kiosk',
			saran: 'Ruang tunggu nyaman',
			jawaban: { u1: 4, u2: 4, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 }
		});
		expect(saved[0]!.enumerator).toBeUndefined();

		// Another citizen walks away mid-survey: a countdown warns, then the form is discarded.
		await kiosk(page).getByRole('button', { name: 'Mulai survei' }).click();
		await kiosk(page).getByRole('button', { name: 'Lanjut →' }).click();
		await answer(page, 2);
		await answer(page, 1);
		await page
			.getByTestId('kiosk-hitung-mundur')
			.filter({ hasText: /dihapus dalam \d detik/ })
			.waitFor();
		await waitForPhase(page, 'sambutan', 6_000);
		expect(await kioskResponses(page)).toHaveLength(1);

		// Back (even twice), the app's root and a reload all stay in the kiosk.
		await page.evaluate(() => ((window as unknown as { tanda: number }).tanda = 1));
		for (let i = 0; i < 2; i++) {
			await page.goBack();
			await page.waitForTimeout(300);
		}
		expect(new URL(page.url()).pathname).toBe('/kiosk');
		expect(await phase(page)).toBe('sambutan');
		// Still the same document: the back button never left the kiosk page.
		expect(await page.evaluate(() => (window as unknown as { tanda?: number }).tanda)).toBe(1);
		await page.goto(`${baseUrl}/`);
		await page.waitForURL((url) => url.pathname === '/kiosk');
		await waitForPhase(page, 'sambutan');
		expect(await coversScreen(page)).toBe(true);
		await page.reload();
		await waitForPhase(page, 'sambutan');
		expect(await coversScreen(page)).toBe(true);

		// The reset time survived the reload: an abandoned survey is still discarded quickly.
		await kiosk(page).getByRole('button', { name: 'Mulai survei' }).click();
		await waitForPhase(page, 'isi');
		await waitForPhase(page, 'sambutan', 6_000);

		// A wrong PIN keeps it locked; the right one unlocks and leaves.
		await enterPin(page, '1111');
		await page.getByRole('alert').filter({ hasText: 'PIN salah' }).waitFor();
		expect(await kiosk(page).count()).toBe(1);
		await page.reload();
		await waitForPhase(page, 'sambutan');
		await enterPin(page, PIN);
		await page.waitForURL((url) => url.pathname === '/survei/kiosk');
		expect(await kiosk(page).count()).toBe(0);
		expect(
			(await readStore<{ key: string }>(page, 'meta')).some((m) => m.key === 'kiosk-aktif')
		).toBe(false);
		await page.goto(`${baseUrl}/`);
		await page.locator('[data-testid="ranking-table"]').waitFor();
		expect(new URL(page.url()).pathname).toBe('/');
		await context.close();
	}, 120_000);
});
