import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

export const PHONE = { width: 360, height: 640 };

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** A browser profile on disk, so a test can quit Chromium and start it again (a cold start). */
export async function persistentProfile() {
	const dir = await mkdtemp(join(tmpdir(), 'rapor-e2e-'));
	return {
		dir,
		launch: (): Promise<BrowserContext> =>
			chromium.launchPersistentContext(dir, {
				executablePath: CHROMIUM_PATH,
				args: ARGS,
				viewport: PHONE
			}),
		remove: () => rm(dir, { recursive: true, force: true })
	};
}

/** Waits until the service worker controls the page, i.e. the app is cached for offline use. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

export async function choosePeriode(page: Page, periodeId: string): Promise<void> {
	const select = page.locator('select').first();
	await select.waitFor();
	await page.waitForFunction(
		(id) => !!document.querySelector(`select option[value="${id}"]`),
		periodeId
	);
	await select.selectOption(periodeId);
	await page.waitForFunction(
		(id) => document.querySelector('table[data-periode]')?.getAttribute('data-periode') === id,
		periodeId
	);
}
