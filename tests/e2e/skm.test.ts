import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatAngka } from '$lib/domain/format';
import { choosePeriode, launchBrowser, PHONE } from './browser';
import { expectedSkm } from './expected';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the SKM screens', () => {
	it('show each unit the IKM and grade the scoring core computes', async () => {
		const expected = expectedSkm('2026-TW2');
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/skm`);
		await choosePeriode(page, '2026-TW2');
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-testid="skm-table"] tbody tr').length === n,
			expected.units.length
		);
		const shown = await page.$$eval('[data-testid="skm-table"] tbody tr', (rows) =>
			rows.map((row) => ({
				unitId: row.getAttribute('data-unit'),
				nilai: row.querySelector('.ikm')?.textContent?.trim(),
				mutu: row.querySelector('.mutu')?.textContent?.trim()
			}))
		);
		expect(shown).toEqual(
			expected.units.map((u) => ({
				unitId: u.unit.id,
				nilai: u.hasil.nilai == null ? '–' : formatAngka(u.hasil.nilai, 2, 'id'),
				mutu: u.hasil.mutu ?? '–'
			}))
		);
		const grades = new Set(expected.units.map((u) => u.hasil.mutu));
		expect(grades.size).toBeGreaterThanOrEqual(2);
		expect(await page.locator('[data-testid="skm-pemda"] .big').textContent()).toBe(
			formatAngka(expected.pemda.nilai!, 2, 'id')
		);

		const lowest = expected.units.at(-1)!;
		await page.locator(`tr[data-unit="${lowest.unit.id}"] a`).click();
		await page.locator('[data-testid="skm-nilai"]').waitFor();
		expect(await page.locator('[data-testid="skm-nilai"]').textContent()).toBe(
			formatAngka(lowest.hasil.nilai!, 2, 'id')
		);
		expect(await page.locator('[data-testid="nrr-table"] tbody tr').count()).toBe(9);
		expect(await page.locator('[data-testid="unsur-terendah"] li').count()).toBe(
			lowest.hasil.unsurTerendah.length
		);
		await context.close();
	});
});
