import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { persistentProfile, waitForServiceWorker } from './browser';

const baseUrl = inject('baseUrl');

async function rankingRowCount(page: Page): Promise<number> {
	await page.locator('[data-testid="ranking-table"] tbody tr').first().waitFor({ timeout: 30_000 });
	return page.locator('[data-testid="ranking-table"] tbody tr').count();
}

describe('offline use after one online visit', () => {
	it('reloads, opens fresh pages and cold-starts the browser with no network', async () => {
		const profile = await persistentProfile();
		try {
			let context = await profile.launch();
			let page = context.pages()[0] ?? (await context.newPage());
			await page.goto(baseUrl);
			const online = await rankingRowCount(page);
			expect(online).toBeGreaterThanOrEqual(20);
			await waitForServiceWorker(page);

			await context.setOffline(true);
			expect(await page.evaluate(() => navigator.onLine)).toBe(false);
			await page.reload();
			expect(await rankingRowCount(page)).toBe(online);
			await expect(page.getByRole('status').filter({ hasText: 'Luring' }).count()).resolves.toBe(1);

			const fresh = await context.newPage();
			await fresh.goto(`${baseUrl}/skm`);
			await fresh.locator('[data-testid="skm-table"] tbody tr').first().waitFor();
			expect(await fresh.locator('[data-testid="skm-table"] tbody tr').count()).toBeGreaterThan(10);
			await context.close();

			// Quit Chromium entirely and start it again with the network already gone.
			context = await profile.launch();
			await context.setOffline(true);
			page = context.pages()[0] ?? (await context.newPage());
			await page.goto(`${baseUrl}/`);
			expect(await rankingRowCount(page)).toBe(online);
			await page.goto(`${baseUrl}/pengaturan`);
			await page.getByTestId('pengaturan-form').waitFor();
			await context.close();
		} finally {
			await profile.remove();
		}
	});
});
