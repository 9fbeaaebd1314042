import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../sync-server/server.ts';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { buildDir } from '../../svelte.config.js';

describe('an app update', () => {
	it('waits for the user: "Versi baru tersedia — muat ulang", then reloads into the new version', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'rapor-update-'));
		await cp(resolve(import.meta.dirname, '../..', buildDir), dir, { recursive: true });
		let server = await startServer({ port: 0, host: '127.0.0.1', appDir: dir });
		const browser = await launchBrowser();
		try {
			const context = await browser.newContext({ viewport: PHONE });
			const page = await context.newPage();
			await page.goto(server.url);
			await page.locator('[data-testid="ranking-table"]').waitFor();
			await waitForServiceWorker(page);
			await page.locator('input, select').first().waitFor();

			// A new deployment: a build with another service worker script (and its precompressed
			// copies), then the server restarts on the same address.
			await server.close();
			const swPath = join(dir, 'service-worker.js');
			const sw = Buffer.from(`${await readFile(swPath, 'utf8')}\n// deploy 2\n`);
			await writeFile(swPath, sw);
			await writeFile(`${swPath}.br`, brotliCompressSync(sw));
			await writeFile(`${swPath}.gz`, gzipSync(sw));
			const port = Number(new URL(server.url).port);
			server = await startServer({ port, host: '127.0.0.1', appDir: dir });
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

			const banner = page.getByRole('status').filter({ hasText: 'Versi baru tersedia' });
			await banner.waitFor();
			// Nothing reloads by itself while the banner waits.
			const marker = await page.evaluate(() => ((window as { marker?: number }).marker = 42));
			await page.waitForTimeout(1000);
			expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(marker);

			await Promise.all([
				page.waitForEvent('load'),
				banner.getByRole('button', { name: 'Muat ulang' }).click()
			]);
			await page.locator('[data-testid="ranking-table"]').waitFor();
			expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBeUndefined();
			expect(await banner.count()).toBe(0);
			await context.close();
		} finally {
			await browser.close();
			await server.close();
			await rm(dir, { recursive: true, force: true });
		}
	});
});
