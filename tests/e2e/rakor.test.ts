/**
 * Rakor mode in real Chromium against the built app and the real server: an official's laptop
 * opens the slide show offline from a cold start and follows keyboard and clicker keys; figures
 * pinned before the meeting stay fixed while an admin's change syncs in, and the comparison shows
 * it afterwards; a follow-up noted in the meeting reaches the OPD's phone, and its "done" comes
 * back.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { formatNumber } from '$lib/domain/format';
import type { CatatanRakor, Realisasi } from '$lib/domain/schemas';
import { CouchClient, docPath } from '../../sync-server/http/couch-client.ts';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { launchBrowser, persistentProfile, PHONE, waitForServiceWorker } from './browser';
import { expectedRanking } from './expected';
import { readStore } from './survey-steps';
import { openRakorMenu, chooseRakorTriwulan, closeRakorMenu } from './rakor-steps';

const baseUrl = inject('baseUrl');
const admin = new CouchClient({ url: inject('couchUrl'), credentials: inject('serverAdmin') });
const TW3 = '2026-TW3';
const LAPTOP = { width: 1280, height: 720 };
const DINKES = 'demo-dinkes';
const ID_DINKES = `realisasi:demo-dinkes:${TW3}`;

let profile: Awaited<ReturnType<typeof persistentProfile>>;
let laptop: BrowserContext;
let page: Page;
let browser: Browser;
let phone: Page;

beforeAll(async () => {
	profile = await persistentProfile();
	browser = await launchBrowser();
});
afterAll(async () => {
	await laptop?.close();
	await browser?.close();
	await profile?.remove();
});

async function openLaptop(offline: boolean): Promise<Page> {
	laptop = await profile.launch();
	if (offline) await laptop.setOffline(true);
	const p = laptop.pages()[0] ?? (await laptop.newPage());
	await p.setViewportSize(LAPTOP);
	return p;
}

/** Signs in (again: the name is kept) on the login screen and waits for the sync to finish. */
async function signIn(p: Page, nama: string): Promise<void> {
	await p.goto(`${baseUrl}/masuk`);
	const nameColumn = p.locator('input[name="nama"]');
	if (await nameColumn.isEditable()) await nameColumn.fill(nama);
	else expect(await nameColumn.inputValue()).toBe(nama);
	await p.locator('input[name="sandi"]').fill(DEMO_PASSWORD);
	await p.getByRole('button', { name: 'Masuk' }).click();
	await p.waitForURL(`${baseUrl}/sinkron`);
	await p.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 90_000 });
	await expect.poll(() => p.getByTestId('jumlah-lokal').textContent()).toBe('0');
}

async function chooseTriwulan(p: Page, periodeId: string): Promise<void> {
	const select = p.locator('select').first();
	await p.waitForFunction(
		(id) => !!document.querySelector(`select option[value="${id}"]`),
		periodeId
	);
	await select.selectOption(periodeId);
}

/** One slide per unit with an RTL for the meeting's period (the demo has TW III plans). */
const rtlSlides = (periodeId: string) =>
	generateDemo().rtl.filter((r) => r.periodeId === periodeId).length;

const position = (p: Page) => p.getByTestId('rakor-posisi').textContent();
const indeksOnSlide = (p: Page) => p.getByTestId('rakor-indeks').textContent();

async function toSlide(p: Page, key: string): Promise<void> {
	await p.keyboard.press('Home');
	for (let i = 0; i < 40; i++) {
		if ((await p.locator('.slide').getAttribute('data-slide')) === key) return;
		await p.keyboard.press('PageDown');
	}
	throw new Error(`no slide ${key}`);
}

const dinkesEntry = async (p: Page) =>
	(await readStore<Realisasi>(p, 'realisasi', 'rapor@demo-reviewer')).find(
		(r) => r.unitId === DINKES && r.periodeId === TW3
	);

