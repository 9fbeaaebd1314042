/**
 * The demo's current triwulan gives each role its job, on a 360 × 640 phone, signed in against
 * the real server: demo-opd completes and submits Dinkes's draft, demo-admin verifies it after
 * the in-page confirmation, then reopens it with a reason, and demo-opd finds it editable again
 * with that reason in its history.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { DATABASE, documentId } from '$lib/domain/document';
import { formatNumber } from '$lib/domain/format';
import type { Realisasi } from '$lib/domain/schemas';
import { CouchClient, docPath } from '../../sync-server/http/couch-client.ts';
import { launchBrowser, PHONE } from './browser';
import { checkWidth, checkTarget, signIn } from './phone';

const baseUrl = inject('baseUrl');
const admin = new CouchClient({ url: inject('couchUrl'), credentials: inject('serverAdmin') });
const DINKES = 'demo-dinkes';
const TW4 = '2026-TW4';
const ENTRY_ID = documentId('realisasi', `${DINKES}:${TW4}`);
const REASON = 'Pagu TW IV belum memakai APBD Perubahan; mohon dikoreksi.';
const SCREENSHOTS = process.env.RAPOR_SCREENSHOTS;

const demo = generateDemo();
/** The indicator the demo draft still lacks: the last of Dinkes's, with its TW IV target. */
const missing = demo.indikator
	.filter((i) => i.unitId === DINKES && i.tahun === 2026)
	.sort((a, b) => a.id.localeCompare(b.id))
	.at(-1)!;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function entryOnServer(): Promise<Realisasi> {
	const res = await admin.raw('GET', docPath(DATABASE.realisasi, ENTRY_ID));
	expect(res.status).toBe(200);
	return res.body as Realisasi;
}

/** Syncs now from the Sinkron screen (as a person taps it) until `selesai` holds. */
async function syncUntil(page: Page, selesai: () => Promise<boolean>): Promise<void> {
	await page.goto(`${baseUrl}/sinkron`);
	await expect
		.poll(
			async () => {
				const button = page.getByTestId('sync-now');
				if (await button.isEnabled()) await button.click();
				await page
					.locator('[data-testid="sync-fase"][data-fase="siaga"]')
					.waitFor({ timeout: 30_000 });
				return selesai();
			},
			{ timeout: 90_000, interval: 1_000 }
		)
		.toBe(true);
}

