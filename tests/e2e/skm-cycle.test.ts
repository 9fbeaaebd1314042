/**
 * The SKM cycle in real Chromium against the built app and the real server: an RTL written on the
 * OPD's phone with no network survives a reload, syncs when the network is back, and is in the
 * reviewer's SKM report; what the admin publishes is served at /publik to anyone, with nothing
 * but aggregates and the one saran the admin approved; "Bagikan" hands the share sheet a real
 * PDF file, and where sharing files is not supported downloads it instead.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import type { Rtl } from '$lib/domain/schemas';
import { CouchClient, docPath } from '../../sync-server/http/couch-client.ts';
import { readPdf } from '../fixtures/read-pdf';
import { readSheet } from '../fixtures/read-xlsx';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { checkWidth, signIn } from './phone';
import { readStore } from './survey-steps';

const baseUrl = inject('baseUrl');
const admin = new CouchClient({ url: inject('couchUrl'), credentials: inject('serverAdmin') });
const DINKES = 'demo-dinkes';
const TW3 = '2026-TW3';
const TW4 = '2026-TW4';
const LAPTOP = { width: 1280, height: 900 };
const demo = generateDemo();

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	for (const c of contexts) await c.close();
	await browser?.close();
});

async function newPage(viewport = PHONE): Promise<Page> {
	const context = await browser.newContext({ viewport, acceptDownloads: true });
	contexts.push(context);
	return context.newPage();
}

/** Opens a unit's SKM screen at a period (the picker is the page's first select). */
async function openUnit(page: Page, unitId: string, periodeId: string): Promise<void> {
	await page.goto(`${baseUrl}/skm/${unitId}`);
	const picker = page.locator('select').first();
	await page.waitForFunction(
		(id) => !!document.querySelector(`select option[value="${id}"]`),
		periodeId
	);
	await picker.selectOption(periodeId);
	await page.getByTestId('rtl-panel').waitFor({ timeout: 30_000 });
}

/** Taps a download button and reads the file the browser saved. */
async function download(
	page: Page,
	selector: string
): Promise<{ name: string; bytes: Uint8Array }> {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.locator(selector).first().click()
	]);
	return {
		name: file.suggestedFilename(),
		bytes: new Uint8Array(await readFile(await file.path()))
	};
}

async function waitForSynced(page: Page): Promise<void> {
	await page.goto(`${baseUrl}/sinkron`);
	await page.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 90_000 });
	await expect
		.poll(() => page.getByTestId('jumlah-lokal').textContent(), { timeout: 90_000 })
		.toBe('0');
}

