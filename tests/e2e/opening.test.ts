/**
 * The first paint on a slow phone comes from the HTML alone: before any script has arrived the
 * page already shows the app's name and that it is loading, and once the app runs that static
 * opening is gone, leaving one header and the first screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, PHONE } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the first visit on a phone', () => {
	it('shows the app name and a loading line before any script has arrived', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		try {
			const page = await context.newPage();
			await page.route('**/_app/**/*.js', (route) => route.abort());
			await page.goto(baseUrl, { waitUntil: 'load' });
			const pembuka = page.locator('#pembuka');
			await expect.poll(() => pembuka.isVisible()).toBe(true);
			expect(await pembuka.innerText()).toContain('Rapor');
			expect(await pembuka.innerText()).toContain('Memuat aplikasi');
			const box = await pembuka.boundingBox();
			expect(box?.width).toBeLessThanOrEqual(PHONE.width);
		} finally {
			await context.close();
		}
	});

	it('leaves only the app once it runs: the opening is removed, the first screen shows', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		try {
			const page = await context.newPage();
			await page.goto(baseUrl);
			await page.locator('h1').first().waitFor({ timeout: 60_000 });
			await expect.poll(() => page.locator('#pembuka').count(), { timeout: 30_000 }).toBe(0);
			expect(await page.getByText('Memuat aplikasi').count()).toBe(0);
		} finally {
			await context.close();
		}
	});
});
