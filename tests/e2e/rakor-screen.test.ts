/**
 * Rakor on a projector, in real Chromium against the built app and the real server: in a laptop
 * window (1280×720, 1366×768), on a full-HD screen and in full screen, every slide fits the
 * window with type large enough for the back of a hall; the whole ranking is on screen; "Tindak
 * lanjut" opens in view; the full-screen button says how to leave full screen. On a 360 px phone
 * the show still turns by buttons and swipes, with nothing wider than the screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { launchBrowser, PHONE } from './browser';
import { expectedRanking } from './expected';
import { chooseRakorTriwulan } from './rakor-steps';

const baseUrl = inject('baseUrl');
const TW3 = '2026-TW3';
const LAPTOP = { width: 1280, height: 720 };
const LAPTOP_WIDTH = { width: 1366, height: 768 };
const FULL_HD = { width: 1920, height: 1080 };
const SHOTS = process.env.RAPOR_RAKOR_SHOTS;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: LAPTOP, timezoneId: 'Asia/Jakarta' });
	page = await context.newPage();
	await signIn(page, 'demo-reviewer');
	await page.goto(`${baseUrl}/rakor`);
	await chooseRakorTriwulan(page, TW3);
	await page.getByRole('heading', { name: /TW III 2026/ }).waitFor({ timeout: 30_000 });
}, 180_000);
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

async function signIn(p: Page, nama: string): Promise<void> {
	await p.goto(`${baseUrl}/masuk`);
	await p.locator('input[name="nama"]').fill(nama);
	await p.locator('input[name="sandi"]').fill(DEMO_PASSWORD);
	await p.getByRole('button', { name: 'Masuk' }).click();
	await p.waitForURL(`${baseUrl}/sinkron`);
	await p.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 90_000 });
	await p.waitForFunction(
		() => document.querySelector('[data-testid="jumlah-lokal"]')?.textContent === '0'
	);
}

const position = async (p: Page) => {
	const text = (await p.getByTestId('rakor-posisi').textContent()) ?? '';
	const [n, count] = text.split('/').map((s) => Number(s.trim()));
	return { n: n!, jumlah: count! };
};
const slideKey = (p: Page) => p.locator('.slide').getAttribute('data-slide');

/** What overflows the window on the slide on screen: parts below or right of it, or scrolling. */
function measureSlide(p: Page) {
	return p.evaluate(() => {
		const doc = document.documentElement;
		const deck = document.querySelector('[data-testid="rakor-deck"]')!.getBoundingClientRect();
		const slide = document.querySelector<HTMLElement>('.slide')!;
		const keluar = [...slide.querySelectorAll<HTMLElement>('*')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				if (r.width <= 1 || r.height <= 1) return false; // screen-reader-only text
				return r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.top < -0.5;
			})
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
		const terpotong = [...slide.querySelectorAll<HTMLElement>('.nama, h2, td, th')]
			.filter((el) => el.scrollWidth > el.clientWidth + 1)
			.map((el) => el.textContent?.trim().slice(0, 40));
		return {
			gulirHalaman: Math.max(doc.scrollHeight - innerHeight, doc.scrollWidth - innerWidth, 0),
			gulirSlide: Math.max(slide.scrollHeight - slide.clientHeight, 0),
			deckDiLuar: deck.bottom > innerHeight + 0.5 || deck.right > innerWidth + 0.5,
			keluar,
			terpotong
		};
	});
}

/** The computed font size of the text the hall reads on this slide (rows and table cells). */
function smallestFont(p: Page, selector: string) {
	return p.evaluate((cell) => {
		const els = [...document.querySelectorAll<HTMLElement>(cell)];
		if (els.length === 0) throw new Error(`nothing matches ${cell}`);
		return Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
	}, selector);
}

function shortestRow(p: Page, selector: string) {
	return p.evaluate(
		(cell) =>
			Math.min(
				...[...document.querySelectorAll(cell)].map((el) => el.getBoundingClientRect().height)
			),
		selector
	);
}

