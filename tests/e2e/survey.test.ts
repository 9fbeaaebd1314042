import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STANDARD_KUESIONER_ID } from '$lib/domain/kuesioner';
import { effectiveResponse } from '$lib/domain/koreksi';
import type { Answer, SkmResponse } from '$lib/domain/schemas';
import { computeSkm } from '$lib/domain/skm';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import {
	unitSkmFigure,
	readKoreksi,
	readResponses,
	answer,
	stepLabel,
	assertUser,
	waitForDraft,
	waitForSkmUnit
} from './survey-steps';

const baseUrl = inject('baseUrl');
const UNIT = 'demo-dpmptsp';
const UNIT_NAME = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu';
const ENUMERATOR = 'Sari Enumerator';
/** A Monday in TW IV 2026 (a demo period), 09:00 WIB: the test does not depend on today's date. */
const NOW = new Date('2026-11-23T09:00:00+07:00');
const PERIODE = '2026-TW4';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Respondent i's answer to unsur q (0-based): varied, all 1–4, the same on every run. */
const scoreFor = (i: number, q: number) => 1 + ((i * 7 + q * 3 + (q === 0 ? 2 : 0)) % 4);
const answerFor = (i: number): Answer =>
	Object.fromEntries(UNSUR_KEYS.map((k, q) => [k, scoreFor(i, q)])) as Answer;

/** Opens the app once online, waits for the service worker, then cuts the network. */
async function openOffline(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
	await context.clock.setFixedTime(NOW);
	const page = await context.newPage();
	await page.goto(baseUrl);
	await page.locator('[data-testid="ranking-table"]').waitFor({ timeout: 30_000 });
	await waitForServiceWorker(page);
	await context.setOffline(true);
	return { context, page };
}

async function startSurvey(page: Page, jenisLainnya: string): Promise<void> {
	await page.goto(`${baseUrl}/survei`);
	await page.locator('select[name="unit"]').selectOption(UNIT);
	await page
		.locator('select[name="jenis-layanan"]')
		.selectOption({ label: 'Lainnya (tulis sendiri)…' });
	await page.locator('input[name="jenis-lainnya"]').fill(jenisLainnya);
	await page.getByRole('button', { name: 'Mulai survei' }).click();
	await page.getByTestId('unit-survei').filter({ hasText: UNIT_NAME }).waitFor();
}

/** Fills respondent i from the profile up to (not including) question `sampai` (1-based). */
async function fillUntil(page: Page, i: number, sampai: number): Promise<void> {
	if ((await stepLabel(page)).startsWith('Langkah 1 dari')) {
		await page.getByRole('button', { name: i % 2 ? 'Perempuan' : 'Laki-laki' }).click();
		if (i % 3 !== 0) await page.locator('input[name="usia"]').fill(String(18 + i * 2));
		await page.getByRole('button', { name: 'Lanjut →' }).click();
	}
	for (let q = 0; q < sampai - 1; q++) {
		expect(await stepLabel(page)).toBe(`Pertanyaan ${q + 1} dari 9`);
		await answer(page, scoreFor(i, q));
	}
}

async function finishSurvey(page: Page, i: number, dari: number): Promise<void> {
	for (let q = dari - 1; q < 9; q++) {
		expect(await stepLabel(page)).toBe(`Pertanyaan ${q + 1} dari 9`);
		await answer(page, scoreFor(i, q));
	}
	await page.locator('textarea[name="saran"]').fill(`Responden ${i}`);
	await page.getByRole('button', { name: 'Lanjut →' }).click();
	await page.getByTestId('ringkasan').waitFor();
	await page.getByRole('button', { name: 'Simpan', exact: true }).click();
	await page.getByTestId('tersimpan').filter({ hasText: 'Tersimpan' }).waitFor();
}

async function nextResponden(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Responden berikutnya' }).click();
	await page.getByRole('heading', { name: 'Profil responden', level: 2 }).waitFor();
}

/** The answers shown as chosen on the question on screen (aria-pressed). */
const chosen = (page: Page) =>
	page.locator('.langkah button[aria-pressed="true"]').getAttribute('data-skor');

