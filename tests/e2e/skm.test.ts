import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { formatNumber } from '$lib/domain/format';
import { effectiveResponse } from '$lib/domain/koreksi';
import { DEFAULT_SETTINGS } from '$lib/domain/schemas';
import { buildSkm } from '$lib/view/skm';
import { choosePeriode, launchBrowser, PHONE } from './browser';
import { expectedSkm } from './expected';
import { readKoreksi, readResponses, assertUser, saveOneResponse } from './survey-steps';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the SKM screens', () => {
	it('show each unit the IKM and grade the scoring core computes', async () => {
		const expected = expectedSkm('2026-TW2');
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/skm`);
		await choosePeriode(page, '2026-TW2');
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-testid="skm-table"] tbody tr').length === n,
			expected.units.length
		);
		const shown = await page.$$eval('[data-testid="skm-table"] tbody tr', (rows) =>
			rows.map((row) => ({
				unitId: row.getAttribute('data-unit'),
				nilai: row.querySelector('.ikm')?.textContent?.trim(),
				mutu: row.querySelector('.mutu')?.textContent?.trim()
			}))
		);
		expect(shown).toEqual(
			expected.units.map((u) => ({
				unitId: u.unit.id,
				nilai: u.hasil.nilai == null ? '–' : formatNumber(u.hasil.nilai, 2, 'id'),
				mutu: u.hasil.mutu ?? '–'
			}))
		);
		const grades = new Set(expected.units.map((u) => u.hasil.mutu));
		expect(grades.size).toBeGreaterThanOrEqual(2);
		expect(await page.locator('[data-testid="skm-pemda"] .big').textContent()).toBe(
			formatNumber(expected.pemda.nilai!, 2, 'id')
		);

		const lowest = expected.units.at(-1)!;
		await page.locator(`tr[data-unit="${lowest.unit.id}"] a`).click();
		await page.locator('[data-testid="skm-nilai"]').waitFor();
		expect(await page.locator('[data-testid="skm-nilai"]').textContent()).toBe(
			formatNumber(lowest.hasil.nilai!, 2, 'id')
		);
		expect(await page.locator('[data-testid="nrr-table"] tbody tr').count()).toBe(9);
		expect(await page.locator('[data-testid="unsur-terendah"] li').count()).toBe(
			lowest.hasil.unsurTerendah.length
		);
		await context.close();
	});

	it('follow a saved and a voided response: /skm shows what a recount of the stored data gives', async () => {
		const UNIT = 'demo-dpmptsp';
		const PERIODE = '2026-TW4';
		const ENUMERATOR = 'Rekap Enumerator';
		const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
		// A Monday in TW IV 2026, a demo period: the test does not depend on today's date.
		await context.clock.setFixedTime(new Date('2026-11-23T09:00:00+07:00'));
		const page = await context.newPage();
		await page.goto(baseUrl);
		await page.locator('[data-testid="ranking-table"]').waitFor({ timeout: 60_000 });
		await assertUser(page, baseUrl, {
			nama: ENUMERATOR,
			peran: 'enumerator',
			unit: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'
		});
		await saveOneResponse(page, baseUrl, UNIT, 1);
		await saveOneResponse(page, baseUrl, UNIT, 4);

		// Void the all-4 response from the enumerator's list of the day.
		const mine = (await readResponses(page)).filter((r) => r.enumerator === ENUMERATOR);
		expect(mine).toHaveLength(2);
		const four = mine.find((r) => r.jawaban.u1 === 4)!;
		await page.goto(`${baseUrl}/survei`);
		const item = page.locator(`[data-respons="${four.id}"]`);
		await item.getByRole('button', { name: 'Tandai batal', exact: true }).click();
		await item.locator('input[name="alasan"]').fill('Responden ganda');
		await item.getByRole('button', { name: 'Tandai respons ini batal' }).click();
		await item.getByText('Dibatalkan: Responden ganda').waitFor();

		// The recount: every stored response of the period, corrections and voids applied.
		const demo = generateDemo();
		const efektif = effectiveResponse(
			(await readResponses(page)).filter((r) => r.periodeId === PERIODE),
			await readKoreksi(page)
		);
		const expected = buildSkm({
			periodeId: PERIODE,
			units: demo.units,
			responses: efektif,
			populasi: demo.populasi.filter((p) => p.periodeId === PERIODE),
			pengaturan: DEFAULT_SETTINGS
		});
		const demoSaja = expectedSkm(PERIODE);
		const unitKini = expected.units.find((u) => u.unit.id === UNIT)!;
		const unitDemo = demoSaja.units.find((u) => u.unit.id === UNIT)!;
		expect(unitKini.hasil.responden).toBe(unitDemo.hasil.responden + 1);
		expect(unitKini.hasil.nilai).not.toBe(unitDemo.hasil.nilai);

		await page.goto(`${baseUrl}/skm`);
		await choosePeriode(page, PERIODE);
		const value = (n: number | null) => (n == null ? '–' : formatNumber(n, 2, 'id'));
		await page.waitForFunction(
			({ unit, ikm }) =>
				document.querySelector(`tr[data-unit="${unit}"] .ikm`)?.textContent?.trim() === ikm,
			{ unit: UNIT, ikm: value(unitKini.hasil.nilai) },
			{ timeout: 15_000 }
		);
		const shown = await page.$$eval('[data-testid="skm-table"] tbody tr', (rows) =>
			rows.map((row) => ({
				unitId: row.getAttribute('data-unit'),
				nilai: row.querySelector('.ikm')?.textContent?.trim()
			}))
		);
		expect(shown).toEqual(
			expected.units.map((u) => ({ unitId: u.unit.id, nilai: value(u.hasil.nilai) }))
		);
		expect(await page.locator('[data-testid="skm-pemda"] .big').textContent()).toBe(
			value(expected.pemda.nilai)
		);
		await context.close();
	}, 300_000);
});
