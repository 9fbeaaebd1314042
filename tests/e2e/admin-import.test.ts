import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { parseCsv } from '$lib/import/table/csv';
import { parseXlsx } from '$lib/import/table/xlsx';
import { writeXlsx } from '$lib/import/table/xlsx-write';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const HEADER = [
	'id',
	'unit_id',
	'tahun',
	'nama',
	'satuan',
	'polaritas',
	'target_tw1',
	'target_tw2',
	'target_tw3',
	'target_tw4'
];

/** Indicators in the device's IndexedDB, counted directly (not through the app). */
function indikatorCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('rapor');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const count = db.transaction('indikator').objectStore('indikator').count();
					count.onsuccess = () => {
						resolve(count.result);
						db.close();
					};
					count.onerror = () => reject(count.error);
				};
			})
	);
}

async function downloadFrom(page: Page, tombol: string): Promise<Download> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: tombol, exact: true }).click()
	]);
	return download;
}

const downloadContent = async (d: Download) => readFile((await d.path())!);

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string) {
	await page.setInputFiles('input[type="file"]', { name, mimeType, buffer });
}

describe('admin master data import, offline on a phone', () => {
	it('downloads a template, refuses a file with one bad row, then imports CSV and XLSX', async () => {
		const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/pengaturan`);
		await page.locator('form[aria-labelledby="pengguna-title"]').waitFor();
		await waitForServiceWorker(page);
		await context.setOffline(true);

		// Nobody is declared admin yet: the admin screens say so.
		await page.goto(`${baseUrl}/admin/impor`);
		await page.getByRole('heading', { name: 'Halaman ini hanya untuk admin' }).waitFor();

		await page.goto(`${baseUrl}/pengaturan`);
		const user = page.locator('form[aria-labelledby="pengguna-title"]');
		await user.locator('input[name="nama"]').fill('Admin Bagian Organisasi');
		await user.locator('select[name="peran"]').selectOption('admin');
		await user.getByRole('button', { name: 'Simpan' }).click();
		await user.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();

		await page.goto(`${baseUrl}/admin/impor`);
		await page.getByRole('radio', { name: 'Indikator' }).check();

		const templat = await downloadFrom(page, 'Templat CSV');
		expect(templat.suggestedFilename()).toBe('rapor-templat-indikator.csv');
		expect((await downloadContent(templat)).toString('utf8')).toBe(
			'\uFEFF' +
				HEADER.join(';') +
				'\r\n;demo-dinkes;2026;Persentase balita stunting;%;negatif;"14,5";14;"13,5";13\r\n'
		);
		const templatXlsx = await downloadFrom(page, 'Templat XLSX');
		const bacaTemplat = parseXlsx(await downloadContent(templatXlsx));
		expect(bacaTemplat.ok && bacaTemplat.tabel.header).toEqual(HEADER);

		const before = await indikatorCount(page);
		expect(before).toBeGreaterThan(0);
		const row = [
			'e2e-ind-1;demo-dinkes;2026;Uji e2e cakupan imunisasi;%;positif;25;50;75;"95,5"',
			'e2e-ind-2;demo-dinkes;2026;Uji e2e prevalensi stunting;%;negatif;"14,5";14;"13,5";13',
			'e2e-ind-3;demo-dpmptsp;2026;Uji e2e izin tepat waktu;%;positif;90;90;92;95'
		];
		const buruk = [...row];
		buruk[2] =
			'e2e-ind-3;demo-dpmptsp;2026;Uji e2e izin tepat waktu;%;positif;90;sembilan puluh;92;95';
		const csv = (lines: string[]) => Buffer.from([HEADER.join(';'), ...lines].join('\r\n'), 'utf8');

		await upload(page, 'indikator-salah.csv', csv(buruk), 'text/csv');
		const error = page.getByTestId('import-errors');
		await error.waitFor();
		await expect(error.textContent()).resolves.toContain(
			'Baris 4, kolom target_tw2: harus angka ≥ 0 (tertulis "sembilan puluh")'
		);
		await expect(error.textContent()).resolves.toContain('Tidak ada data yang diubah');
		expect(await page.getByRole('button', { name: /^Impor \d+ perubahan$/ }).count()).toBe(0);
		expect(await indikatorCount(page)).toBe(before);

		await upload(page, 'indikator.csv', csv(row), 'text/csv');
		await page.getByRole('button', { name: 'Impor 3 perubahan' }).click();
		await page.getByTestId('import-status').filter({ hasText: 'Impor selesai: 3 baru' }).waitFor();
		expect(await indikatorCount(page)).toBe(before + 3);

		const ekspor = await downloadFrom(page, 'Ekspor CSV');
		expect(ekspor.suggestedFilename()).toMatch(/^rapor-indikator-\d{4}-\d{2}-\d{2}\.csv$/);
		const table = parseCsv((await downloadContent(ekspor)).toString('utf8'));
		expect(table.header).toEqual(HEADER);
		expect(table.rows).toHaveLength(before + 3);
		const diekspor = table.rows.filter((r) => r.cells[0]?.startsWith('e2e-ind-'));
		expect(diekspor.map((r) => r.cells)).toEqual([
			[
				'e2e-ind-1',
				'demo-dinkes',
				'2026',
				'Uji e2e cakupan imunisasi',
				'%',
				'positif',
				'25',
				'50',
				'75',
				'95,5'
			],
			[
				'e2e-ind-2',
				'demo-dinkes',
				'2026',
				'Uji e2e prevalensi stunting',
				'%',
				'negatif',
				'14,5',
				'14',
				'13,5',
				'13'
			],
			[
				'e2e-ind-3',
				'demo-dpmptsp',
				'2026',
				'Uji e2e izin tepat waktu',
				'%',
				'positif',
				'90',
				'90',
				'92',
				'95'
			]
		]);

		const xlsx = writeXlsx({
			nama: 'indikator',
			header: HEADER,
			rows: [
				[
					'e2e-ind-4',
					'demo-dinkes',
					2026,
					'Uji e2e rasio dokter',
					'rasio',
					'positif',
					0.25,
					0.3,
					null,
					0.4
				],
				['', 'demo-dpmptsp', 2026, 'Uji e2e hari proses izin', 'hari', 'negatif', 7, 6.5, 6, 5]
			]
		});
		await upload(
			page,
			'indikator.xlsx',
			Buffer.from(xlsx),
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		await page.getByRole('button', { name: 'Impor 2 perubahan' }).click();
		await page.getByTestId('import-status').filter({ hasText: 'Impor selesai: 2 baru' }).waitFor();
		expect(await indikatorCount(page)).toBe(before + 5);

		const eksporXlsx = parseXlsx(await downloadContent(await downloadFrom(page, 'Ekspor XLSX')));
		if (!eksporXlsx.ok) throw new Error('the exported workbook is unreadable');
		const rasio = eksporXlsx.tabel.rows.find((r) => r.cells[0] === 'e2e-ind-4');
		expect(rasio?.cells.slice(6)).toEqual(['0.25', '0.3', '', '0.4']);
		expect(eksporXlsx.tabel.rows.some((r) => r.cells[3] === 'Uji e2e hari proses izin')).toBe(true);
		await context.close();
	});
});
