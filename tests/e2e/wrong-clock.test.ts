/**
 * A phone whose clock is a year behind (a flat battery): after a sync the app knows the server's
 * time, warns the enumerator before the survey, files the response into the triwulan of the real
 * date with the real time, keeps what the device clock said, and the flag reaches the server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SkmResponse } from '$lib/domain/schemas';
import { periodeFromTime } from '$lib/domain/periode';
import { CouchClient, docPath } from '../../sync-server/http/couch-client.ts';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { checkWidth } from './phone';
import { readStore, answer } from './survey-steps';

const baseUrl = inject('baseUrl');
const admin = new CouchClient({ url: inject('couchUrl'), credentials: inject('serverAdmin') });
const YEAR_MS = 365 * 24 * 60 * 60_000;
const YEAR_MINUTES = 365 * 24 * 60;
const UNIT = 'demo-pkm-wiradesa';
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
	page = await context.newPage();
	// The phone's clock: a year behind, running.
	await page.clock.install({ time: Date.now() - YEAR_MS });
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

/** The real date in Jakarta, as the respondent lives it. */
function jakartaDate(ms: number): string {
	return new Date(ms + 7 * 60 * 60_000).toISOString().slice(0, 10);
}

async function waitForIdle(): Promise<void> {
	await page.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 60_000 });
}

describe('a phone with its clock a year behind', () => {
	it('warns before the survey and files the response by the server time, flagged', async () => {
		await page.goto(`${baseUrl}/masuk`);
		await page.locator('input[name="nama"]').fill('demo-enumerator');
		await page.locator('input[name="sandi"]').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Masuk' }).click();
		await page.waitForURL(`${baseUrl}/sinkron`);
		await waitForIdle();
		await waitForServiceWorker(page);

		await page.goto(`${baseUrl}/survei`);
		const peringatan = page.getByTestId('jam-salah');
		await peringatan.waitFor({ timeout: 30_000 });
		const text = (await peringatan.textContent()) ?? '';
		expect(text).toContain('Jam perangkat tampaknya salah');
		expect(text).toContain(jakartaDate(Date.now() - YEAR_MS).slice(0, 4));
		expect(text).toContain(`server ${Number(jakartaDate(Date.now()).slice(8, 10))} `);
		expect(text).toContain('Atur jam/tanggal di Pengaturan ponsel');
		expect(await checkWidth(page)).toEqual([]);

		// Offline, as in the field: the offset measured at the last sync still places the response.
		await context.setOffline(true);
		const choose = page.locator('select[name="unit"]');
		const ganti = page.getByRole('button', { name: 'Ganti', exact: true });
		await choose.or(ganti).first().waitFor();
		if (await ganti.isVisible()) await ganti.click();
		await choose.selectOption(UNIT);
		await page.getByRole('button', { name: 'Mulai survei' }).click();
		await page.getByTestId('unit-survei').waitFor();
		await expect.poll(() => peringatan.isVisible()).toBe(true);
		// Other browser tests save responses as demo-enumerator too: this test's is the new one.
		const before = new Set(
			(await readStore<SkmResponse>(page, 'responses', 'rapor@demo-enumerator')).map((r) => r.id)
		);
		await page.getByRole('button', { name: 'Lanjut →' }).click();
		for (let q = 0; q < 9; q++) await answer(page, 3);
		await page.getByRole('button', { name: 'Lanjut →' }).click();
		await page.getByTestId('ringkasan').waitFor();
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByTestId('tersimpan').filter({ hasText: 'Tersimpan' }).waitFor();

		const milikSaya = (
			await readStore<SkmResponse>(page, 'responses', 'rapor@demo-enumerator')
		).filter((r) => !before.has(r.id));
		expect(milikSaya).toHaveLength(1);
		const r = milikSaya[0]!;
		const sekarang = Date.now();
		// Filed by the real (server) time: its date, triwulan and a moment within minutes of now.
		expect(r.waktu.slice(0, 10)).toBe(jakartaDate(sekarang));
		expect(r.periodeId).toBe(periodeFromTime(`${jakartaDate(sekarang)}T12:00:00+07:00`));
		expect(Math.abs(Date.parse(r.waktu) - sekarang)).toBeLessThan(10 * 60_000);
		// What the device clock showed is kept, and the record is flagged.
		expect(r.jamPerangkat?.sumber).toBe('server');
		expect(r.jamPerangkat?.waktu.slice(0, 10)).toBe(jakartaDate(sekarang - YEAR_MS));
		expect(Math.abs(r.jamPerangkat!.selisihMenit + YEAR_MINUTES)).toBeLessThanOrEqual(2);

		// The sync screen names the flag of the record waiting to be sent.
		await page.goto(`${baseUrl}/sinkron`);
		const row = page.locator(`[data-testid="perlu-perhatian"] li[data-id="response:${r.id}"]`);
		await expect
			.poll(() => row.getByTestId('jam-perangkat').textContent(), { timeout: 30_000 })
			.toMatch(/jam perangkat salah ±525\.(599|60[01]) menit/);
		expect(await checkWidth(page)).toEqual([]);

		// Back online: the response reaches the server with its triwulan, time and flag.
		await context.setOffline(false);
		await expect
			.poll(async () => (await admin.raw('GET', docPath('rapor-skm', `response:${r.id}`))).status, {
				timeout: 60_000
			})
			.toBe(200);
		const diServer = (await admin.raw('GET', docPath('rapor-skm', `response:${r.id}`)))
			.body as SkmResponse;
		expect(diServer.periodeId).toBe(r.periodeId);
		expect(diServer.waktu).toBe(r.waktu);
		expect(diServer.jamPerangkat).toEqual(r.jamPerangkat);
	});
});
