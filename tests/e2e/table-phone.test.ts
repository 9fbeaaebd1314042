import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateDemo } from '$lib/demo/generate';
import { formatNumber, formatPercent } from '$lib/domain/format';
import { KOMPONEN_KEYS } from '$lib/domain/indeks';
import type { UnitRank } from '$lib/domain/ranking';
import { DEFAULT_SETTINGS } from '$lib/domain/schemas';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { messages } from '$lib/i18n/all';
import { buildSkmUnit } from '$lib/view/skm';
import { choosePeriode, launchBrowser, PHONE } from './browser';
import { expectedRanking, expectedSkm } from './expected';

const baseUrl = inject('baseUrl');
const PERIODE = '2026-TW3';
const id = messages.id;
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A figure as a reader sees it: its text, and whether all of it is on the phone's screen. */
interface Figure {
	text: string;
	onScreen: boolean;
}

/**
 * Reads the elements matching `selector` and tells, for each, whether it lies wholly inside the
 * viewport and inside every ancestor that clips (an `overflow` scroll box hides what sticks out).
 */
async function figures(page: Page, selector: string): Promise<Figure[]> {
	return page.$$eval(selector, (elements) =>
		elements.map((el) => {
			const box = el.getBoundingClientRect();
			const width = document.documentElement.clientWidth;
			let onScreen =
				box.width > 0 && box.height > 0 && box.left >= -0.5 && box.right <= width + 0.5;
			for (let a = el.parentElement; a; a = a.parentElement) {
				const style = getComputedStyle(a);
				if (style.overflowX === 'visible') continue;
				const clip = a.getBoundingClientRect();
				const left = clip.left + parseFloat(style.borderLeftWidth);
				const right = clip.right - parseFloat(style.borderRightWidth);
				if (box.left < left - 0.5 || box.right > right + 0.5) onScreen = false;
			}
			if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
				onScreen = false;
			}
			return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), onScreen };
		})
	);
}

async function expectNoSidewaysScroll(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(PHONE.width);
}

function moveSymbol(b: UnitRank): string {
	if (b.naik == null) return '•';
	if (b.naik > 0) return `▲ ${b.naik}`;
	if (b.naik < 0) return `▼ ${-b.naik}`;
	return '=';
}

/** Opens `path` on a phone with the triwulan chosen on Peringkat (the device remembers it). */
async function openPhone(path: string) {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	await page.goto(baseUrl);
	await choosePeriode(page, PERIODE);
	if (path !== '/') {
		await page.goto(`${baseUrl}${path}`);
		await page.waitForFunction(
			(periodeId) => document.querySelector('select')?.value === periodeId,
			PERIODE
		);
	}
	return { context, page };
}

