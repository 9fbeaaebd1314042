/**
 * The "data on this device was lost" alarm in real Chromium: silent on a healthy device, whichever
 * account signs in after the demo, and still raised when an account's database really vanished.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE } from './browser';
import { hasAlarm, openScreen, signOut, signIn } from './phone';

const baseUrl = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close()));
	await browser?.close();
});

/** A phone that has never opened Rapor. */
async function newDevice(): Promise<Page> {
	const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
	contexts.push(context);
	return context.newPage();
}

/**
 * Deletes one IndexedDB database of the app, as a browser evicting it would. The app's open
 * connection closes on the `versionchange` this causes, so the deletion goes through.
 */
async function removeDatabase(page: Page, name: string): Promise<void> {
	await page.evaluate(
		(nama) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.deleteDatabase(nama);
				req.onsuccess = () => resolve();
				req.onerror = () => reject(req.error);
			}),
		name
	);
}

describe('the data-loss alarm', { timeout: 600_000 }, () => {
	it('stays silent when each demo role signs in on a device that first opened the demo, and after a reload', async () => {
		const page = await newDevice();
		await openScreen(page, `${baseUrl}/`);
		expect(await hasAlarm(page)).toBe(false);

		const gagal: string[] = [];
		for (const account of ['demo-admin', 'demo-enumerator', 'demo-opd', 'demo-reviewer']) {
			await signIn(page, baseUrl, account);
			if (await hasAlarm(page)) gagal.push(`${account}: setelah masuk`);
			for (const screen of ['/', '/pengaturan']) {
				await openScreen(page, `${baseUrl}${screen}`);
				await page.reload();
				await openScreen(page, page.url());
				if (await hasAlarm(page)) gagal.push(`${account}: ${screen} setelah dimuat ulang`);
			}
			await signOut(page, baseUrl);
			if (await hasAlarm(page)) gagal.push(`${account}: demo setelah keluar`);
		}
		expect(gagal).toEqual([]);
	});

	it("is raised when an account's database vanished while its marker says it existed, and stays away once read", async () => {
		const page = await newDevice();
		await openScreen(page, `${baseUrl}/`);
		await signIn(page, baseUrl, 'demo-enumerator');
		await openScreen(page, `${baseUrl}/`);
		expect(await hasAlarm(page)).toBe(false);

		await removeDatabase(page, 'rapor@demo-enumerator');
		await openScreen(page, `${baseUrl}/`);
		expect(await hasAlarm(page)).toBe(true);
		await page.reload();
		await openScreen(page, page.url());
		expect(await hasAlarm(page)).toBe(true);

		await page.getByTestId('data-hilang').getByRole('button', { name: 'Saya mengerti' }).click();
		await page.getByTestId('data-hilang').waitFor({ state: 'detached' });
		await page.reload();
		await openScreen(page, page.url());
		expect(await hasAlarm(page)).toBe(false);

		// The demo database next to it was never touched: its own marker still matches.
		await signOut(page, baseUrl);
		expect(await hasAlarm(page)).toBe(false);
	});
});
