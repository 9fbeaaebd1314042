import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatNumber } from '$lib/domain/format';
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

async function rankingRows(page: Page) {
	await page.locator('[data-testid="ranking-table"] tbody tr').first().waitFor();
	return page.$$eval('[data-testid="ranking-table"] tbody tr', (rows) =>
		rows.map((row) => ({
			unitId: row.getAttribute('data-unit'),
			rank: row.querySelector('td')?.textContent?.trim(),
			indeks: row.querySelector('.indeks')?.textContent?.trim()
		}))
	);
}

describe('the ranking screen on a phone', () => {
	it('ranks every OPD of the demo data exactly as the scoring core does', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await choosePeriode(page, '2026-TW3');

		const expected = expectedRanking('2026-TW3');
		const shown = await rankingRows(page);
		expect(shown.length).toBe(expected.rows.length);
		expect(shown.length).toBeGreaterThanOrEqual(20);
		expect(shown).toEqual(
			expected.rows.map((row) => ({
				unitId: row.unit.id,
				rank: row.baris.peringkat == null ? '–' : String(row.baris.peringkat),
				indeks: row.hasil.indeks == null ? '–' : formatNumber(row.hasil.indeks, 2, 'id')
			}))
		);
		await context.close();
	});

	it('fits a 360 px wide screen without sideways scrolling of the page', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await rankingRows(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});

	it('switches to English and back', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await rankingRows(page);
		await expect(page.locator('h1').textContent()).resolves.toContain('Peringkat');
		await page.getByRole('button', { name: 'Switch to English' }).click();
		// The English messages are fetched on the first switch: the heading changes once they are in.
		await page.locator('h1', { hasText: 'ranking' }).waitFor();
		await page.reload();
		await page.locator('h1', { hasText: 'ranking' }).waitFor();
		await context.close();
	});

	it('opens an OPD with its four components and indicators', async () => {
		const expected = expectedRanking('2026-TW3');
		const top = expected.rows[0]!;
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await choosePeriode(page, '2026-TW3');
		await page.locator(`tr[data-unit="${top.unit.id}"] a`).click();
		await page.locator('[data-testid="komponen-table"]').waitFor();
		expect(await page.locator('[data-testid="opd-indeks"]').textContent()).toBe(
			formatNumber(top.hasil.indeks!, 2, 'id')
		);
		expect(await page.locator('[data-testid="komponen-table"] tbody tr').count()).toBe(4);
		expect(await page.locator('[data-testid="indikator-table"] tbody tr').count()).toBe(
			top.hasil.indikator.length
		);
		await context.close();
	});
});