describe('tables on a 360 px phone show their key figures without sideways scrolling', () => {
	it("Peringkat shows every OPD's rank, index, zona and movement on the screen", async () => {
		const expected = expectedRanking(PERIODE);
		const { context, page } = await openPhone('/');
		await expectNoSidewaysScroll(page);
		expect(expected.rows.length).toBeGreaterThanOrEqual(20);
		for (const row of expected.rows) {
			const tr = `[data-testid="ranking-table"] tr[data-unit="${row.unit.id}"]`;
			const [rank, name, value, gerak] = await figures(page, `${tr} > td`);
			expect(rank).toEqual({ text: String(row.baris.peringkat ?? '–'), onScreen: true });
			expect(name!.text).toContain(row.unit.nama);
			expect(value!.onScreen).toBe(true);
			expect(await figures(page, `${tr} .indeks`)).toEqual([
				{ text: formatNumber(row.hasil.indeks!, 2, 'id'), onScreen: true }
			]);
			const zona = await figures(page, `${tr} .zona .zona`);
			expect(zona).toEqual([{ text: id[`zona.${row.hasil.zona!}`], onScreen: true }]);
			expect(gerak!.onScreen).toBe(true);
			expect(gerak!.text).toContain(moveSymbol(row.baris));
			const delta = row.baris.selisihIndeks;
			if (delta != null) {
				expect(gerak!.text).toContain(`${delta > 0 ? '+' : ''}${formatNumber(delta, 2, 'id')}`);
			}
		}
		await context.close();
	});

	it('says the movement in words: "up 1 place", "up 5 places", "naik 1 peringkat"', async () => {
		const rows = expectedRanking(PERIODE).rows;
		const upOne = rows.find((r) => r.baris.naik === 1)!;
		const upMany = rows.find((r) => (r.baris.naik ?? 0) > 1)!;
		const downOne = rows.find((r) => r.baris.naik === -1)!;
		const downMany = rows.find((r) => (r.baris.naik ?? 0) < -1)!;
		const { context, page } = await openPhone('/');
		const words = (unitId: string) =>
			page.locator(`tr[data-unit="${unitId}"] > td:last-child .sr-only`).first().textContent();
		expect(await words(upOne.unit.id)).toBe('naik 1 peringkat');
		expect(await words(downMany.unit.id)).toBe(`turun ${-downMany.baris.naik!} peringkat`);

		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.locator('h1', { hasText: 'ranking' }).waitFor();
		expect(await words(upOne.unit.id)).toBe('up 1 place');
		expect(await words(upMany.unit.id)).toBe(`up ${upMany.baris.naik!} places`);
		expect(await words(downOne.unit.id)).toBe('down 1 place');
		expect(await words(downMany.unit.id)).toBe(`down ${-downMany.baris.naik!} places`);
		await context.close();
	});

	it("an OPD's detail shows each component's bobot and kontribusi, the index total, and each indicator's capaian and category", async () => {
		const expected = expectedRanking(PERIODE);
		// Dinkes (all indicators scored), Disdikbud (one without a target), Kecamatan Karangsari (low).
		for (const unitId of ['demo-dinkes', 'demo-disdikbud', 'demo-kec-karangsari']) {
			const row = expected.rows.find((r) => r.unit.id === unitId)!;
			const { context, page } = await openPhone(`/opd/${unitId}`);
			await page.locator('[data-testid="komponen-table"]').waitFor();
			await expectNoSidewaysScroll(page);

			for (const key of KOMPONEN_KEYS) {
				const k = row.hasil.komponen[key];
				const cells = await figures(page, `tr[data-komponen="${key}"] > td`);
				expect(cells.map((c) => c.onScreen)).toEqual([true, true, true, true]);
				const [value, dipakai, bobot, kontribusi] = cells.map((c) => c.text);
				expect(value).toContain(formatPercent(k.nilai!, 2, 'id'));
				expect(dipakai).toContain(formatPercent(k.dipakai!, 2, 'id'));
				expect(bobot).toContain(`${formatNumber(k.bobot, 0, 'id')}%`);
				expect(kontribusi).toContain(formatNumber(k.kontribusi!, 2, 'id'));
			}
			const [total] = await figures(page, '[data-testid="komponen-table"] tfoot td');
			expect(total!.onScreen).toBe(true);
			expect(total!.text).toContain(formatNumber(row.hasil.indeks!, 2, 'id'));

			const indikator = await page.$$('[data-testid="indikator-table"] tbody tr');
			expect(indikator.length).toBe(row.hasil.indikator.length);
			for (const [i, b] of row.hasil.indikator.entries()) {
				const tr = `[data-testid="indikator-table"] tbody tr:nth-child(${i + 1})`;
				const [name, target, realisasi, capaian] = await figures(page, `${tr} > td`);
				expect(name!.text).toContain(b.indikator.nama);
				expect([target, realisasi, capaian].map((c) => c!.onScreen)).toEqual([true, true, true]);
				expect(target!.text).toContain(formatNumber(b.target!, 2, 'id'));
				expect(realisasi!.text).toContain(formatNumber(b.realisasi!, 2, 'id'));
				if (b.hasil.status === 'ok') {
					expect(capaian!.text).toContain(formatPercent(b.hasil.nilai, 2, 'id'));
					expect(capaian!.text).toContain(id[`kategori.${b.kategori!}`]);
				} else {
					expect(capaian!.text).toContain(id[`capaian.${b.hasil.status}`]);
				}
			}
			await context.close();
		}
	}, 240_000);

	it("shows Dinkes's budget contribution as worked out by hand", async () => {
		// Realisasi anggaran TW III 2026: Rp117.657.453.736 of a pagu of Rp164.200.000.000
		// = 71,65 %, times the 20 % bobot = 14,33 points of the index.
		const demo = generateDemo();
		const raw = demo.realisasi.find((r) => r.unitId === 'demo-dinkes' && r.periodeId === PERIODE)!;
		expect((raw.realisasiAnggaran! / raw.pagu!) * 100 * 0.2).toBeCloseTo(14.33, 2);
		const { context, page } = await openPhone('/opd/demo-dinkes');
		await page.locator('[data-testid="komponen-table"]').waitFor();
		const [, , bobot, kontribusi] = await figures(page, 'tr[data-komponen="anggaran"] > td');
		expect(bobot).toEqual({ text: expect.stringContaining('20%'), onScreen: true });
		expect(kontribusi).toEqual({ text: expect.stringContaining('14,33'), onScreen: true });
		await context.close();
	});

	it('keeps every label of the trend chart inside the chart', async () => {
		const { context, page } = await openPhone('/opd/demo-dinkes');
		await page.locator('svg.trend text').first().waitFor();
		const labels = await page.$$eval('svg.trend text', (texts) => {
			const svg = texts[0]!.closest('svg')!.getBoundingClientRect();
			return texts.map((t) => {
				const box = t.getBoundingClientRect();
				return {
					text: t.textContent,
					inside: box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5
				};
			});
		});
		expect(labels.length).toBeGreaterThanOrEqual(4);
		expect(labels.filter((l) => !l.inside)).toEqual([]);
		await context.close();
	});

	it("SKM shows each unit's respondents, IKM and mutu on the screen", async () => {
		const expected = expectedSkm(PERIODE);
		const { context, page } = await openPhone('/skm');
		await page.locator(`[data-testid="skm-table"][data-periode="${PERIODE}"]`).waitFor();
		await expectNoSidewaysScroll(page);
		for (const u of expected.units) {
			const tr = `[data-testid="skm-table"] tr[data-unit="${u.unit.id}"]`;
			const [, responden] = await figures(page, `${tr} > td`);
			expect(responden).toEqual({
				text: expect.stringContaining(formatNumber(u.hasil.responden, 0, 'id')),
				onScreen: true
			});
			expect(await figures(page, `${tr} .ikm`)).toEqual([
				{ text: u.hasil.nilai == null ? '–' : formatNumber(u.hasil.nilai, 2, 'id'), onScreen: true }
			]);
			expect(await figures(page, `${tr} .mutu`)).toEqual([
				{ text: u.hasil.mutu ?? '–', onScreen: true }
			]);
		}
		await context.close();
	});

	it("a unit's SKM shows each unsur's NRR and mutu and the respondent profile on the screen", async () => {
		const demo = generateDemo();
		const unit = demo.units.find((u) => u.id === 'demo-dinkes')!;
		const responses = demo.responses.filter((r) => r.unitId === unit.id && r.periodeId === PERIODE);
		const populasi = demo.populasi.find((p) => p.unitId === unit.id && p.periodeId === PERIODE);
		const expected = buildSkmUnit(unit, responses, populasi?.jumlah, DEFAULT_SETTINGS);
		expect(expected.hasil.responden).toBeGreaterThan(0);

		const { context, page } = await openPhone(`/skm/${unit.id}`);
		await page.locator('[data-testid="nrr-table"]').waitFor();
		await expectNoSidewaysScroll(page);
		for (const key of UNSUR_KEYS) {
			const [nrr, , mutu] = await figures(page, `tr[data-unsur="${key}"] > td`);
			expect(nrr).toEqual({
				text: formatNumber(expected.hasil.nrr[key]!, 3, 'id'),
				onScreen: true
			});
			expect(mutu).toEqual({ text: expected.hasil.mutuUnsur[key] ?? '–', onScreen: true });
		}
		for (const [group, counts] of Object.entries(expected.profil)) {
			const shown = await figures(page, `table[data-profil="${group}"] tbody td`);
			const values = Object.values(counts as Record<string, number>);
			expect(shown.length).toBe(values.length * 2);
			expect(shown.every((c) => c.onScreen)).toBe(true);
			expect(shown.filter((_, i) => i % 2 === 0).map((c) => c.text)).toEqual(
				values.map((n) => formatNumber(n, 0, 'id'))
			);
		}
		await context.close();
	});
});
