/**
 * Figures true for the role looking, at 360×640 against the real server: a signed-in enumerator's
 * device holds only their own responses and no realisation, so it shows a unit's respondent count
 * as the server holds it (every enumerator, voids left out) with the time the server counted it,
 * the last known count offline, and no ranking of OPD "Belum dinilai"; a reviewer, who pulls
 * everything, sees the real ranking.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DATABASE, toDocument, toKoreksiDocument, koreksiMatches } from '$lib/domain/document';
import type { SkmResponse } from '$lib/domain/schemas';
import { addUser } from '../../sync-server/admin/users.ts';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { CouchClient, docPath } from '../../sync-server/http/couch-client.ts';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';

const baseUrl = inject('baseUrl');
const api = new CouchClient({ url: inject('couchUrl') });
const admin = api.as(inject('serverAdmin'));
const TW4 = '2026-TW4';
const UNIT = 'demo-pkm-wiradesa';
const OTHER_ENUM = 'e2e-angka-lain';
const OTHER_PASSWORD = 'sandi-angka-lain-2026';

let browser: Browser;
const contexts: BrowserContext[] = [];

let counter = 0;
function response(enumerator: string): SkmResponse {
	counter += 1;
	return {
		id: `e2e-angka-${Date.now().toString(36)}-${counter}`,
		unitId: UNIT,
		periodeId: TW4,
		waktu: `2026-11-${String(10 + counter).padStart(2, '0')}T09:30:00+07:00`,
		jawaban: { u1: 3, u2: 4, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: 3, u9: 2 },
		profil: { jenisKelamin: 'P', usia: 34, pendidikan: 'SMA', pekerjaan: 'Swasta' },
		kuesionerVersi: 'standar-2017',
		sumber: 'enumerator',
		enumerator
	};
}

/** Records a response on the server in the enumerator's own name, as their device would. */
async function recordOnServer(nama: string, sandi: string): Promise<SkmResponse> {
	const r = response(nama);
	const doc = toDocument('response', r);
	const res = await api
		.as({ name: nama, password: sandi })
		.raw('PUT', docPath(DATABASE.skm, doc._id), doc);
	expect(res.status, JSON.stringify(res.body)).toBe(201);
	return r;
}

/**
 * The unit's valid responses in TW IV as the server stores them, counted from the raw documents
 * (not through the counting endpoint): responses minus those with a matching void.
 */
async function countOnServer(): Promise<number> {
	const res = await admin.raw('GET', `/${DATABASE.skm}/_all_docs`, undefined, {
		include_docs: true
	});
	const docs = (res.body as { rows: { doc?: Record<string, unknown> }[] }).rows
		.map((r) => r.doc)
		.filter((d): d is Record<string, unknown> => !!d);
	const cancel = docs.filter((d) => d.type === 'koreksi' && d.jenis === 'batal');
	return docs.filter(
		(d) =>
			d.type === 'response' &&
			d.unitId === UNIT &&
			d.periodeId === TW4 &&
			!cancel.some(
				(k) =>
					k.responseId === d.id &&
					koreksiMatches(k as { unitId: string; enumerator?: string }, d as { unitId: string })
			)
	).length;
}

async function device(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
	contexts.push(context);
	const page = await context.newPage();
	await page.addInitScript((id) => localStorage.setItem('rapor.periode', id), TW4);
	return { context, page };
}

/** Signs in on the login screen and waits for the first sync round to finish. */
async function signIn(page: Page, nama: string): Promise<void> {
	await page.goto(`${baseUrl}/masuk`);
	await page.locator('input[name="nama"]').fill(nama);
	await page.locator('input[name="sandi"]').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Masuk' }).click();
	await page.waitForURL(`${baseUrl}/sinkron`);
	await page.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 90_000 });
}

const unitRow = (page: Page) =>
	page.locator(`[data-testid="jumlah-per-unit"] [data-testid="jumlah-unit"][data-unit="${UNIT}"]`);

/** Nothing sticks out of the phone's width. */
async function loadOnScreen(page: Page, selector: string): Promise<void> {
	const kanan = await page
		.locator(selector)
		.evaluate((el) => Math.max(el.getBoundingClientRect().right, el.scrollWidth));
	expect(kanan).toBeLessThanOrEqual(PHONE.width);
}

