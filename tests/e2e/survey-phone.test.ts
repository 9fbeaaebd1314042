/**
 * The survey on small phones (360×640 and 320×568, touch): every question shows its four answers
 * and the back/next buttons on one screen without scrolling, also after a reload mid-form; a
 * swipe moves between questions; nothing is wider than the screen. The kiosk gets the same fit.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { launchBrowser, waitForServiceWorker } from './browser';
import { readResponses, answer, stepLabel, assertUser, waitForDraft } from './survey-steps';

const baseUrl = inject('baseUrl');
const UNIT = 'demo-dpmptsp';
const UNIT_NAME = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu';
/** Screenshots for a person to look at, written only when this is set. */
const SCREENSHOTS = process.env.RAPOR_SCREENSHOT_DIR;

const SCREENS = [
	{ nama: '360x640', width: 360, height: 640 },
	{ nama: '320x568', width: 320, height: 568 }
] as const;
type Screen = (typeof SCREENS)[number];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
	if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

/** Respondent answers, one per unsur, all four scores used. */
const SCORE = [2, 4, 1, 3, 4, 2, 3, 1, 4] as const;

async function openPhone(screen: Screen): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		viewport: { width: screen.width, height: screen.height },
		hasTouch: true,
		timezoneId: 'Asia/Jakarta'
	});
	const page = await context.newPage();
	await page.goto(baseUrl);
	await page.locator('[data-testid="ranking-table"]').waitFor({ timeout: 30_000 });
	await waitForServiceWorker(page);
	return { context, page };
}

async function screenshot(page: Page, name: string): Promise<void> {
	if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

interface Box {
	nama: string;
	top: number;
	bottom: number;
	left: number;
	right: number;
	height: number;
	/** The element is what a finger at its centre, top edge and bottom edge would touch. */
	tersentuh: boolean;
}

interface Layout {
	scrollY: number;
	innerWidth: number;
	innerHeight: number;
	scrollWidth: number;
	kotak: Box[];
}

/** Where the given elements are on screen, and whether anything covers them. */
function measure(page: Page, root: string, selectors: Record<string, string>): Promise<Layout> {
	return page.evaluate(
		({ root, selectors }) => {
			const scope = document.querySelector(root) ?? document;
			const box = Object.entries(selectors).flatMap(([name, selector]) =>
				[...scope.querySelectorAll<HTMLElement>(selector)].map((el, i) => {
					const r = el.getBoundingClientRect();
					const x = r.left + r.width / 2;
					const point = [r.top + r.height / 2, r.top + 2, r.bottom - 2];
					const tersentuh = point.every((y) => {
						const hit = document.elementFromPoint(x, y);
						return !!hit && el.contains(hit);
					});
					return {
						nama: `${name}[${i}]`,
						top: r.top,
						bottom: r.bottom,
						left: r.left,
						right: r.right,
						height: r.height,
						tersentuh
					};
				})
			);
			return {
				scrollY: window.scrollY,
				innerWidth: window.innerWidth,
				innerHeight: window.innerHeight,
				scrollWidth: document.documentElement.scrollWidth,
				kotak: box
			};
		},
		{ root, selectors }
	);
}

/** Every element is wholly on screen, uncovered, at least 44 px tall; nothing scrolls sideways. */
function checkLayout(
	layout: Layout,
	expected: { jumlah: number; tanpaGulir: boolean },
	di: string
) {
	expect(layout.kotak, `${di}: elements found`).toHaveLength(expected.jumlah);
	if (expected.tanpaGulir) expect(layout.scrollY, `${di}: the page is not scrolled`).toBe(0);
	expect(layout.scrollWidth, `${di}: no horizontal overflow`).toBeLessThanOrEqual(
		layout.innerWidth
	);
	for (const k of layout.kotak) {
		const label = `${di}: ${k.nama} ${JSON.stringify(k)}`;
		expect(k.top, label).toBeGreaterThanOrEqual(0);
		expect(k.left, label).toBeGreaterThanOrEqual(0);
		expect(k.bottom, label).toBeLessThanOrEqual(layout.innerHeight);
		expect(k.right, label).toBeLessThanOrEqual(layout.innerWidth);
		expect(k.height, label).toBeGreaterThanOrEqual(44);
		expect(k.tersentuh, `${label} is not covered`).toBe(true);
	}
}

const QUESTIONS = {
	jawaban: '.langkah button[data-skor]',
	kembali: '.nav > button:first-child',
	lanjut: '.nav > button:last-child'
};

/** The question on screen shows its four answers and back/next without scrolling. */
async function checkQuestion(page: Page, root: string, di: string): Promise<void> {
	checkLayout(await measure(page, root, QUESTIONS), { jumlah: 6, tanpaGulir: true }, di);
}

/** A finger swipe across the screen at height `y` (real touch input through the DevTools protocol). */
async function shift(cdp: CDPSession, layar: Screen, arah: 'kiri' | 'kanan', y: number) {
	const [dari, ke] =
		arah === 'kiri'
			? [layar.width * 0.85, layar.width * 0.15]
			: [layar.width * 0.15, layar.width * 0.85];
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [{ x: dari, y }]
	});
	for (let i = 1; i <= 6; i++) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x: dari + ((ke - dari) * i) / 6, y: y + i }]
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The vertical centre of answer `skor` on screen. */
async function answerMiddle(page: Page, score: number): Promise<number> {
	const box = await page.locator(`.langkah button[data-skor="${score}"]`).boundingBox();
	return box!.y + box!.height / 2;
}

async function waitForLabel(page: Page, label: string): Promise<void> {
	await page.getByTestId('kemajuan').filter({ hasText: label }).waitFor();
}

