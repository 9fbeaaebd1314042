/**
 * The Content-Security-Policy lets the built app run on every screen, signed out and signed in
 * as the demo admin (with its service worker and sync), with not one violation; and no other site
 * can frame the app.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';

const baseUrl = inject('baseUrl');

/** Every route of src/routes, with a demo unit for the ones that take an id. */
const ROUTES = [
	'/',
	'/masuk',
	'/sinkron',
	'/pengaturan',
	'/admin',
	'/admin/impor',
	'/admin/indikator',
	'/admin/jenis-layanan',
	'/admin/periode',
	'/admin/populasi',
	'/admin/unit',
	'/kiosk',
	'/opd/demo-dinkes',
	'/rakor',
	'/rakor/sematan',
	'/rakor/tindak-lanjut',
	'/realisasi',
	'/skm',
	'/skm/demo-pkm-wiradesa',
	'/survei',
	'/survei/kiosk',
	'/survei/kuesioner'
];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

interface Watch {
	context: BrowserContext;
	page: Page;
	/** CSP violations reported so far: events of the page and console errors of any of its workers. */
	violations(): Promise<string[]>;
}

async function watched(): Promise<Watch> {
	const context = await browser.newContext({ viewport: PHONE });
	const messages: string[] = [];
	context.on('console', (message) => {
		const text = message.text();
		if (/Content Security Policy|Refused to/i.test(text)) messages.push(text);
	});
	await context.addInitScript(() => {
		const found: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = found;
		document.addEventListener('securitypolicyviolation', (e) =>
			found.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	const page = await context.newPage();
	return {
		context,
		page,
		async violations() {
			const events = await page
				.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
				.catch(() => []);
			return [...messages, ...events];
		}
	};
}

/**
 * Opens each route and waits until its screen is drawn (a signed-in app long-polls the server, so
 * the network never goes idle): the shell's main element with content, then two frames more.
 */
async function visitEveryRoute(watch: Watch): Promise<void> {
	for (const route of ROUTES) {
		await watch.page.goto(`${baseUrl}${route}`);
		await watch.page.waitForFunction(
			() => (document.querySelector('main')?.childElementCount ?? 0) > 0
		);
		await watch.page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
		);
		expect(await watch.violations(), route).toEqual([]);
	}
}

describe('the Content-Security-Policy', () => {
	it('lets every screen run for a signed-out user, service worker included', async () => {
		const watch = await watched();
		await watch.page.goto(baseUrl);
		await waitForServiceWorker(watch.page);
		await visitEveryRoute(watch);
		await watch.context.close();
	});

	it('lets every screen run for the demo admin, after a sync', async () => {
		const watch = await watched();
		const { page } = watch;
		await page.goto(`${baseUrl}/masuk`);
		await page.locator('input[name="nama"]').fill('demo-admin');
		await page.locator('input[name="sandi"]').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Masuk' }).click();
		await page.waitForURL(`${baseUrl}/sinkron`);
		await page.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 90_000 });
		expect(await watch.violations()).toEqual([]);
		await visitEveryRoute(watch);
		await watch.context.close();
	});
});

describe('framing', () => {
	let other: Server;
	let otherUrl: string;
	beforeAll(async () => {
		other = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end(`<!doctype html><title>lain</title><iframe src="${baseUrl}/masuk"></iframe>`);
		});
		await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
		otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/`;
	});
	afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

	it('is refused: another site cannot show the app in a frame', async () => {
		const context = await browser.newContext();
		const refusals: string[] = [];
		context.on('console', (m) => {
			if (/frame-ancestors|Refused to (display|frame)/i.test(m.text())) refusals.push(m.text());
		});
		const page = await context.newPage();
		await page.goto(otherUrl);
		await page.waitForLoadState('networkidle');
		const frame = page.frames().find((f) => f !== page.mainFrame());
		const loginShown = await frame
			?.locator('input[name="sandi"]')
			.count()
			.catch(() => 0);
		expect(loginShown ?? 0).toBe(0);
		await expect.poll(() => refusals.length).toBeGreaterThan(0);
		await context.close();
	});
});