beforeAll(async () => {
	browser = await launchBrowser();
	await addUser(
		admin,
		{ name: OTHER_ENUM, peran: ['enumerator'], unitIds: [UNIT] },
		OTHER_PASSWORD
	);
	// Two enumerators' interviews on the server; one of the other's voided on their device.
	for (let i = 0; i < 2; i++) await recordOnServer('demo-enumerator', DEMO_PASSWORD);
	const lain = [];
	for (let i = 0; i < 3; i++) lain.push(await recordOnServer(OTHER_ENUM, OTHER_PASSWORD));
	const cancel = toKoreksiDocument(
		{
			id: `e2e-angka-batal-${Date.now().toString(36)}`,
			responseId: lain[0]!.id,
			jenis: 'batal',
			waktu: '2026-11-20T10:00:00+07:00',
			oleh: OTHER_ENUM,
			alasan: 'responden ganda'
		},
		lain[0]!
	);
	const res = await api
		.as({ name: OTHER_ENUM, password: OTHER_PASSWORD })
		.raw('PUT', docPath(DATABASE.skm, cancel._id), cancel);
	expect(res.status, JSON.stringify(res.body)).toBe(201);
}, 60_000);

afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close()));
	await browser?.close();
});

describe('an enumerator sees the figures the server holds, not a partial count', () => {
	let enumerator: { context: BrowserContext; page: Page };

	it('shows each unit’s respondents from the server, with the time they were counted', async () => {
		enumerator = await device();
		const { page } = enumerator;
		await signIn(page, 'demo-enumerator');
		await waitForServiceWorker(page);
		const diServer = await countOnServer();

		await page.goto(`${baseUrl}/skm`);
		const row = unitRow(page);
		await expect.poll(() => row.getAttribute('data-n'), { timeout: 30_000 }).toBe(String(diServer));
		const text = (await row.textContent()) ?? '';
		expect(text).toContain(`${diServer} responden`);
		expect(text).toMatch(/per \d{1,2}[.:]\d{2}/);
		expect(text).toMatch(/sampel (kurang \d+|memadai)/);
		// No IKM computed from this device's own few responses, but why there is none.
		expect(await page.getByTestId('skm-table').count()).toBe(0);
		await page.getByTestId('catatan-peran').waitFor();
		await loadOnScreen(page, '[data-testid="jumlah-per-unit"]');
	});

	it('explains on Peringkat that rankings are not on its device, instead of listing OPD as "Belum dinilai"', async () => {
		const { page } = enumerator;
		await page.goto(baseUrl);
		await page.getByTestId('peringkat-bukan-peran').waitFor();
		expect(await page.getByText('Belum dinilai').count()).toBe(0);
		expect(await page.getByTestId('ranking-table').count()).toBe(0);
		const menu = page.getByRole('navigation', { name: 'Menu utama' });
		await expect.poll(() => menu.innerText()).not.toContain('Peringkat');
		expect(await menu.innerText()).toContain('Survei');
		await loadOnScreen(page, '[data-testid="peringkat-bukan-peran"]');
	});

	it('offline, shows the last known count with its time', async () => {
		const { page, context } = enumerator;
		const before = await countOnServer();
		await recordOnServer(OTHER_ENUM, OTHER_PASSWORD);
		await context.setOffline(true);
		await page.goto(`${baseUrl}/skm`);
		const row = unitRow(page);
		await row.waitFor();
		expect(await row.getAttribute('data-n')).toBe(String(before));
		// The time shown is the time the server counted, kept on the device.
		const serverClock = await page.evaluate(() => {
			const cache = JSON.parse(localStorage.getItem('rapor.jumlahUnit@rapor@demo-enumerator')!);
			return new Date(cache['2026-TW4'].waktu).toLocaleTimeString('id-ID', {
				hour: '2-digit',
				minute: '2-digit'
			});
		});
		expect(await page.getByTestId('jumlah-per').first().textContent()).toBe(`per ${serverClock}`);
		await expect.poll(() => row.textContent()).toContain('(luring)');
		await context.setOffline(false);
	});
});

describe('a reviewer, who pulls everything, sees the real ranking', () => {
	it('lists the OPD ranked by index, with no role note', async () => {
		const { page } = await device();
		await signIn(page, 'demo-reviewer');
		await page.goto(baseUrl);
		const rows = page.locator('[data-testid="ranking-table"] tbody tr');
		await rows.first().waitFor({ timeout: 30_000 });
		expect(await rows.count()).toBeGreaterThan(5);
		expect(await page.getByTestId('peringkat-bukan-peran').count()).toBe(0);
		const menu = await page.getByRole('navigation', { name: 'Menu utama' }).innerText();
		expect(menu).toContain('Peringkat');
	});
});