/** Nothing wider than the phone, and every target big enough for a thumb. */
async function fitsPhone(page: Page, name: string): Promise<void> {
	expect(await checkWidth(page), name).toEqual([]);
	expect(await checkTarget(page), name).toEqual([]);
	if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

async function phone(): Promise<Page> {
	const context = await browser.newContext({ viewport: PHONE });
	return context.newPage();
}

describe('buka kembali: a verified entry reopened by the admin, with a reason', () => {
	it('goes from the demo draft to submitted, verified after confirming, and reopened', async () => {
		// --- demo-opd: the current triwulan is open as a draft for Dinkes. ---
		const opd = await phone();
		await signIn(opd, baseUrl, 'demo-opd');
		await opd.goto(`${baseUrl}/realisasi`);
		await opd.locator('[data-testid="form-realisasi"][data-siap="true"]').waitFor();
		expect(await opd.locator('select[name="periode"]').inputValue()).toBe(TW4);
		await expect(opd.getByTestId('status-entri').getAttribute('data-status')).resolves.toBe(
			'draft'
		);
		expect(await opd.locator('#realisasiFisik').getAttribute('readonly')).toBeNull();
		await fitsPhone(opd, 'realisasi-opd-draf');

		await opd.locator(`#indikator-${missing.id}`).fill(formatNumber(missing.target[3]!, 2, 'id'));
		await opd.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
		await opd.getByRole('status').filter({ hasText: 'diajukan untuk verifikasi' }).waitFor();
		await syncUntil(opd, async () => (await entryOnServer()).status === 'diajukan');

		// --- demo-admin: Dinkes waits for verification; nothing happens before confirming. ---
		const adm = await phone();
		await signIn(adm, baseUrl, 'demo-admin');
		await adm.goto(`${baseUrl}/realisasi?periode=${TW4}`);
		const row = adm.locator(`[data-testid="menunggu"] li[data-unit="${DINKES}"]`);
		await row.getByText('Diajukan demo-opd').waitFor({ timeout: 30_000 });
		await row.getByRole('button', { name: 'Verifikasi' }).click();
		const konfirmasi = row.getByTestId('konfirmasi-verifikasi');
		await konfirmasi.getByText('Verifikasi entri Dinas Kesehatan, TW IV 2026?').waitFor();
		expect(await konfirmasi.getByTestId('ringkasan-indeks').textContent()).toMatch(/\d+,\d\d/);
		await fitsPhone(adm, 'realisasi-admin-konfirmasi');
		expect((await entryOnServer()).status).toBe('diajukan');
		await konfirmasi.getByRole('button', { name: 'Verifikasi' }).click();
		await adm.getByRole('status').filter({ hasText: 'entri diverifikasi' }).waitFor();
		await row.waitFor({ state: 'detached' });

		// Reopening asks for the reason the OPD will read.
		await adm.goto(`${baseUrl}/realisasi?periode=${TW4}&unit=${DINKES}&tab=entri`);
		await adm.locator('[data-testid="form-realisasi"][data-siap="true"]').waitFor();
		await adm.getByRole('button', { name: 'Buka kembali' }).click();
		const buka = adm.getByTestId('konfirmasi-buka-kembali');
		await buka.getByRole('button', { name: 'Buka kembali dengan alasan ini' }).click();
		await adm.getByRole('alert').filter({ hasText: 'Tulis alasan membuka kembali' }).waitFor();
		await buka.getByLabel('Alasan membuka kembali (wajib)').fill(REASON);
		await fitsPhone(adm, 'realisasi-admin-buka-kembali');
		await buka.getByRole('button', { name: 'Buka kembali dengan alasan ini' }).click();
		await adm.getByRole('status').filter({ hasText: 'entri dibuka kembali' }).waitFor();
		await syncUntil(adm, async () => (await entryOnServer()).status === 'draft');
		const diServer = await entryOnServer();
		expect(diServer.riwayat?.map((r) => [r.aksi, r.oleh])).toEqual([
			['simpan', 'demo-opd'],
			['ajukan', 'demo-opd'],
			['verifikasi', 'demo-admin'],
			['buka-kembali', 'demo-admin']
		]);
		expect(diServer.riwayat?.at(-1)?.catatan).toBe(REASON);

		// --- demo-opd: the entry is a draft again, with the admin's reason. ---
		await syncUntil(opd, () =>
			opd.evaluate(
				async ({ id }) => {
					const open = indexedDB.open('rapor@demo-opd');
					const db = await new Promise<IDBDatabase>((resolve, reject) => {
						open.onsuccess = () => resolve(open.result);
						open.onerror = () => reject(open.error);
					});
					const entri = await new Promise<{ status?: string } | undefined>((resolve) => {
						const req = db.transaction('realisasi').objectStore('realisasi').get(id);
						req.onsuccess = () => resolve(req.result as { status?: string } | undefined);
						req.onerror = () => resolve(undefined);
					});
					db.close();
					return entri?.status === 'draft';
				},
				{ id: `${DINKES}:${TW4}` }
			)
		);
		await opd.goto(`${baseUrl}/realisasi`);
		const catatan = opd.getByTestId('catatan-kembali');
		await catatan.filter({ hasText: REASON }).waitFor();
		await expect(catatan.textContent()).resolves.toContain('Dibuka kembali oleh demo-admin');
		await opd.getByTestId('riwayat').getByText('Dibuka kembali', { exact: true }).waitFor();
		expect(await opd.locator('#realisasiFisik').getAttribute('readonly')).toBeNull();
		await opd.getByRole('button', { name: 'Ajukan untuk verifikasi' }).waitFor();
		await fitsPhone(opd, 'realisasi-opd-dibuka-kembali');
		await opd.context().close();
		await adm.context().close();
	});
});
