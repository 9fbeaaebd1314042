/** Steps the survey browser tests share: declaring the device user, answering, reading storage. */
import type { Page } from 'playwright-core';
import { formatNumber } from '$lib/domain/format';
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { choosePeriode } from './browser';

/** Declares the device user through the Settings form, as a person would. */
export async function assertUser(
	page: Page,
	baseUrl: string,
	pengguna: { nama: string; peran: 'enumerator' | 'admin'; unit?: string }
): Promise<void> {
	await page.goto(`${baseUrl}/pengaturan`);
	await page.locator('input[name="nama"]').fill(pengguna.nama);
	await page.locator('select[name="peran"]').selectOption(pengguna.peran);
	if (pengguna.unit) await page.getByLabel(pengguna.unit, { exact: true }).check();
	await page.getByRole('button', { name: 'Simpan' }).first().click();
	await page.getByRole('status').filter({ hasText: 'Tersimpan' }).first().waitFor();
}

/**
 * Every document of one object store of the app's database (the demo's, or `rapor@<account>`),
 * read with the raw IndexedDB API.
 */
export function readStore<T>(page: Page, store: string, database = 'rapor'): Promise<T[]> {
	return page.evaluate(
		({ name, database }) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open(database);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						resolve(request.result as T[]);
						db.close();
					};
					request.onerror = () => reject(request.error);
				};
			}),
		{ name: store, database }
	);
}

export const readResponses = (page: Page) => readStore<SkmResponse>(page, 'responses');
export const readKoreksi = (page: Page) => readStore<SkmKoreksi>(page, 'koreksi');

/** The question step on screen: "Pertanyaan n dari 9", or another step's label. */
export async function stepLabel(page: Page): Promise<string> {
	return ((await page.getByTestId('kemajuan').textContent()) ?? '').trim();
}

/** Taps answer `skor` (1–4) of the question on screen and waits for the next step. */
export async function answer(page: Page, score: number): Promise<void> {
	const before = await page.locator('.langkah').getAttribute('data-langkah');
	await page.locator(`.langkah button[data-skor="${score}"]`).click();
	await page.waitForFunction(
		(b) => document.querySelector('.langkah')?.getAttribute('data-langkah') !== b,
		before
	);
}

/** Waits until the half-filled form is written to the drafts table. */
export async function waitForDraft(page: Page): Promise<void> {
	await page.locator('[data-draft="tersimpan"]').waitFor();
}

/** The SKM unit screen's respondent count and IKM value for a triwulan. */
export async function unitSkmFigure(
	page: Page,
	baseUrl: string,
	unitId: string,
	periodeId: string
): Promise<{ responden: number; nilai: string }> {
	await page.goto(`${baseUrl}/skm`);
	await choosePeriode(page, periodeId);
	await page.goto(`${baseUrl}/skm/${unitId}`);
	await page.getByTestId('skm-nilai').waitFor();
	const brief = (await page.getByTestId('skm-summary').textContent()) ?? '';
	const match = /([\d.]+) responden/.exec(brief);
	return {
		responden: Number((match?.[1] ?? 'NaN').replace(/\./g, '')),
		nilai: ((await page.getByTestId('skm-nilai').textContent()) ?? '').trim()
	};
}

/** Waits until the SKM unit screen shows exactly these figures (it updates live). */
export async function waitForSkmUnit(
	page: Page,
	expected: { responden: number; nilai: number | null }
): Promise<void> {
	const value = expected.nilai === null ? '–' : formatNumber(expected.nilai, 2, 'id');
	const responden = `${formatNumber(expected.responden, 0, 'id')} responden`;
	await page.waitForFunction(
		({ nilai, responden }) =>
			document.querySelector('[data-testid="skm-nilai"]')?.textContent?.trim() === nilai &&
			(document.querySelector('[data-testid="skm-summary"]')?.textContent ?? '').includes(
				responden
			),
		{ nilai: value, responden },
		{ timeout: 15_000 }
	);
}

/** Opens /survei and starts a survey of `unitId` (switching from the current unit if needed). */
export async function startSurvey(page: Page, baseUrl: string, unitId: string): Promise<void> {
	await page.goto(`${baseUrl}/survei`);
	const choose = page.locator('select[name="unit"]');
	const ganti = page.getByRole('button', { name: 'Ganti', exact: true });
	await choose.or(ganti).first().waitFor();
	if (await ganti.isVisible()) await ganti.click();
	await choose.selectOption(unitId);
	await page.getByRole('button', { name: 'Mulai survei' }).click();
	await page.getByTestId('unit-survei').waitFor();
}

/** A whole response as an enumerator gives it: profile skipped, every unsur answered `skor`, saved. */
export async function saveOneResponse(
	page: Page,
	baseUrl: string,
	unitId = 'demo-pkm-wiradesa',
	score = 3
): Promise<void> {
	await startSurvey(page, baseUrl, unitId);
	await page.getByRole('heading', { name: 'Profil responden', level: 2 }).waitFor();
	await page.getByRole('button', { name: 'Lanjut →' }).click();
	for (let q = 0; q < 9; q++) await answer(page, score);
	await page.getByRole('button', { name: 'Lanjut →' }).click();
	await page.getByTestId('ringkasan').waitFor();
	await page.getByRole('button', { name: 'Simpan', exact: true }).click();
	await page.getByTestId('tersimpan').filter({ hasText: 'Tersimpan' }).waitFor();
}