describe('the SKM cycle between devices', () => {
	it('an RTL written offline on the OPD phone syncs and appears in the reviewer’s report', async () => {
		const PROGRAM = 'Menambah loket antrean lansia pada Senin dan Kamis';
		const phone = await newPage();
		await signIn(phone, baseUrl, 'demo-opd');
		await waitForServiceWorker(phone);
		await phone.context().setOffline(true);

		await openUnit(phone, DINKES, TW4);
		const panel = phone.getByTestId('rtl-panel');
		await panel.getByRole('button', { name: 'Buat RTL' }).click();
		const form = phone.getByTestId('rtl-form');
		const row = form.getByTestId('rtl-baris').first();
		await row.waitFor();
		expect(await checkWidth(phone)).toEqual([]);
		// OPD staff hold no responses: the unsur come from the published result, or are chosen.
		await row.getByLabel('Unsur').selectOption('u3');
		await row.getByLabel('Program/kegiatan').fill(PROGRAM);
		await row.getByRole('checkbox').first().check();
		await row.getByLabel('Penanggung jawab').fill('Kepala Seksi Pelayanan');
		for (let extra = (await form.getByTestId('rtl-baris').count()) - 1; extra > 0; extra--) {
			await form.getByTestId('rtl-baris').last().getByRole('button').click();
		}
		await form.getByRole('button', { name: 'Simpan RTL' }).click();
		await panel.getByTestId('rtl-butir').getByText(PROGRAM).waitFor();

		// Stored and queued on the phone, and still there after a reload with no network.
		const [stored] = (await readStore<Rtl>(phone, 'rtl', 'rapor@demo-opd')).filter(
			(r) => r.periodeId === TW4
		);
		expect(stored).toMatchObject({
			id: `${DINKES}:${TW4}`,
			butir: [{ unsur: 'u3', program: PROGRAM, triwulan: [1] }],
			riwayat: [{ oleh: 'demo-opd' }]
		});
		await phone.reload();
		await phone.getByTestId('rtl-panel').getByText(PROGRAM).waitFor({ timeout: 30_000 });

		await phone.context().setOffline(false);
		await waitForSynced(phone);
		const onServer = await admin.raw('GET', docPath('rapor-realisasi', `rtl:${DINKES}:${TW4}`));
		expect(onServer.status).toBe(200);
		expect(onServer.body).toMatchObject({ type: 'rtl', butir: [{ program: PROGRAM }] });

		const laptop = await newPage(LAPTOP);
		await signIn(laptop, baseUrl, 'demo-reviewer');
		await openUnit(laptop, DINKES, TW4);
		const reviewerPanel = laptop.getByTestId('rtl-panel');
		await reviewerPanel.getByText(PROGRAM).waitFor({ timeout: 30_000 });
		expect(await reviewerPanel.getByRole('button', { name: /RTL/ }).count()).toBe(0);

		const xlsx = await download(laptop, '[data-unduh="xlsx"]');
		const plan = readSheet(xlsx.bytes, 'Rencana tindak lanjut');
		expect(plan.rows.map((_, i) => plan.sel(i, 'Program/kegiatan').teks)).toContain(PROGRAM);
		// TW III's demo plan of Dinkes is checked against TW IV's survey.
		const effect = readSheet(xlsx.bytes, 'Hasil tindak lanjut');
		expect(effect.rows.length).toBeGreaterThan(0);
		expect(effect.sel(0, 'Periode RTL').teks).toContain('2026');

		const pdf = await readPdf((await download(laptop, '[data-unduh="pdf"]')).bytes);
		expect(pdf.baris.join('\n')).toContain('Rencana tindak lanjut');
		expect(pdf.baris.join(' ')).toContain('Menambah loket antrean');
	});

	it('the public page shows what the admin published and nothing private', async () => {
		const laptop = await newPage(LAPTOP);
		await signIn(laptop, baseUrl, 'demo-admin');
		await waitForServiceWorker(laptop);
		await openUnit(laptop, DINKES, TW3);
		const publish = laptop.getByTestId('publish-panel');
		// The demo published Dinkes' TW III: its approved saran come ticked, to publish again.
		const demoPublished = demo.publikasiSkm.find((p) => p.id === `${DINKES}:${TW3}`)!;
		expect(demoPublished.saran.length).toBeGreaterThan(0);
		await expect
			.poll(() => publish.getByTestId('publish-saran-count').textContent(), { timeout: 30_000 })
			.toBe(String(demoPublished.saran.length));
		const tickedBoxes = publish.getByRole('checkbox', { checked: true });
		while ((await tickedBoxes.count()) > 0) await tickedBoxes.first().uncheck();
		const firstSaran = publish.locator('ul.saran li').first();
		const whole = (await firstSaran.locator('label > span').first().textContent())!;
		const date = (await firstSaran.locator('label > span > .muted').textContent())!;
		const approved = whole.replace(date, '').trim();
		expect(approved.length).toBeGreaterThan(3);
		await firstSaran.getByRole('checkbox').check();
		expect(await publish.getByTestId('publish-saran-count').textContent()).toBe('1');
		await publish.getByRole('button', { name: 'Terbitkan ulang', exact: true }).click();
		await publish.getByRole('status').filter({ hasText: 'Diterbitkan' }).first().waitFor();
		await waitForSynced(laptop);

		// Read as an anonymous client: no cookie, no account.
		const answer = await fetch(`${baseUrl}/publik/${DINKES}?periode=${TW3}`);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await answer.text();
		const unit = demo.units.find((u) => u.id === DINKES)!;
		const dinkesTw3 = demo.responses.filter((r) => r.unitId === DINKES && r.periodeId === TW3);
		const rtl = demo.rtl.find((r) => r.id === `${DINKES}:${TW3}`)!;
		expect(html).toContain(unit.nama);
		expect(html).toContain('Triwulan III 2026');
		expect(html).toContain(approved);
		expect(html).toContain(rtl.butir[0]!.program);
		for (const other of new Set(dinkesTw3.map((r) => r.saran?.trim()).filter(Boolean))) {
			if (other !== approved && !approved.includes(other!)) expect(html).not.toContain(other);
		}
		expect(html).not.toContain('demo-enumerator');
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/Pelajar\/Mahasiswa|Wirausaha|D4-S1/);

		// On the admin's laptop, whose service worker answers the app's pages offline, the public
		// address is still the server's page, not the app.
		await laptop.goto(`${baseUrl}/publik/${DINKES}?periode=${TW3}`);
		await laptop.getByText(approved).first().waitFor();
		expect(await laptop.locator('[data-testid="rtl-panel"]').count()).toBe(0);
	});
});

describe('Bagikan', () => {
	it('hands the share sheet a real PDF file, and downloads it where files cannot be shared', async () => {
		const page = await newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { sharedFiles: unknown[] };
			w.sharedFiles = [];
			Object.assign(navigator, {
				canShare: (data?: { files?: File[] }) => Array.isArray(data?.files),
				share: async (data: { files: File[]; title?: string }) => {
					for (const file of data.files) {
						const head = new TextDecoder().decode(await file.slice(0, 5).arrayBuffer());
						w.sharedFiles.push({ name: file.name, type: file.type, size: file.size, head });
					}
				}
			});
		});
		await page.goto(`${baseUrl}/skm/${DINKES}`);
		const share = page.locator('[data-bagikan]').first();
		await share.click({ timeout: 30_000 });
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { sharedFiles: unknown[] }).sharedFiles)
			)
			.toEqual([
				expect.objectContaining({
					type: 'application/pdf',
					head: '%PDF-',
					name: expect.stringMatching(/\.pdf$/)
				})
			]);
		const [file] = await page.evaluate(
			() => (window as unknown as { sharedFiles: { size: number }[] }).sharedFiles
		);
		expect(file!.size).toBeGreaterThan(1000);

		// A browser without the Web Share API: the same button downloads the PDF.
		const plain = await newPage();
		await plain.addInitScript(() => {
			const proto = Navigator.prototype as unknown as Record<string, unknown>;
			delete proto.share;
			delete proto.canShare;
		});
		await plain.goto(`${baseUrl}/skm/${DINKES}`);
		expect(await plain.evaluate(() => 'canShare' in navigator)).toBe(false);
		const saved = await download(plain, '[data-bagikan]');
		expect(saved.name).toMatch(/\.pdf$/);
		expect(new TextDecoder().decode(saved.bytes.slice(0, 5))).toBe('%PDF-');
	});
});
