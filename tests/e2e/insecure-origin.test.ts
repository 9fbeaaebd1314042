import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ARGS, CHROMIUM_PATH, PHONE } from './browser';
import { readResponses, readStore, answer, assertUser } from './survey-steps';

/**
 * A phone on the office Wi-Fi opening http://<laptop-ip>:8080. `localhost` counts as a secure
 * context, so the test gives the server a LAN-like name: rapor.test, resolved to loopback.
 */
const port = new URL(inject('baseUrl')).port;
const lanUrl = `http://rapor.test:${port}`;
const UNIT = 'demo-dpmptsp';
const UNIT_NAME = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu';
const PIN = '2468';

let browser: Browser;
beforeAll(async () => {
	browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...ARGS, '--host-resolver-rules=MAP rapor.test 127.0.0.1']
	});
});
afterAll(async () => {
	await browser?.close();
});

/** A phone page that records every uncaught script error. */
async function openPhone(): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Jakarta' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return { page, errors };
}

describe('a phone opening the app over plain http on the LAN', () => {
	it('is told in the header that offline use needs HTTPS and how to get it', async () => {
		const { page, errors } = await openPhone();
		await page.goto(lanUrl);
		await page.locator('[data-testid="ranking-table"]').waitFor({ timeout: 30_000 });
		expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
		const notice = page.getByRole('note').filter({ hasText: 'tanpa HTTPS' });
		await notice.waitFor();
		expect(await notice.textContent()).toContain('minta admin membuka lewat alamat https://');
		// On a 360 px phone it neither widens the page nor covers the bottom navigation.
		const tata = await page.evaluate(() => ({
			lebar: document.documentElement.scrollWidth,
			navBawah: document.querySelector('nav')!.getBoundingClientRect().bottom
		}));
		expect(tata).toEqual({ lebar: PHONE.width, navBawah: PHONE.height });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('lets an enumerator fill and save a survey', async () => {
		const { page, errors } = await openPhone();
		await assertUser(page, lanUrl, {
			nama: 'Sari Enumerator',
			peran: 'enumerator',
			unit: UNIT_NAME
		});
		await page.goto(`${lanUrl}/survei`);
		await page.locator('select[name="unit"]').selectOption(UNIT);
		await page
			.locator('select[name="jenis-layanan"]')
			.selectOption({ label: 'Lainnya (tulis sendiri)…' });
		await page.locator('input[name="jenis-lainnya"]').fill('Perizinan berusaha');
		await page.getByRole('button', { name: 'Mulai survei' }).click();
		await page.getByRole('button', { name: 'Perempuan' }).click();
		await page.getByRole('button', { name: 'Lanjut →' }).click();
		for (const score of [4, 3, 4, 4, 2, 3, 4, 4, 3]) await answer(page, score);
		await page.locator('textarea[name="saran"]').fill('Lewat http di kantor');
		await page.getByRole('button', { name: 'Lanjut →' }).click();
		await page.getByTestId('ringkasan').waitFor();
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByTestId('tersimpan').filter({ hasText: 'Tersimpan' }).waitFor();

		const saved = (await readResponses(page)).filter((r) => r.saran === 'Lewat http di kantor');
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({
			unitId: UNIT,
			sumber: 'enumerator',
			enumerator: 'Sari Enumerator',
			jawaban: { u1: 4, u2: 3, u3: 4, u4: 4, u5: 2, u6: 3, u7: 4, u8: 4, u9: 3 }
		});
		expect(saved[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('sets the kiosk staff PIN and checks it to leave the kiosk', async () => {
		const { page, errors } = await openPhone();
		await page.goto(`${lanUrl}/kiosk?unit=${UNIT}`);
		await page.locator('input[name="pin-baru"]').fill(PIN);
		await page.locator('input[name="pin-ulang"]').fill(PIN);
		await page.getByRole('button', { name: 'Kunci dan mulai kiosk' }).click();
		await page.locator('[data-testid="kiosk"][data-fase="sambutan"]').waitFor();
		const stored = (await readStore<{ key: string; value: unknown }>(page, 'meta')).find(
			(m) => m.key === 'kiosk-pin'
		);
		expect(stored?.value).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

		const masukkanPin = async (pin: string) => {
			await page.getByTestId('kiosk').getByRole('button', { name: 'Keluar (staf)' }).click();
			const pad = page.getByRole('dialog', { name: 'Masukkan PIN staf' });
			for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
			await pad.getByRole('button', { name: 'Buka' }).click();
		};
		await masukkanPin('1357');
		await page.getByRole('alert').filter({ hasText: 'PIN salah' }).waitFor();
		expect(await page.getByTestId('kiosk').count()).toBe(1);
		await page.reload();
		await page.locator('[data-testid="kiosk"][data-fase="sambutan"]').waitFor();
		await masukkanPin(PIN);
		await page.waitForURL((url) => url.pathname === '/survei/kiosk');
		expect(await page.getByTestId('kiosk').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
