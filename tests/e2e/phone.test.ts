/**
 * Every role on a 360×640 phone, through its main screens, in the states a field user meets:
 * the demo without an account, signed in, online, offline, and offline with unsent records. On
 * every screen: nothing wider than the phone, every target at least 44×44 px, and no data-loss
 * alarm on this healthy device. Offenders are listed per screen, so a failure names what to fix.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { hasAlarm, openScreen, checkWidth, checkTarget, UnfinishedScreen, signIn } from './phone';
import { saveOneResponse } from './survey-steps';

const baseUrl = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];

/** The main screens every role can open (some answer "not for you", which must fit too). */
const SCREENS = [
	'/',
	'/skm',
	'/skm/demo-dinkes',
	'/opd/demo-dinkes',
	'/survei',
	'/realisasi',
	'/sinkron',
	'/pengaturan',
	'/masuk',
	'/rakor',
	'/admin'
];
const ADMIN_SCREENS = [
	'/admin/unit',
	'/admin/jenis-layanan',
	'/admin/populasi',
	'/admin/indikator',
	'/admin/periode',
	'/admin/impor',
	'/survei/kuesioner'
];

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close()));
	await browser?.close();
});

async function newDevice(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
	contexts.push(context);
	const page = await context.newPage();
	await openScreen(page, `${baseUrl}/`);
	await waitForServiceWorker(page);
	return { context, page };
}

type Finding = Record<string, string[]>;

/** Opens each screen and records what is too wide, too small, or a false alarm. */
async function checkScreen(
	page: Page,
	keadaan: string,
	layar: readonly string[],
	temuan: Finding
): Promise<void> {
	for (const url of layar) {
		try {
			await openScreen(page, `${baseUrl}${url}`, 20_000);
		} catch (e) {
			if (!(e instanceof UnfinishedScreen)) throw e;
			temuan[`${keadaan} ${url}`] = [e.message];
			continue;
		}
		const masalah = [
			...(await checkWidth(page)),
			...(await checkTarget(page)),
			...((await hasAlarm(page)) ? ['alarm data hilang di perangkat yang sehat'] : [])
		];
		if (masalah.length > 0) temuan[`${keadaan} ${url}`] = masalah;
	}
}

describe('every screen on a 360×640 phone', { timeout: 900_000 }, () => {
	it('fits the demo without an account, online and offline, and asks to sign in first', async () => {
		const { context, page } = await newDevice();
		const temuan: Finding = {};
		await checkScreen(page, 'demo daring', SCREENS, temuan);

		await openScreen(page, `${baseUrl}/survei`);
		const perluMasuk = page.getByTestId('perlu-masuk');
		await expect
			.poll(() => perluMasuk.getByRole('link').first().getAttribute('href'))
			.toBe('/masuk');
		expect(await perluMasuk.getByRole('link').first().textContent()).toBe('Masuk');

		await context.setOffline(true);
		await checkScreen(page, 'demo luring', SCREENS, temuan);
		expect(temuan).toEqual({});
	});

	it('fits the enumerator signed in, online, offline, and offline with an unsent response', async () => {
		const { context, page } = await newDevice();
		await signIn(page, baseUrl, 'demo-enumerator');
		const temuan: Finding = {};
		await checkScreen(page, 'enumerator daring', SCREENS, temuan);

		await context.setOffline(true);
		await checkScreen(page, 'enumerator luring', SCREENS, temuan);
		await saveOneResponse(page, baseUrl);
		await openScreen(page, `${baseUrl}/sinkron`);
		await expect.poll(() => page.getByTestId('jumlah-lokal').textContent()).not.toBe('0');
		await checkScreen(page, 'enumerator luring belum terkirim', SCREENS, temuan);
		expect(temuan).toEqual({});
	});

	for (const akun of ['demo-opd', 'demo-reviewer']) {
		it(`fits ${akun} signed in, online and offline`, async () => {
			const { context, page } = await newDevice();
			await signIn(page, baseUrl, akun);
			const temuan: Finding = {};
			await checkScreen(page, `${akun} daring`, SCREENS, temuan);
			await context.setOffline(true);
			await checkScreen(page, `${akun} luring`, SCREENS, temuan);
			expect(temuan).toEqual({});
		});
	}

	it('fits the admin signed in, on every admin page', async () => {
		const { page } = await newDevice();
		await signIn(page, baseUrl, 'demo-admin');
		const temuan: Finding = {};
		await checkScreen(page, 'admin daring', [...SCREENS, ...ADMIN_SCREENS], temuan);
		expect(temuan).toEqual({});
	});
});
