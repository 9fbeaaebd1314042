import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatNumber } from '$lib/domain/format';
import { roundTo } from '$lib/domain/rounding';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { parseCsv } from '$lib/import/table/csv';
import { readPdf } from '../fixtures/read-pdf';
import { readSheet } from '../fixtures/read-xlsx';
import { choosePeriode, launchBrowser, waitForServiceWorker } from './browser';
import { expectedRanking, expectedSkm } from './expected';
import { assertUser } from './survey-steps';

const baseUrl = inject('baseUrl');
const LAPTOP = { width: 1280, height: 900 };
const id = (x: number, digits = 2) => formatNumber(x, digits, 'id');

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** One online visit, so the app and its demo data are on the device; then the network goes. */
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: LAPTOP, acceptDownloads: true });
	page = await context.newPage();
	await page.goto(baseUrl);
	await page.locator('[data-testid="ranking-table"]').waitFor({ timeout: 30_000 });
	await waitForServiceWorker(page);
	await context.setOffline(true);
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

/** Taps a download button and reads the file the browser saved. */
async function downloadFile(kind: string): Promise<{ nama: string; isi: Uint8Array }> {
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.locator(`[data-unduh="${kind}"]`).click()
	]);
	const path = await download.path();
	return { nama: download.suggestedFilename(), isi: new Uint8Array(await readFile(path)) };
}

const csvText = (content: Uint8Array) => parseCsv(new TextDecoder().decode(content));