describe('an enumerator interviewing offline', () => {
	it('records 20 respondents through a reload and a closed tab, and all 20 are stored and scored', async () => {
		const { context, page: first } = await openOffline();
		let page = first;
		await assertUser(page, baseUrl, {
			nama: ENUMERATOR,
			peran: 'enumerator',
			unit: UNIT_NAME
		});
		const before = await unitSkmFigure(page, baseUrl, UNIT, PERIODE);

		await startSurvey(page, 'Perizinan berusaha');
		for (let i = 1; i <= 20; i++) {
			if (i === 7) {
				// The page is reloaded in the middle of question 5: it reopens there, answers kept.
				await fillUntil(page, i, 5);
				await waitForDraft(page);
				await page.reload();
				await page.getByText('Pertanyaan 5 dari 9').waitFor();
				await page.getByRole('button', { name: '← Kembali' }).click();
				expect(await stepLabel(page)).toBe('Pertanyaan 4 dari 9');
				expect(await chosen(page)).toBe(String(scoreFor(i, 3)));
				await page.getByRole('button', { name: 'Lanjut →' }).click();
				await finishSurvey(page, i, 5);
			} else if (i === 14) {
				// The tab is closed in the middle of question 7 and the app opened in a new one.
				await fillUntil(page, i, 7);
				await waitForDraft(page);
				await page.close();
				page = await context.newPage();
				await page.goto(`${baseUrl}/survei`);
				await page.getByText('Pertanyaan 7 dari 9').waitFor();
				await expect(
					page.locator('h2:focus').textContent(),
					'focus is on the reopened question'
				).resolves.toContain('perilaku petugas');
				await finishSurvey(page, i, 7);
			} else {
				await fillUntil(page, i, 1);
				await finishSurvey(page, i, 1);
			}
			if (i < 20) await nextResponden(page);
		}
		// Today's list is a live query: it shows the last save a moment after "Tersimpan".
		await expect
			.poll(() => page.getByTestId('hari-ini').locator('li').count(), { timeout: 10_000 })
			.toBe(20);

		const mine = (await readResponses(page)).filter((r) => r.enumerator === ENUMERATOR);
		expect(mine).toHaveLength(20);
		expect(new Set(mine.map((r) => r.id)).size).toBe(20);
		for (const r of mine) {
			const i = Number(/^Responden (\d+)$/.exec(r.saran ?? '')?.[1]);
			expect(r.jawaban, `answers of respondent ${i}`).toEqual(answerFor(i));
			expect(r).toMatchObject({
				unitId: UNIT,
				periodeId: PERIODE,
				waktu: '2026-11-23T09:00:00+07:00',
				jenisLayanan: 'Perizinan berusaha',
				kuesionerVersi: STANDARD_KUESIONER_ID,
				sumber: 'enumerator'
			});
			expect(r.perangkatId).toMatch(/^dev-/);
			expect(r.lokasi).toBeUndefined();
		}
		expect(new Set(mine.map((r) => Number(r.saran?.split(' ')[1])))).toEqual(
			new Set(Array.from({ length: 20 }, (_, i) => i + 1))
		);
		// Nothing half-filled is left behind.
		await expect(
			page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const open = indexedDB.open('rapor');
						open.onsuccess = () => {
							const request = open.result
								.transaction('drafts')
								.objectStore('drafts')
								.get('survei-baru');
							request.onsuccess = () => resolve(request.result ? 1 : 0);
						};
					})
			)
		).resolves.toBe(0);

		const stored = (await readResponses(page)).filter(
			(r) => r.unitId === UNIT && r.periodeId === PERIODE
		);
		const expected = computeSkm(stored.map((r) => r.jawaban));
		const sesudah = await unitSkmFigure(page, baseUrl, UNIT, PERIODE);
		expect(sesudah.responden).toBe(before.responden + 20);
		await waitForSkmUnit(page, { responden: before.responden + 20, nilai: expected.nilai });
		await context.close();
	}, 300_000);

	it('corrects and voids a response, and the SKM figures follow', async () => {
		const { context, page } = await openOffline();
		await assertUser(page, baseUrl, {
			nama: ENUMERATOR,
			peran: 'enumerator',
			unit: UNIT_NAME
		});
		const before = await unitSkmFigure(page, baseUrl, UNIT, PERIODE);
		await startSurvey(page, 'Izin usaha');
		for (const i of [1, 2]) {
			await fillUntil(page, i, 1);
			await finishSurvey(page, i, 1);
			await nextResponden(page);
		}
		const skor = async () => {
			const responses = (await readResponses(page)).filter(
				(r) => r.unitId === UNIT && r.periodeId === PERIODE
			);
			const efektif = effectiveResponse(responses, await readKoreksi(page));
			return { responden: efektif.length, nilai: computeSkm(efektif.map((r) => r.jawaban)).nilai };
		};
		const two = await skor();
		expect(two.responden).toBe(before.responden + 2);

		// Void respondent 1: it stays listed, struck through with the reason, and leaves the score.
		const mine = (await readResponses(page)).filter((r) => r.enumerator === ENUMERATOR);
		const one = mine.find((r) => r.saran === 'Responden 1') as SkmResponse;
		const item = page.locator(`[data-respons="${one.id}"]`);
		await item.getByRole('button', { name: 'Tandai batal', exact: true }).click();
		await item.locator('input[name="alasan"]').fill('ab');
		await item.getByRole('button', { name: 'Tandai respons ini batal' }).click();
		await item.getByRole('alert').filter({ hasText: 'minimal 3 karakter' }).waitFor();
		await item.locator('input[name="alasan"]').fill('Responden ganda');
		await item.getByRole('button', { name: 'Tandai respons ini batal' }).click();
		await item.getByText('Dibatalkan: Responden ganda').waitFor();
		expect(await item.getAttribute('data-status')).toBe('dibatalkan');
		await expect(
			item.locator('.dibatalkan').evaluate((el) => getComputedStyle(el).textDecorationLine)
		).resolves.toBe('line-through');
		expect((await readResponses(page)).some((r) => r.id === one.id)).toBe(true);

		const setelahBatal = await skor();
		expect(setelahBatal.responden).toBe(before.responden + 1);
		await unitSkmFigure(page, baseUrl, UNIT, PERIODE);
		await waitForSkmUnit(page, setelahBatal);

		// Correct respondent 2's U1; the response itself is never edited.
		const duaAsli = mine.find((r) => r.saran === 'Responden 2') as SkmResponse;
		const u1Baru = duaAsli.jawaban.u1 === 1 ? 4 : 1;
		await page.goto(`${baseUrl}/survei`);
		await page
			.locator(`[data-respons="${duaAsli.id}"]`)
			.getByRole('button', { name: 'Koreksi' })
			.click();
		await page.getByTestId('ringkasan').waitFor();
		await page.locator('[data-unsur="u1"]').click();
		await answer(page, u1Baru);
		await page.getByTestId('ringkasan').waitFor();
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByTestId('tersimpan').filter({ hasText: 'Koreksi tersimpan' }).waitFor();
		const koreksi = await readKoreksi(page);
		expect(koreksi.map((k) => k.jenis).sort()).toEqual(['batal', 'koreksi']);
		expect(koreksi.find((k) => k.jenis === 'koreksi')).toMatchObject({
			responseId: duaAsli.id,
			oleh: ENUMERATOR,
			jawaban: { ...duaAsli.jawaban, u1: u1Baru }
		});
		expect((await readResponses(page)).find((r) => r.id === duaAsli.id)).toEqual(duaAsli);

		const end = await skor();
		expect(end.responden).toBe(before.responden + 1);
		expect(end.nilai).not.toBe(setelahBatal.nilai);
		await unitSkmFigure(page, baseUrl, UNIT, PERIODE);
		await waitForSkmUnit(page, end);
		await context.close();
	}, 180_000);

	it("asks a unit's own question from a new questionnaire version, while old responses still score", async () => {
		const { context, page } = await openOffline();
		await assertUser(page, baseUrl, { nama: 'Admin Kota', peran: 'admin' });
		const before = await unitSkmFigure(page, baseUrl, UNIT, PERIODE);

		await page.goto(`${baseUrl}/survei/kuesioner`);
		await page.locator('select[name="lingkup"]').selectOption(UNIT);
		await page.getByRole('button', { name: 'Tambah pertanyaan' }).click();
		await page.locator('[name="tambahan-0-jenis"]').selectOption('pilihan');
		await page.locator('[name="tambahan-0-id"]').fill('Dari mana Anda tahu layanan ini?');
		await page
			.locator('[name="tambahan-0-pilihan"]')
			.fill('Spanduk | Banner\nMedia sosial | Social media');
		await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
		await page.getByRole('status').filter({ hasText: 'Versi baru' }).waitFor();
		const version = /k-demo-dpmptsp-\d+/.exec(
			(await page.getByTestId('versi-aktif').textContent()) ?? ''
		)?.[0];
		expect(version).toBeTruthy();

		await startSurvey(page, 'Izin usaha');
		await fillUntil(page, 3, 1);
		for (let q = 0; q < 9; q++) await answer(page, scoreFor(3, q));
		expect(await stepLabel(page)).toBe('Pertanyaan tambahan 1 dari 1');
		await page.getByRole('button', { name: 'Media sosial' }).click();
		await page.getByRole('button', { name: 'Lanjut →' }).click();
		await page.getByRole('button', { name: 'Lanjut →' }).click();
		await page.getByTestId('ringkasan').getByText('Media sosial').waitFor();
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByTestId('tersimpan').waitFor();

		const responses = await readResponses(page);
		const baru = responses.find((r) => r.enumerator === 'Admin Kota')!;
		expect(baru).toMatchObject({ kuesionerVersi: version, jawaban: answerFor(3) });
		expect(Object.values(baru.jawabanTambahan ?? {})).toEqual(['Media sosial']);
		const unitNow = responses.filter((r) => r.unitId === UNIT && r.periodeId === PERIODE);
		expect(new Set(unitNow.map((r) => r.kuesionerVersi))).toEqual(
			new Set([STANDARD_KUESIONER_ID, version])
		);
		await unitSkmFigure(page, baseUrl, UNIT, PERIODE);
		await waitForSkmUnit(page, {
			responden: before.responden + 1,
			nilai: computeSkm(unitNow.map((r) => r.jawaban)).nilai
		});
		await context.close();
	}, 120_000);
});
