import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForServiceWorker } from './browser';
import { needsTool, chromiumTrusts, startCaddy, type RunningCaddy } from './caddy';
import { readResponses, answer, assertUser } from './survey-steps';

const UNIT = 'demo-dpmptsp';
const UNIT_NAME = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu';

let caddy: RunningCaddy;
beforeAll(async () => {
	needsTool();
	caddy = await startCaddy(inject('baseUrl'));
});
afterAll(async () => {
	await caddy?.stop();
});

describe('a phone opening the app through Caddy with an office certificate authority', () => {
	it('installs the service worker, and with Caddy gone and the network off still saves a survey', async () => {
		const chromium = await chromiumTrusts(caddy.rootCert, caddy.hostRule);
		try {
			const context = await chromium.launch();
			const page = context.pages()[0] ?? (await context.newPage());
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(caddy.url);
			await page.locator('[data-testid="ranking-table"]').waitFor({ timeout: 30_000 });
			expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
			expect(await page.getByTestId('https-notice').count()).toBe(0);
			await waitForServiceWorker(page);

			// Nothing answers any more: the proxy is stopped and the phone is offline.
			await caddy.stop();
			await context.setOffline(true);
			await assertUser(page, caddy.url, {
				nama: 'Sari Enumerator',
				peran: 'enumerator',
				unit: UNIT_NAME
			});
			await page.goto(`${caddy.url}/survei`);
			await page.locator('select[name="unit"]').selectOption(UNIT);
			await page
				.locator('select[name="jenis-layanan"]')
				.selectOption({ label: 'Lainnya (tulis sendiri)…' });
			await page.locator('input[name="jenis-lainnya"]').fill('Perizinan berusaha');
			await page.getByRole('button', { name: 'Mulai survei' }).click();
			await page.getByRole('button', { name: 'Laki-laki' }).click();
			await page.getByRole('button', { name: 'Lanjut →' }).click();
			for (const score of [3, 4, 4, 3, 4, 2, 4, 3, 4]) await answer(page, score);
			await page.locator('textarea[name="saran"]').fill('Lewat Caddy, luring');
			await page.getByRole('button', { name: 'Lanjut →' }).click();
			await page.getByTestId('ringkasan').waitFor();
			await page.getByRole('button', { name: 'Simpan', exact: true }).click();
			await page.getByTestId('tersimpan').filter({ hasText: 'Tersimpan' }).waitFor();

			const saved = (await readResponses(page)).filter((r) => r.saran === 'Lewat Caddy, luring');
			expect(saved).toHaveLength(1);
			expect(saved[0]).toMatchObject({
				unitId: UNIT,
				enumerator: 'Sari Enumerator',
				jawaban: { u1: 3, u2: 4, u3: 4, u4: 3, u5: 4, u6: 2, u7: 4, u8: 3, u9: 4 }
			});
			expect(errors).toEqual([]);
			await context.close();
		} finally {
			await chromium.remove();
		}
	});
});
