import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, persistentProfile, PHONE, waitForServiceWorker } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The `demo` meta record of the device-only database: status and where the last load ran. */
function metaDemo(page: Page): Promise<{ status?: string; tempat?: string } | undefined> {
	return page.evaluate(
		() =>
			new Promise<{ status?: string; tempat?: string } | undefined>((resolve, reject) => {
				const open = indexedDB.open('rapor');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('meta').objectStore('meta').get('demo');
					get.onerror = () => reject(get.error);
					get.onsuccess = () => {
						db.close();
						resolve(get.result?.value);
					};
				};
			})
	);
}

async function rankingShown(page: Page): Promise<void> {
	await page.locator('[data-testid="ranking-table"] tbody tr').first().waitFor({ timeout: 60_000 });
}

describe('the demo data is made in a worker, off the page', () => {
	it('shows the demo ranking on the very first visit, generated and stored by the worker', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto(baseUrl);
		await rankingShown(page);
		expect(await metaDemo(page)).toMatchObject({ status: 'loaded', tempat: 'worker' });
		expect(workers.some((url) => url.includes('/_app/immutable/'))).toBe(true);

		// Later starts find the demo in place and start no worker.
		workers.length = 0;
		await page.reload();
		await rankingShown(page);
		expect(workers).toEqual([]);
		await context.close();
	});

	it('loads it again from Pengaturan in the worker, offline too, and the open screen sees it', async () => {
		const profile = await persistentProfile();
		try {
			const context = await profile.launch();
			const page = context.pages()[0] ?? (await context.newPage());
			page.on('dialog', (dialog) => dialog.accept());
			await page.goto(baseUrl);
			await rankingShown(page);
			await waitForServiceWorker(page);

			await context.setOffline(true);
			await page.goto(`${baseUrl}/pengaturan`);
			await page.getByRole('button', { name: 'Hapus data demo' }).click();
			await page.getByRole('button', { name: 'Muat data demo' }).click();
			// The button flips when this page's live query sees the worker's writes.
			await page.getByRole('button', { name: 'Hapus data demo' }).waitFor({ timeout: 60_000 });
			expect(await metaDemo(page)).toMatchObject({ status: 'loaded', tempat: 'worker' });
			await page.goto(baseUrl);
			await rankingShown(page);
			await context.close();
		} finally {
			await profile.remove();
		}
	});
});