/** Walks every slide from the first, checking each one fits the window. */
async function everySlideLoads(p: Page, size: string): Promise<string[]> {
	await p.keyboard.press('Home');
	const dilihat: string[] = [];
	const { jumlah: count } = await position(p);
	for (let i = 1; i <= count; i++) {
		await expect.poll(async () => (await position(p)).n).toBe(i);
		const key = (await slideKey(p))!;
		dilihat.push(key);
		const ukur = await measureSlide(p);
		expect({ ukuran: size, kunci: key, ...ukur }).toEqual({
			ukuran: size,
			kunci: key,
			gulirHalaman: 0,
			gulirSlide: 0,
			deckDiLuar: false,
			keluar: [],
			terpotong: []
		});
		if (SHOTS && (i <= 4 || key === 'skm' || key === 'tindak-lanjut')) {
			await p.screenshot({ path: `${SHOTS}/${size}-${key.replace(':', '_')}.png` });
		}
		await p.keyboard.press('PageDown');
	}
	return dilihat;
}

describe('rakor in a laptop window', () => {
	it('gives the slide the window: no app header, no menu bar, one slim control bar', async () => {
		expect(await page.locator('header.bar').isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(false);
		const bar = (await page.getByTestId('rakor-bar').boundingBox())!;
		expect(bar.y).toBeLessThan(8);
		expect(bar.height).toBeLessThanOrEqual(60);
	});

	it('fits every slide inside a 1280×720 and a 1366×768 window, and on a full-HD screen', async () => {
		for (const size of [LAPTOP, LAPTOP_WIDTH, FULL_HD]) {
			await page.setViewportSize(size);
			const dilihat = await everySlideLoads(page, `${size.width}x${size.height}`);
			expect(dilihat).toContain('peringkat');
			expect(dilihat).toContain('skm');
			expect(dilihat).toContain('tindak-lanjut');
		}
		await page.setViewportSize(LAPTOP);
	}, 240_000);

	it('shows every OPD of the ranking on the first slide, in rows the hall can read', async () => {
		await page.keyboard.press('Home');
		const rows = expectedRanking(TW3).rows;
		const row = page.locator('[data-testid="rakor-peringkat"] li');
		expect(await row.count()).toBe(rows.length);
		for (let i = 0; i < rows.length; i++) {
			expect(await row.nth(i).isVisible()).toBe(true);
			const box = (await row.nth(i).boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(LAPTOP.height);
		}
		// A long name is read by its short one, the full name kept for screen readers and hover.
		const dpmptsp = page.locator('[data-testid="rakor-peringkat"] li[data-unit="demo-dpmptsp"]');
		expect(await dpmptsp.locator('.nama .pendek').textContent()).toBe('DPMPTSP');
		expect(await dpmptsp.locator('.nama .pendek').isVisible()).toBe(true);
		expect(await dpmptsp.getAttribute('title')).toBe(
			'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'
		);
		expect(await smallestFont(page, '[data-testid="rakor-peringkat"] li')).toBeGreaterThanOrEqual(
			20
		);
		expect(await shortestRow(page, '[data-testid="rakor-peringkat"] li')).toBeGreaterThanOrEqual(
			40
		);
	});

	it('sets the tables and the trend of an OPD in type of at least 20 px', async () => {
		await page.goto(`${baseUrl}/rakor?slide=opd:demo-dinkes`);
		await page.getByTestId('rakor-komponen').waitFor();
		expect(await smallestFont(page, '.slide td, .slide tbody th')).toBeGreaterThanOrEqual(20);
		expect(await smallestFont(page, '[data-testid="rakor-tren"] .label')).toBeGreaterThanOrEqual(
			18
		);
		expect(await shortestRow(page, '.slide tbody tr')).toBeGreaterThanOrEqual(34);
		await page.goto(`${baseUrl}/rakor?slide=skm`);
		await page.getByTestId('rakor-skm').waitFor();
		expect(await smallestFont(page, '[data-testid="rakor-skm"] li')).toBeGreaterThanOrEqual(20);
	});

	it('opens "Tindak lanjut" in view, with the focus in it, and closes it with Escape', async () => {
		await page.goto(`${baseUrl}/rakor?slide=opd:demo-dinkes`);
		await page.getByTestId('tombol-tindak-lanjut').click();
		const panel = page.getByTestId('catatan-panel');
		await panel.waitFor();
		const box = (await panel.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(LAPTOP.width);
		expect(box.y + box.height).toBeLessThanOrEqual(LAPTOP.height);
		expect(
			await page.evaluate(() =>
				document.querySelector('[data-testid="catatan-panel"]')!.contains(document.activeElement)
			)
		).toBe(true);
		await page.getByLabel('Tindak lanjut baru').waitFor();
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/1280x720-tindak-lanjut-panel.png` });
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'hidden' });
		expect(await page.getByTestId('tombol-tindak-lanjut').getAttribute('aria-expanded')).toBe(
			'false'
		);
	});

	it('says how to leave full screen while in it, and fits the slides there too', async () => {
		await page.goto(`${baseUrl}/rakor?slide=peringkat`);
		const button = page.getByTestId('tombol-layar-penuh');
		expect(await button.textContent()).toBe('Layar penuh (F)');
		await page.keyboard.press('f');
		await expect
			.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid')))
			.toBe('rakor-deck');
		await expect.poll(() => button.textContent()).toBe('Keluar layar penuh (F/Esc)');
		await everySlideLoads(page, 'layar-penuh');
		await button.click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expect.poll(() => button.textContent()).toBe('Layar penuh (F)');
	}, 120_000);
});

describe('rakor on a 360 px phone', () => {
	it('turns by buttons and swipes, opens "Tindak lanjut" in view, nothing wider than the screen', async () => {
		await page.setViewportSize(PHONE);
		await page.goto(`${baseUrl}/rakor?slide=peringkat`);
		await page.getByTestId('rakor-peringkat').waitFor();
		const { jumlah: count } = await position(page);
		for (let i = 1; i <= count; i++) {
			expect(await position(page)).toEqual({ n: i, jumlah: count });
			const lebih = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect({ slide: await slideKey(page), lebih }).toEqual({
				slide: await slideKey(page),
				lebih: 0
			});
			if (SHOTS && i <= 4) {
				await page.screenshot({
					path: `${SHOTS}/360x640-${(await slideKey(page))!.replace(':', '_')}.png`
				});
			}
			if (i === 1) {
				const box = (await page.locator('.slide').boundingBox())!;
				const y = box.y + 60;
				await page.mouse.move(box.x + box.width - 20, y);
				await page.mouse.down();
				await page.mouse.move(box.x + 30, y + 10, { steps: 5 });
				await page.mouse.up();
			} else if (i < count) {
				const berikut = page.getByRole('button', { name: 'Slide berikutnya' });
				const kotak = (await berikut.boundingBox())!;
				expect(kotak.y + kotak.height).toBeLessThanOrEqual(PHONE.height);
				await berikut.click();
			}
		}
		await page.goto(`${baseUrl}/rakor?slide=opd:demo-dinkes`);
		await page.getByTestId('tombol-tindak-lanjut').click();
		const panel = page.getByTestId('catatan-panel');
		await panel.waitFor();
		const kotak = (await panel.boundingBox())!;
		expect(kotak.y).toBeGreaterThanOrEqual(0);
		expect(kotak.x + kotak.width).toBeLessThanOrEqual(PHONE.width);
		expect(kotak.y).toBeLessThan(PHONE.height);
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/360x640-tindak-lanjut-panel.png` });
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'hidden' });
	}, 120_000);
});