describe.each(SCREENS)('the survey on a $nama touch phone', (layar) => {
	it('shows every question with its four answers and back/next on one screen, swipes between questions, and keeps that after a reload', async () => {
		const { context, page } = await openPhone(layar);
		const cdp = await context.newCDPSession(page);
		await assertUser(page, baseUrl, {
			nama: `Enumerator ${layar.nama}`,
			peran: 'enumerator',
			unit: UNIT_NAME
		});
		await page.goto(`${baseUrl}/survei`);
		await page.locator('select[name="unit"]').selectOption(UNIT);
		await page.getByRole('button', { name: 'Mulai survei' }).click();
		await page.getByTestId('unit-survei').filter({ hasText: UNIT_NAME }).waitFor();

		// The profile step: its fields and the navigation are on screen; the heading shows once.
		await page.getByRole('heading', { name: 'Profil responden', level: 2 }).waitFor();
		await expect(page.getByText('Profil responden', { exact: true }).count()).resolves.toBe(1);
		checkLayout(
			await measure(page, 'main', {
				kembali: '.nav > button:first-child',
				lanjut: '.nav > button:last-child',
				jenisKelamin: '.langkah .opsi'
			}),
			{ jumlah: 4, tanpaGulir: true },
			'profile step'
		);
		await screenshot(page, `survei-profil-${layar.nama}`);
		await page.getByRole('button', { name: 'Perempuan' }).click();
		await page.getByRole('button', { name: 'Lanjut →' }).click();

		for (let q = 1; q <= 9; q++) {
			await waitForLabel(page, `Pertanyaan ${q} dari 9`);
			await checkQuestion(page, 'main', `question ${q}`);
			if (q === 2) {
				await screenshot(page, `survei-pertanyaan-${layar.nama}`);
				// Swipe right goes back to question 1 with its answer kept; swipe left returns,
				// even when the finger starts on another answer (which stays unchosen).
				await shift(cdp, layar, 'kanan', await answerMiddle(page, 3));
				await waitForLabel(page, 'Pertanyaan 1 dari 9');
				await expect(
					page.locator('.langkah button[aria-pressed="true"]').getAttribute('data-skor')
				).resolves.toBe(String(SCORE[0]));
				await checkQuestion(page, 'main', 'question 1 after a swipe back');
				await shift(cdp, layar, 'kiri', await answerMiddle(page, 3));
				await waitForLabel(page, 'Pertanyaan 2 dari 9');
				await checkQuestion(page, 'main', 'question 2 after a swipe forward');
			}
			if (q === 5) {
				await waitForDraft(page);
				await page.reload();
				await waitForLabel(page, 'Pertanyaan 5 dari 9');
				await checkQuestion(page, 'main', 'question 5 after a reload');
			}
			await answer(page, SCORE[q - 1]!);
		}

		expect(await stepLabel(page)).toBe('Saran dan keluhan');
		checkLayout(
			await measure(page, 'main', {
				kembali: '.nav > button:first-child',
				lanjut: '.nav > button:last-child'
			}),
			{ jumlah: 2, tanpaGulir: true },
			'saran step'
		);
		await page.getByRole('button', { name: 'Lanjut →' }).click();
		await page.getByTestId('ringkasan').waitFor();
		checkLayout(
			await measure(page, 'main', {
				kembali: '.nav > button:first-child',
				simpan: '.nav > button:last-child'
			}),
			{ jumlah: 2, tanpaGulir: true },
			'summary step'
		);
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByTestId('tersimpan').filter({ hasText: 'Tersimpan' }).waitFor();
		checkLayout(
			await measure(page, 'main', { berikutnya: 'button.berikutnya' }),
			{ jumlah: 1, tanpaGulir: true },
			'saved'
		);
		await screenshot(page, `survei-tersimpan-${layar.nama}`);

		const [saved] = (await readResponses(page)).filter(
			(r) => r.enumerator === `Enumerator ${layar.nama}`
		);
		expect(saved?.jawaban).toEqual(Object.fromEntries(UNSUR_KEYS.map((k, i) => [k, SCORE[i]])));
		expect(saved?.profil?.jenisKelamin).toBe('P');
		await context.close();
	}, 180_000);
});

describe('the kiosk on a 320×568 touch phone', () => {
	it('shows every question with its four answers and back/next on one screen', async () => {
		const screen = SCREENS[1];
		const { context, page } = await openPhone(screen);
		await page.goto(`${baseUrl}/kiosk?unit=${UNIT}`);
		await page.locator('input[name="pin-baru"]').fill('2468');
		await page.locator('input[name="pin-ulang"]').fill('2468');
		await page.getByRole('button', { name: 'Kunci dan mulai kiosk' }).click();
		const kiosk = page.getByTestId('kiosk');
		await kiosk.getByRole('button', { name: 'Mulai survei' }).click();
		await kiosk.getByRole('heading', { name: 'Profil responden', level: 2 }).waitFor();
		checkLayout(
			await measure(page, '[data-testid="kiosk"]', {
				kembali: '.nav > button:first-child',
				lanjut: '.nav > button:last-child'
			}),
			{ jumlah: 2, tanpaGulir: true },
			'kiosk profile step'
		);
		await kiosk.getByRole('button', { name: 'Lanjut →' }).click();
		for (let q = 1; q <= 9; q++) {
			await waitForLabel(page, `Pertanyaan ${q} dari 9`);
			await checkQuestion(page, '[data-testid="kiosk"]', `kiosk question ${q}`);
			if (q === 3) await screenshot(page, `kiosk-pertanyaan-${screen.nama}`);
			await answer(page, SCORE[q - 1]!);
		}
		await context.close();
	}, 120_000);
});
