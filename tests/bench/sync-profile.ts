/**
 * Where a Rapor sync's time goes: `npx tsx tests/bench/sync-profile.ts` (env SINKRON_N).
 * Runs `raporTerukur` in Chromium against the embedded server and prints the push and pull time
 * beside the summed wait for each kind of server call (the rest is the device's own work, or
 * overlaps with it where the engine pipelines).
 */
import { chromium } from 'playwright-core';
import { designDoc } from '../../sync-server/design/index.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { startApp } from './app.ts';
import { bundleForBrowser } from './bundle.ts';

const n = Number(process.env.SINKRON_N ?? 10_000);
const runs = Number(process.env.SINKRON_ULANGAN ?? 1);
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const server = await startApp();
try {
	const admin = new CouchClient({ url: server.couchUrl, credentials: server.admin });
	const script = await bundleForBrowser('./sync-browser.ts', 'RaporSinkronBench');
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${server.url}/health`);
	await page.addScriptTag({ content: script });
	const auth = { username: server.admin.name, password: server.admin.password };
	for (let k = 0; k < runs * 2; k++) {
		const dokumenDiFeed = k % 2 === 0;
		const db = `profil-${Date.now().toString(36)}-${k}`;
		await admin.raw('PUT', `/${db}`);
		await admin.raw('PUT', `/${db}/_design/rapor`, designDoc('skm'));
		const waktu = await page.evaluate(
			({ url, db, auth, n, tag, dokumenDiFeed }) =>
				(
					globalThis as unknown as {
						RaporSinkronBench: {
							raporTerukur(...a: unknown[]): Promise<Record<string, number>>;
						};
					}
				).RaporSinkronBench.raporTerukur(url, db, auth, n, tag, dokumenDiFeed),
			{ url: server.couchUrl, db, auth, n, tag: `profil${k}`, dokumenDiFeed }
		);
		console.log(
			dokumenDiFeed ? 'documents from the feed:   ' : 'documents by _bulk_get (old):',
			Object.entries(waktu)
				.map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
				.join(', ')
		);
	}
	await context.close();
} finally {
	await server.close();
	await browser.close();
}
