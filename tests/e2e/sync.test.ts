/**
 * Sync in real Chromium against the built app and the real server: accounts sign in, work offline,
 * and their records reach the server and other devices; a conflict is resolved by a person and the
 * resolution reaches both devices; a refused record is shown and does not hold up the rest.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Realisasi, SkmResponse } from '$lib/domain/schemas';
import type { SyncRow } from '$lib/db/sync';
import { addUser, setRoles } from '../../sync-server/admin/users.ts';
import { CouchClient, docPath } from '../../sync-server/http/couch-client.ts';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { readStore as bacaStoreDb, answer, startSurvey } from './survey-steps';

const baseUrl = inject('baseUrl');
const admin = new CouchClient({ url: inject('couchUrl'), credentials: inject('serverAdmin') });
const TW4 = '2026-TW4';
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close()));
	await browser?.close();
});

async function device(viewport = PHONE): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport, timezoneId: 'Asia/Jakarta' });
	contexts.push(context);
	return { context, page: await context.newPage() };
}

/** Signs in on the login screen, as a person does, and waits for the first sync to finish. */
async function signIn(page: Page, nama: string, sandi = DEMO_PASSWORD): Promise<void> {
	await page.goto(`${baseUrl}/masuk`);
	await page.locator('input[name="nama"]').fill(nama);
	await page.locator('input[name="sandi"]').fill(sandi);
	await page.getByRole('button', { name: 'Masuk' }).click();
	await page.waitForURL(`${baseUrl}/sinkron`);
	await waitForSynced(page);
}

/** On the sync screen: a whole round done and nothing left to send. */
async function waitForSynced(page: Page): Promise<void> {
	if (!page.url().endsWith('/sinkron')) await page.goto(`${baseUrl}/sinkron`);
	await page.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 60_000 });
	await page.getByTestId('sync-terakhir').waitFor();
	await expect.poll(() => page.getByTestId('jumlah-lokal').textContent()).toBe('0');
}

async function syncNow(page: Page): Promise<void> {
	await page.goto(`${baseUrl}/sinkron`);
	await page.getByTestId('sync-now').click();
	await page.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 60_000 });
}

/** Every record of one store of an account's database on this device (raw IndexedDB). */
const readStore = <T>(page: Page, account: string, store: string) =>
	bacaStoreDb<T>(page, store, `rapor@${account}`);

async function serverDoc(db: string, id: string) {
	const res = await admin.raw('GET', docPath(db, id), undefined, { conflicts: 'true' });
	return res;
}

/** Interviews one respondent on the enumerator screen of the chosen unit. */
async function oneResponden(page: Page, score: number): Promise<void> {
	await page.getByRole('heading', { name: 'Profil responden', level: 2 }).waitFor();
	await page.getByRole('button', { name: 'Lanjut →' }).click();
	for (let q = 0; q < 9; q++) await answer(page, score);
	await page.getByRole('button', { name: 'Lanjut →' }).click();
	await page.getByTestId('ringkasan').waitFor();
	await page.getByRole('button', { name: 'Simpan', exact: true }).click();
	await page.getByTestId('tersimpan').filter({ hasText: 'Tersimpan' }).waitFor();
	await page.getByRole('button', { name: 'Responden berikutnya' }).click();
}

const response = (page: Page, account: string) =>
	readStore<SkmResponse>(page, account, 'responses');
const syncRows = (page: Page, account: string) => readStore<SyncRow>(page, account, 'sinkron');