describe('rakor mode on an official’s laptop', () => {
	it('opens offline from a cold start and follows keyboard and clicker keys', async () => {
		page = await openLaptop(false);
		await signIn(page, 'demo-reviewer');
		await waitForServiceWorker(page);
		await page.goto(`${baseUrl}/rakor`);
		await chooseRakorTriwulan(page, TW3);
		await page.getByRole('heading', { name: /TW III 2026/ }).waitFor();
		await laptop.close();

		// Chromium quits; it starts again in the hall, with no network.
		page = await openLaptop(true);
		await page.goto(`${baseUrl}/rakor`);
		const expected = expectedRanking(TW3);
		const jumlah = 3 + expected.rows.length + 2 + rtlSlides(TW3);
		await page.getByRole('heading', { name: /TW III 2026/ }).waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-testid="rakor-peringkat"] li').count()).toBe(
			expected.rows.length
		);
		expect(
			await page.locator('[data-testid="rakor-peringkat"] li[data-sorot="teratas"]').count()
		).toBe(3);
		expect(await position(page)).toBe(`1 / ${jumlah}`);
		await page.getByTestId('data-per-sinkron').waitFor();
		await page.getByTestId('settings-used').waitFor();

		await page.keyboard.press('PageDown');
		await page.getByTestId('rakor-teratas').waitFor();
		await page.keyboard.press('ArrowRight');
		await page.getByTestId('rakor-terbawah').waitFor();
		await page.keyboard.press('Space');
		const pertama = expected.rows[0]!;
		await page.getByRole('heading', { level: 2, name: pertama.unit.nama }).waitFor();
		expect(await indeksOnSlide(page)).toBe(formatNumber(pertama.hasil.indeks!, 2, 'id'));
		await page.keyboard.press('PageUp');
		expect(await position(page)).toBe(`3 / ${jumlah}`);
		await page.keyboard.press('End');
		expect(await position(page)).toBe(`${jumlah} / ${jumlah}`);
		// Back over the follow-ups and each unit's RTL to the SKM grades.
		for (let i = 0; i <= rtlSlides(TW3); i++) await page.keyboard.press('ArrowLeft');
		await page.getByRole('heading', { name: /Indeks Kepuasan Masyarakat/ }).waitFor();
		await page.keyboard.press('Home');
		expect(await position(page)).toBe(`1 / ${jumlah}`);

		await page.keyboard.press('f');
		await expect
			.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid')))
			.toBe('rakor-deck');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

		const melebar = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(melebar).toBeLessThanOrEqual(0);
	});

	it('keeps pinned figures while new data syncs in, and compares them afterwards', async () => {
		await openRakorMenu(page);
		await page.getByRole('button', { name: 'Sematkan angka sekarang' }).click();
		await page.waitForURL(/snapshot=snap-/);
		// The menu button now says the figures are pinned; the menu says until when they hold.
		await expect
			.poll(() => page.getByTestId('rakor-menu-tombol').textContent(), { timeout: 30_000 })
			.toContain('tersemat');
		await openRakorMenu(page);
		await page.getByTestId('rakor-mode-tersemat').waitFor();
		const snapshotId = new URL(page.url()).searchParams.get('snapshot')!;
		await closeRakorMenu(page);
		await toSlide(page, `opd:${DINKES}`);
		await page.getByTestId('rakor-tersemat').waitFor();
		const dulu = await indeksOnSlide(page);
		const before = expectedRanking(TW3).rows.find((r) => r.unit.id === DINKES)!;
		expect(dulu).toBe(formatNumber(before.hasil.indeks!, 2, 'id'));

		// After the meeting the network returns; the official opens the sync screen (signing in
		// again where asked), then goes back to the pinned slide.
		await laptop.setOffline(false);
		await signIn(page, 'demo-reviewer');
		await page.goto(`${baseUrl}/rakor?snapshot=${snapshotId}&slide=opd:${DINKES}`);
		await page.getByTestId('rakor-tersemat').waitFor();
		expect(await indeksOnSlide(page)).toBe(dulu);

		// Meanwhile the admin corrects Dinkes' physical progress on the server.
		const res = await admin.raw('GET', docPath('rapor-realisasi', ID_DINKES));
		const entri = res.body as Realisasi & { _id: string; _rev: string };
		const update = await admin.raw('PUT', docPath('rapor-realisasi', ID_DINKES), {
			...entri,
			realisasiFisik: 10,
			riwayat: [
				...(entri.riwayat ?? []),
				{ waktu: '2026-10-06T08:00:00+07:00', oleh: 'admin', aksi: 'ubah-admin' }
			]
		});
		expect(update.status).toBe(201);
		await expect
			.poll(async () => (await dinkesEntry(page))?.realisasiFisik, { timeout: 60_000 })
			.toBe(10);

		// The pinned slide keeps the figure it had.
		expect(await indeksOnSlide(page)).toBe(dulu);
		await page.reload();
		await page.getByTestId('rakor-tersemat').waitFor();
		expect(await page.getByTestId('rakor-menu-tombol').textContent()).toContain('tersemat');
		expect(await page.locator('.slide').getAttribute('data-slide')).toBe(`opd:${DINKES}`);
		expect(await indeksOnSlide(page)).toBe(dulu);

		// The live figures have moved on.
		await openRakorMenu(page);
		await page.locator('select[name="sumber"]').selectOption('');
		await page.waitForURL((url) => !url.searchParams.has('snapshot'));
		await expect.poll(() => indeksOnSlide(page)).not.toBe(dulu);
		const kini = await indeksOnSlide(page);
		expect(kini).toBeTruthy();

		// Afterwards: the comparison shows the change.
		await page.goto(`${baseUrl}/rakor/sematan?banding=${snapshotId}`);
		const row = page.locator(`[data-testid="banding-opd"] tr[data-unit="${DINKES}"]`);
		await row.waitFor();
		expect(await row.getAttribute('data-berubah')).toBe('true');
		expect(await row.locator('.dulu').textContent()).toBe(dulu);
		expect(await row.locator('.kini').textContent()).toBe(kini);
		const tetap = page.locator('[data-testid="banding-opd"] tr[data-berubah="false"]');
		expect(await tetap.count()).toBeGreaterThan(0);
	});
});