describe('reports made on the device with no network', () => {
	it('the ranking screen gives the Rapor OPD as PDF, XLSX and CSV with the core’s figures', async () => {
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
		await choosePeriode(page, '2026-TW3');
		const expected = expectedRanking('2026-TW3');
		const zona = { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' } as const;

		const pdf = await downloadFile('pdf');
		expect(pdf.nama).toBe('rapor-opd-2026-TW3.pdf');
		const text = await readPdf(pdf.isi);
		expect(text.judul).toBe('Rapor Indeks Kinerja OPD TW III 2026');
		for (const row of expected.rows) {
			const number =
				row.hasil.indeks === null ? '–' : `${id(row.hasil.indeks)} ${zona[row.hasil.zona!]}`;
			const initial = `${row.baris.peringkat ?? '–'} ${row.unit.nama.split(' ')[0]}`;
			expect(text.baris.some((b) => b.startsWith(initial) && b.includes(number))).toBe(true);
		}
		expect(text.baris.join(' ')).toContain('Bobot: anggaran 20%, fisik 20%, capaian kinerja 50%');

		const xlsx = await downloadFile('xlsx');
		expect(xlsx.nama).toBe('rapor-opd-2026-TW3.xlsx');
		const peringkat = readSheet(xlsx.isi, 'Peringkat');
		expect(peringkat.rows).toHaveLength(expected.rows.length);
		expected.rows.forEach((row, i) => {
			expect(peringkat.sel(i, 'Kode unit').teks).toBe(row.unit.id);
			if (row.hasil.indeks !== null) expect(peringkat.angka(i, 'Indeks')).toBe(row.hasil.indeks);
			if (row.baris.peringkat !== null) {
				expect(peringkat.angka(i, 'Peringkat')).toBe(row.baris.peringkat);
			}
		});
		const komponen = readSheet(xlsx.isi, 'Komponen');
		const top = expected.rows[0]!;
		expect(komponen.angka(0, 'Kontribusi')).toBe(top.hasil.komponen.anggaran.kontribusi);
		expect(komponen.angka(0, 'Nilai (%)') * 100).toBeCloseTo(
			top.hasil.komponen.anggaran.nilai!,
			10
		);

		const csv = await downloadFile('csv');
		expect(csv.nama).toBe('peringkat-opd-2026-TW3.csv');
		const table = csvText(csv.isi);
		expect(table.rows.map((r) => r.cells[1])).toEqual(expected.rows.map((r) => r.unit.id));
		expect(table.rows[0]!.cells[3]).toBe(String(roundTo(top.hasil.indeks!, 2)).replace('.', ','));
	});

	it('the ranking screen prints without navigation or buttons, its chart beside the table', async () => {
		await page.locator('[data-testid="grafik-peringkat"]').waitFor();
		const bars = await page.locator('[data-testid="grafik-peringkat"] [data-unit]').count();
		expect(bars).toBe(expectedRanking('2026-TW3').rows.length);
		await page.emulateMedia({ media: 'print' });
		try {
			expect(await page.locator('nav').isVisible()).toBe(false);
			expect(await page.locator('[data-testid="unduhan"]').isVisible()).toBe(false);
			expect(await page.locator('select').first().isVisible()).toBe(false);
			expect(await page.locator('[data-testid="ranking-table"]').isVisible()).toBe(true);
			// The chosen triwulan is printed in place of its picker.
			const periode = page.locator('.cetak-saja').first();
			expect(await periode.isVisible()).toBe(true);
			expect(await periode.textContent()).toBe('TW III 2026');
		} finally {
			await page.emulateMedia({ media: 'screen' });
		}
	});

	it('the pemda SKM screen gives the SKM report with every unit’s IKM', async () => {
		await page.goto(`${baseUrl}/skm`);
		await choosePeriode(page, '2026-TW2');
		const expected = expectedSkm('2026-TW2');

		const pdf = await downloadFile('pdf');
		expect(pdf.nama).toBe('laporan-skm-2026-TW2.pdf');
		const text = await readPdf(pdf.isi);
		const all = text.baris.join(' ');
		expect(all).toContain(`Nilai IKM (25–100) ${id(expected.pemda.nilai!)}`);
		expected.units.forEach((u, i) => {
			expect(all).toContain(`${i + 1}. ${u.unit.nama}`);
			const ikm = `${id(u.hasil.nilai!)} ${u.hasil.mutu}`;
			expect(text.baris.some((b) => b.startsWith(`${i + 1} `) && b.includes(ikm))).toBe(true);
		});

		const xlsx = await downloadFile('xlsx');
		const unit = readSheet(xlsx.isi, 'Unit layanan');
		expected.units.forEach((u, i) => {
			expect(unit.sel(i, 'Kode unit').teks).toBe(u.unit.id);
			expect(unit.angka(i, 'Nilai IKM (25–100)')).toBe(u.hasil.nilai);
			expect(unit.angka(i, 'Responden')).toBe(u.hasil.responden);
		});
		const summary = readSheet(xlsx.isi, 'Ringkasan');
		const created = summary.rows.findIndex((r) => r.cells[0] === 'Dibuat');
		expect(summary.sel(created, 'Nilai').tanggal).toBe(true);

		const csv = await downloadFile('csv');
		expect(csv.nama).toBe('skm-unit-layanan-2026-TW2.csv');
		expect(csvText(csv.isi).rows.map((r) => r.cells[0])).toEqual(
			expected.units.map((u) => u.unit.id)
		);
	});

	it('a unit’s SKM screen gives its report: NRR per unsur, IKM, priorities, sample', async () => {
		const expected = expectedSkm('2026-TW2');
		const lowest = expected.units.at(-1)!;
		await page.locator(`tr[data-unit="${lowest.unit.id}"] a`).click();
		await page.locator('[data-testid="skm-nilai"]').waitFor();

		const pdf = await downloadFile('pdf');
		expect(pdf.nama).toBe(`laporan-skm-${lowest.unit.id}-2026-TW2.pdf`);
		const text = await readPdf(pdf.isi);
		const all = text.baris.join(' ');
		expect(all).toContain(`IKM (skala 1–4) ${id(lowest.hasil.ikm!, 4)}`);
		for (const key of UNSUR_KEYS) {
			const number = `${lowest.hasil.dijawab[key]} ${id(lowest.hasil.nrr[key]!, 3)}`;
			expect(
				text.baris.some((b) => b.startsWith(`${key.toUpperCase()} `) && b.includes(number))
			).toBe(true);
		}
		for (const key of lowest.hasil.unsurTerendah) {
			expect(all).toContain(`NRR ${id(lowest.hasil.nrr[key]!, 3)} (mutu`);
		}
		if (lowest.sampel && !lowest.sampel.memadai) {
			expect(all).toContain(`Sampel belum memadai: perlu ${lowest.sampel.kurang} responden lagi`);
		}

		const xlsx = await downloadFile('xlsx');
		const nrr = readSheet(xlsx.isi, 'NRR');
		UNSUR_KEYS.forEach((key, i) => expect(nrr.angka(i, 'NRR')).toBe(lowest.hasil.nrr[key]));
	});

	it('a saran in letters Helvetica lacks comes back from the PDF, what no font has is named', async () => {
		const saran = 'Đặng Thị Hoa — 😀 ñ ß Ω 中';
		const unitId = expectedSkm('2026-TW2').units.at(-1)!.unit.id;
		await page.evaluate(
			({ unitId, saran }) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('rapor');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const store = db.transaction('responses', 'readwrite').objectStore('responses');
						const cari = store.index('[unitId+periodeId]').get([unitId, '2026-TW2']);
						cari.onsuccess = () => {
							const put = store.put({ ...cari.result, id: 'saran-unicode', saran });
							put.onsuccess = () => {
								db.close();
								resolve();
							};
							put.onerror = () => reject(put.error);
						};
					};
				}),
			{ unitId, saran }
		);

		const text = await readPdf((await downloadFile('pdf')).isi);
		const all = text.baris.join(' ');
		expect(all).toContain('Đặng Thị Hoa — 😀 ñ ß Ω □');
		expect(all).toContain('Catatan: 1 karakter');
		expect(all).toContain('tidak dapat dicetak dan diganti □.');
	});

	it('the kiosk link screen gives printable posters with each unit’s kiosk QR link', async () => {
		await assertUser(page, baseUrl, { nama: 'Admin Bagian Organisasi', peran: 'admin' });
		await page.goto(`${baseUrl}/survei/kiosk`);
		await page.getByTestId('kiosk-qr').waitFor();
		const unitId = await page.locator('select[name="unit"]').inputValue();
		const jumlah = await page.locator('select[name="unit"] option').count();

		// On a phone, "Printer" and the poster buttons are apart and large enough to tap.
		await page.setViewportSize({ width: 360, height: 640 });
		const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
		const cetak = await box('[data-testid="kiosk-qr"] ~ .actions button');
		const tombolPoster = await box('[data-unduh="poster-unit"]');
		expect(tombolPoster.y - (cetak.y + cetak.height)).toBeGreaterThanOrEqual(8);
		for (const b of [cetak, tombolPoster, await box('[data-unduh="poster-semua"]')]) {
			expect(b.height).toBeGreaterThanOrEqual(44);
		}
		await page.setViewportSize(LAPTOP);

		const one = await downloadFile('poster-unit');
		expect(one.nama).toBe(`poster-kiosk-${unitId}.pdf`);
		const poster = await readPdf(one.isi);
		expect(poster.halaman).toHaveLength(1);
		expect(poster.baris).toContain(`${baseUrl}/kiosk?unit=${unitId}`);
		expect(poster.baris.join(' ')).toContain('Sentuh "Mulai survei" di layar tablet kiosk.');

		const all = await downloadFile('poster-semua');
		expect((await readPdf(all.isi)).halaman).toHaveLength(jumlah);
	});
});
