/**
 * The demo gives the enumerator's survey the real service types of each unit (jenis layanan),
 * as the admin would have set them up, so the picker offers more than "not recorded".
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { launchBrowser, PHONE } from './browser';
import { signIn } from './phone';

const baseUrl = inject('baseUrl');
const demo = generateDemo();

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the demo survey', () => {
	it("offers the chosen unit's own service types to the demo enumerator", async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await signIn(page, baseUrl, 'demo-enumerator');
		await page.goto(`${baseUrl}/survei`);
		const unit = page.locator('select[name="unit"]');
		await unit.waitFor({ timeout: 30_000 });
		for (const unitId of await unit
			.locator('option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
			await unit.selectOption(unitId);
			const harapan = demo.jenisLayanan.filter((j) => j.unitId === unitId).map((j) => j.nama);
			expect(harapan.length, unitId).toBeGreaterThan(0);
			await expect
				.poll(() =>
					page
						.locator('select[name="jenis-layanan"] option')
						.evaluateAll((os) => os.map((o) => o.textContent?.trim() ?? ''))
				)
				.toEqual(expect.arrayContaining(harapan));
		}
		await context.close();
	});
});
