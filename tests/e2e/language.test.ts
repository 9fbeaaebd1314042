import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Response } from 'playwright-core';
import { en } from '$lib/i18n/messages.en';
import { launchBrowser, PHONE } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** An English sentence found only in the English messages. */
const ENGLISH_SENTENCES = en['peringkat.kosong'];

async function hasEnglish(skrip: Response[]): Promise<boolean> {
	const content = await Promise.all(skrip.map((r) => r.text().catch(() => '')));
	return content.some((text) => text.includes(ENGLISH_SENTENCES));
}

describe('the language of the app', () => {
	it('is Indonesian on a first visit, without fetching the English messages, and English once chosen, after a reload too', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		const skrip: Response[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') skrip.push(r);
		});
		await page.goto(baseUrl);
		const menu = page.getByRole('navigation', { name: 'Menu utama' });
		await menu.getByRole('link', { name: 'Peringkat' }).waitFor({ timeout: 60_000 });
		expect(await hasEnglish(skrip)).toBe(false);

		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page
			.getByRole('navigation', { name: 'Main menu' })
			.getByRole('link', { name: 'Ranking' })
			.waitFor();
		expect(await hasEnglish(skrip)).toBe(true);

		await page.reload();
		await page
			.getByRole('navigation', { name: 'Main menu' })
			.getByRole('link', { name: 'Ranking' })
			.waitFor({ timeout: 60_000 });
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await context.close();
	});
});
