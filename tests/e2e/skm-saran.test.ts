import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { formatNumber, formatDate } from '$lib/domain/format';
import { DEFAULT_SETTINGS } from '$lib/domain/schemas';
import { messages } from '$lib/i18n/all';
import { buildSkmUnit } from '$lib/view/skm';
import { choosePeriode, launchBrowser, PHONE } from './browser';

const baseUrl = inject('baseUrl');
const PERIODE = '2026-TW3';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe("a unit's SKM screen", () => {
	it('lists the newest saran (at most 30) and counts them all, as read from every response', async () => {
		const demo = generateDemo();
		const perUnit = demo.units
			.filter((u) => u.layananSkm)
			.map((unit) => {
				const responses = demo.responses.filter(
					(r) => r.unitId === unit.id && r.periodeId === PERIODE
				);
				return buildSkmUnit(unit, responses, undefined, DEFAULT_SETTINGS);
			})
			.sort((a, b) => b.saran.length - a.saran.length);
		const expected = perUnit[0]!;
		expect(expected.saran.length).toBeGreaterThan(1);

		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await choosePeriode(page, PERIODE);
		await page.goto(`${baseUrl}/skm/${expected.unit.id}`);
		const title = `${messages.id['skm.saran']} (${formatNumber(expected.saran.length, 0, 'id')})`;
		await page.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });

		const shown = await page.locator('ul.saran li').allTextContents();
		const terbaru = expected.saran
			.slice(0, 30)
			.map((s) => `${formatDate(s.waktu, 'id')} ${s.teks}`);
		expect(shown.map((s) => s.replace(/\s+/g, ' ').trim()).sort()).toEqual(terbaru.sort());
		await context.close();
	}, 90_000);
});