describe('follow-ups from the meeting', () => {
	it('reach the OPD’s phone, and the OPD’s "done" comes back', async () => {
		await page.goto(`${baseUrl}/rakor?slide=opd:${DINKES}`);
		await page.getByTestId('tombol-tindak-lanjut').click();
		const panel = page.getByTestId('catatan-panel');
		const text = `Percepat realisasi fisik Dinkes ${Date.now()}`;
		await panel.getByLabel('Tindak lanjut baru').fill(text);
		await panel.getByLabel('Tenggat (opsional)').fill('2026-10-31');
		await panel.getByRole('button', { name: 'Simpan' }).click();
		const diLaptop = panel.locator('li[data-catatan]').filter({ hasText: text });
		await diLaptop.locator('[data-sinkron="tersinkron"]').waitFor({ timeout: 30_000 });

		const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
		phone = await context.newPage();
		await signIn(phone, 'demo-opd');
		await phone.goto(`${baseUrl}/rakor/tindak-lanjut`);
		await chooseTriwulan(phone, TW3);
		const diPonsel = phone
			.locator(`section[data-unit="${DINKES}"] li[data-catatan]`)
			.filter({ hasText: text });
		await diPonsel.waitFor({ timeout: 30_000 });
		await expect(diPonsel.getByText('tenggat 31 Oktober 2026').count()).resolves.toBe(1);
		expect(await diPonsel.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
		await diPonsel.getByRole('button', { name: 'Tandai selesai' }).click();
		await diPonsel.locator('[data-sinkron="tersinkron"]').waitFor({ timeout: 30_000 });
		const [catatan] = (
			await readStore<CatatanRakor>(phone, 'catatanRakor', 'rapor@demo-opd')
		).filter((c) => c.teks === text);
		expect(catatan).toMatchObject({ selesai: true, oleh: 'demo-reviewer' });
		expect(catatan!.diubah?.oleh).toBe('demo-opd');

		await expect
			.poll(() => diLaptop.getByTestId('catatan-status').textContent(), { timeout: 60_000 })
			.toBe('selesai');
	});

	it('shows the slide show on a 360 px phone, turned by buttons and swipes', async () => {
		await phone.goto(`${baseUrl}/rakor`);
		await chooseRakorTriwulan(phone, TW3);
		await phone.getByTestId('rakor-peringkat').waitFor();
		const count = 3 + expectedRanking(TW3).rows.length + 2 + rtlSlides(TW3);
		await phone.getByRole('button', { name: 'Slide berikutnya' }).click();
		expect(await position(phone)).toBe(`2 / ${count}`);
		const box = (await phone.locator('.slide').boundingBox())!;
		const y = box.y + 80;
		await phone.mouse.move(box.x + box.width - 20, y);
		await phone.mouse.down();
		await phone.mouse.move(box.x + 30, y + 10, { steps: 5 });
		await phone.mouse.up();
		expect(await position(phone)).toBe(`3 / ${count}`);
		await phone.getByRole('button', { name: 'Slide berikutnya' }).click();
		await phone.getByTestId('rakor-komponen').waitFor();
		const size = await phone.evaluate(() => ({
			halaman: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			menu: (() => {
				const nav = document.querySelector('nav[aria-label="Menu utama"]')!;
				return nav.scrollWidth - nav.clientWidth;
			})()
		}));
		expect(size).toEqual({ halaman: 0, menu: 0 });
	});
});
