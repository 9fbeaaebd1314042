/**
 * Every role on a 360×640 phone, through its main screens, in the states a field user meets:
 * the demo without an account, signed in, online, offline, and offline with unsent records. On
 * every screen: nothing wider than the phone, every target at least 44×44 px, and no data-loss
 * alarm on this healthy device. Offenders are listed per screen, so a failure names what to fix.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { adaAlarm, bukaLayar, cekLebar, cekTarget, LayarTidakSelesai, masuk } from './phone';
import { simpanSatuRespons } from './survey-steps';

const baseUrl = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];

/** The main screens every role can open (some answer "not for you", which must fit too). */
const LAYAR = [
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
const LAYAR_ADMIN = [
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

async function perangkatBaru(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
	contexts.push(context);
	const page = await context.newPage();
	await bukaLayar(page, `${baseUrl}/`);
	await waitForServiceWorker(page);
	return { context, page };
}

type Temuan = Record<string, string[]>;

/** Opens each screen and records what is too wide, too small, or a false alarm. */
async function periksaLayar(
	page: Page,
	keadaan: string,
	layar: readonly string[],
	temuan: Temuan
): Promise<void> {
	for (const url of layar) {
		try {
			await bukaLayar(page, `${baseUrl}${url}`, 20_000);
		} catch (e) {
			if (!(e instanceof LayarTidakSelesai)) throw e;
			temuan[`${keadaan} ${url}`] = [e.message];
			continue;
		}
		const masalah = [
			...(await cekLebar(page)),
			...(await cekTarget(page)),
			...((await adaAlarm(page)) ? ['alarm data hilang di perangkat yang sehat'] : [])
		];
		if (masalah.length > 0) temuan[`${keadaan} ${url}`] = masalah;
	}
}

describe('every screen on a 360×640 phone', { timeout: 900_000 }, () => {
	it('fits the demo without an account, online and offline, and asks to sign in first', async () => {
		const { context, page } = await perangkatBaru();
		const temuan: Temuan = {};
		await periksaLayar(page, 'demo daring', LAYAR, temuan);

		await bukaLayar(page, `${baseUrl}/survei`);
		const perluMasuk = page.getByTestId('perlu-masuk');
		await expect
			.poll(() => perluMasuk.getByRole('link').first().getAttribute('href'))
			.toBe('/masuk');
		expect(await perluMasuk.getByRole('link').first().textContent()).toBe('Masuk');

		await context.setOffline(true);
		await periksaLayar(page, 'demo luring', LAYAR, temuan);
		expect(temuan).toEqual({});
	});

	it('fits the enumerator signed in, online, offline, and offline with an unsent response', async () => {
		const { context, page } = await perangkatBaru();
		await masuk(page, baseUrl, 'demo-enumerator');
		const temuan: Temuan = {};
		await periksaLayar(page, 'enumerator daring', LAYAR, temuan);

		await context.setOffline(true);
		await periksaLayar(page, 'enumerator luring', LAYAR, temuan);
		await simpanSatuRespons(page, baseUrl);
		await bukaLayar(page, `${baseUrl}/sinkron`);
		await expect.poll(() => page.getByTestId('jumlah-lokal').textContent()).not.toBe('0');
		await periksaLayar(page, 'enumerator luring belum terkirim', LAYAR, temuan);
		expect(temuan).toEqual({});
	});

	for (const akun of ['demo-opd', 'demo-reviewer']) {
		it(`fits ${akun} signed in, online and offline`, async () => {
			const { context, page } = await perangkatBaru();
			await masuk(page, baseUrl, akun);
			const temuan: Temuan = {};
			await periksaLayar(page, `${akun} daring`, LAYAR, temuan);
			await context.setOffline(true);
			await periksaLayar(page, `${akun} luring`, LAYAR, temuan);
			expect(temuan).toEqual({});
		});
	}

	it('fits the admin signed in, on every admin page', async () => {
		const { page } = await perangkatBaru();
		await masuk(page, baseUrl, 'demo-admin');
		const temuan: Temuan = {};
		await periksaLayar(page, 'admin daring', [...LAYAR, ...LAYAR_ADMIN], temuan);
		expect(temuan).toEqual({});
	});
});