describe('sync between devices', () => {
	it('captures responses offline, sends them when the network returns, and they reach the reviewer', async () => {
		const enumerator = await device();
		await signIn(enumerator.page, 'demo-enumerator');
		await waitForServiceWorker(enumerator.page);
		const reviewer = await device({ width: 1280, height: 720 });
		await signIn(reviewer.page, 'demo-reviewer');
		const diReviewer = new Set((await response(reviewer.page, 'demo-reviewer')).map((r) => r.id));
		expect(diReviewer.size).toBeGreaterThan(1000);

		await enumerator.context.setOffline(true);
		await startSurvey(enumerator.page, baseUrl, 'demo-pkm-wiradesa');
		await oneResponden(enumerator.page, 4);
		await oneResponden(enumerator.page, 2);
		// A cold reload while offline: both are still there, queued.
		await enumerator.page.reload();
		const baru = (await response(enumerator.page, 'demo-enumerator')).filter(
			(r) => r.enumerator === 'demo-enumerator'
		);
		expect(baru).toHaveLength(2);
		const antre = (await syncRows(enumerator.page, 'demo-enumerator')).filter(
			(s) => s.status === 'lokal'
		);
		expect(antre.map((s) => s.id).sort()).toEqual(baru.map((r) => `response:${r.id}`).sort());
		await enumerator.page.goto(`${baseUrl}/survei`);
		await enumerator.page.locator('[data-sinkron="lokal"]').first().waitFor();

		// The network returns: the app syncs by itself.
		await enumerator.context.setOffline(false);
		await enumerator.page
			.locator('[data-sinkron="tersinkron"]')
			.nth(1)
			.waitFor({ timeout: 30_000 });
		for (const r of baru) {
			const res = await serverDoc('rapor-skm', `response:${r.id}`);
			expect(res.status).toBe(200);
			expect((res.body as SkmResponse).jawaban).toEqual(r.jawaban);
		}

		// The reviewer's device, live, receives them without a tap.
		await expect
			.poll(
				async () => {
					const ids = new Set((await response(reviewer.page, 'demo-reviewer')).map((r) => r.id));
					return baru.every((r) => ids.has(r.id));
				},
				{ timeout: 45_000 }
			)
			.toBe(true);
	});

	it('surfaces concurrent offline edits of one entry as a conflict, and the resolution reaches both', async () => {
		for (const name of ['e2e-disperkim-1', 'e2e-disperkim-2']) {
			await addUser(admin, { name, peran: ['opd'], unitIds: ['demo-disperkim'] }, DEMO_PASSWORD);
		}
		const a = await device();
		const b = await device();
		await signIn(a.page, 'e2e-disperkim-1');
		await signIn(b.page, 'e2e-disperkim-2');
		await waitForServiceWorker(a.page);
		await waitForServiceWorker(b.page);

		for (const [d, fisik] of [
			[a, '60'],
			[b, '70']
		] as const) {
			await d.context.setOffline(true);
			await d.page.goto(`${baseUrl}/realisasi?periode=${TW4}`);
			await d.page.locator('[data-testid="form-realisasi"][data-siap="true"]').waitFor();
			await d.page.locator('#realisasiFisik').fill(fisik);
			await d.page.getByRole('button', { name: 'Simpan draf' }).click();
			await d.page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
		}

		await a.context.setOffline(false);
		await waitForSynced(a.page);
		await b.context.setOffline(false);
		await b.page.goto(`${baseUrl}/sinkron`);
		const id = `realisasi:demo-disperkim:${TW4}`;
		const konflikB = b.page.locator(`[data-testid="perlu-perhatian"] li[data-id="${id}"]`);
		await konflikB.and(b.page.locator('[data-status="konflik"]')).waitFor({ timeout: 30_000 });
		await syncNow(a.page);
		await a.page
			.locator(`[data-testid="perlu-perhatian"] li[data-id="${id}"][data-status="konflik"]`)
			.waitFor({ timeout: 30_000 });
		const diServer = await serverDoc('rapor-realisasi', id);
		expect((diServer.body as { _conflicts?: string[] })._conflicts).toHaveLength(1);

		// B keeps A's physical progress and resolves.
		await konflikB.getByRole('button', { name: 'Selesaikan konflik' }).click();
		const part = b.page.locator('[data-testid="konflik"] tr[data-bagian="realisasiFisik"]');
		await part.getByText('60').click();
		await b.page.getByRole('button', { name: 'Simpan penyelesaian' }).click();
		await waitForSynced(b.page);
		await b.page.getByText('Semua catatan sudah tersinkron.').waitFor();

		await syncNow(a.page);
		await a.page.getByText('Semua catatan sudah tersinkron.').waitFor({ timeout: 30_000 });
		for (const [d, account] of [
			[a, 'e2e-disperkim-1'],
			[b, 'e2e-disperkim-2']
		] as const) {
			const entri = (await readStore<Realisasi>(d.page, account, 'realisasi')).find(
				(r) => r.unitId === 'demo-disperkim' && r.periodeId === TW4
			)!;
			expect(entri.realisasiFisik).toBe(60);
			const oleh = entri.riwayat!.map((r) => r.oleh);
			expect(oleh).toContain('e2e-disperkim-1');
			expect(oleh.filter((o) => o === 'e2e-disperkim-2').length).toBeGreaterThanOrEqual(2);
		}
		const end = await serverDoc('rapor-realisasi', id);
		expect(
			(end.body as { _conflicts?: string[]; realisasiFisik: number })._conflicts
		).toBeUndefined();
		expect((end.body as { realisasiFisik: number }).realisasiFisik).toBe(60);
	});

	it('shows a refused record with the server reason and still sends the rest', async () => {
		const nama = 'e2e-enum-dua-unit';
		await addUser(
			admin,
			{ name: nama, peran: ['enumerator'], unitIds: ['demo-pkm-wiradesa', 'demo-dinkes'] },
			DEMO_PASSWORD
		);
		const d = await device();
		await signIn(d.page, nama);
		// The admin takes one unit away while the phone still has the old assignment.
		await setRoles(admin, { name: nama, peran: ['enumerator'], unitIds: ['demo-dinkes'] });
		await waitForServiceWorker(d.page);
		await d.context.setOffline(true);
		await startSurvey(d.page, baseUrl, 'demo-pkm-wiradesa');
		await oneResponden(d.page, 3);
		await startSurvey(d.page, baseUrl, 'demo-dinkes');
		await oneResponden(d.page, 3);
		await d.context.setOffline(false);

		await d.page.goto(`${baseUrl}/sinkron`);
		const ditolak = d.page.locator('[data-testid="perlu-perhatian"] li[data-status="ditolak"]');
		await ditolak.waitFor({ timeout: 30_000 });
		await ditolak.getByTestId('alasan').filter({ hasText: 'Unit ini bukan unit Anda.' }).waitFor();
		await d.page.getByTestId('sync-chip').filter({ hasText: '1 ditolak' }).waitFor();

		const all = (await response(d.page, nama)).filter((r) => r.enumerator === nama);
		expect(all).toHaveLength(2);
		const dinkes = all.find((r) => r.unitId === 'demo-dinkes')!;
		const pkm = all.find((r) => r.unitId === 'demo-pkm-wiradesa')!;
		expect((await serverDoc('rapor-skm', `response:${dinkes.id}`)).status).toBe(200);
		expect((await serverDoc('rapor-skm', `response:${pkm.id}`)).status).toBe(404);
		// The refused response stays on the device, counted in its unit's SKM.
		expect(await d.page.locator(`li[data-id="response:${pkm.id}"]`).count()).toBe(1);
	});

	it('keeps working when the session ends and syncs again after signing in', async () => {
		const d = await device();
		await signIn(d.page, 'demo-enumerator');
		await d.context.clearCookies();
		await startSurvey(d.page, baseUrl, 'demo-dinkes');
		await oneResponden(d.page, 1);
		await d.page
			.getByTestId('sync-chip')
			.filter({ hasText: 'Masuk lagi' })
			.waitFor({ timeout: 30_000 });
		const mine = (await response(d.page, 'demo-enumerator')).filter((r) => r.jawaban.u1 === 1);
		expect(mine.length).toBeGreaterThan(0);

		await d.page.getByTestId('sync-chip').click();
		await d.page.waitForURL(`${baseUrl}/masuk`);
		expect(await d.page.locator('input[name="nama"]').inputValue()).toBe('demo-enumerator');
		await d.page.locator('input[name="sandi"]').fill(DEMO_PASSWORD);
		await d.page.getByRole('button', { name: 'Masuk' }).click();
		await d.page.waitForURL(`${baseUrl}/sinkron`);
		await waitForSynced(d.page);
		for (const r of mine) {
			expect((await serverDoc('rapor-skm', `response:${r.id}`)).status).toBe(200);
		}
	});
});
