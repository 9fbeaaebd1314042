/**
 * `npm run bench`: scoring and report generation speed in Node and in headless Chromium, printed
 * as a table.
 * Chromium runs the same workload module, bundled with esbuild, in a blank page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { BUILD_DIR, ensureBuild, startApp } from './app.ts';
import { bundleForBrowser } from './bundle.ts';
import { runLaporanBench } from './laporan.ts';
import { benchSinkron, POUCH_DB, type HasilSinkron } from './sinkron.ts';
import { CouchClient, targetFromUrl } from '../../sync-server/http/couch-client.ts';
import { startServer } from '../../sync-server/server.ts';
import { freshCouchDb } from '../server/helpers/couchdb.ts';
import { benchSurvei } from './survei.ts';
import { runScoringBench, type BenchResult } from './workload.ts';

/** What a phone downloads and caches on the first visit: the whole built app. */
function printAppSize(dir: string) {
	if (!existsSync(dir)) {
		console.log('app size: no build/ yet (run npm run build)\n');
		return;
	}
	const files = (readdirSync(dir, { recursive: true }) as string[])
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
	const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
	const code = files.filter((f) => /\.(js|css|html)$/.test(f));
	const gz = code.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
	console.log(
		`app size: ${files.length} files, ${(raw / 1024).toFixed(0)} KiB on disk; ` +
			`JS+CSS+HTML ${(gz / 1024).toFixed(0)} KiB gzipped\n`
	);
}

function print(where: string, results: BenchResult[]) {
	for (const r of results) {
		console.log(`${where.padEnd(8)} ${r.ms.toFixed(1).padStart(8)} ms  ${r.name}  [${r.check}]`);
	}
}

console.log('Rapor benchmarks (scoring: median of 9 runs after a warm-up)\n');
ensureBuild();
printAppSize(fileURLToPath(new URL('../../build', import.meta.url)));
print('node', runScoringBench());

if (!existsSync(CHROMIUM_PATH)) {
	console.error(
		`\nChromium not found at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`
	);
	process.exit(1);
}
const bundle = await bundleForBrowser('./workload.ts', 'RaporBench');
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
await page.addScriptTag({ content: bundle });
const inBrowser = await page.evaluate(() =>
	(
		globalThis as unknown as { RaporBench: { runScoringBench: () => BenchResult[] } }
	).RaporBench.runScoringBench().map((r) => ({ name: r.name, ms: r.ms, check: r.check }))
);
print('chromium', inBrowser);

console.log('\nreports of the demo data (median of 5 runs after a warm-up):');
print('node', runLaporanBench());
await page.addScriptTag({ content: await bundleForBrowser('./laporan.ts', 'RaporLaporan') });
const laporan = await page.evaluate(() =>
	(
		globalThis as unknown as { RaporLaporan: { runLaporanBench: () => BenchResult[] } }
	).RaporLaporan.runLaporanBench()
);
print('chromium', laporan);
await page.close();

// Benchmarks of the built app, served by the real server on loopback.
const app = await startApp();
try {
	const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
	const appPage = await context.newPage();
	await appPage.goto(app.url);
	await appPage.locator('h1').first().waitFor();
	const survei = await benchSurvei(appPage);
	console.log(
		`\nsurvey with ${survei.tersimpanSebelum.toLocaleString('en')} responses stored ` +
			`(median of ${survei.ulangan} respondents):`
	);
	console.log(
		`chromium ${survei.simpanMs.toFixed(1).padStart(8)} ms  save a response ("Tersimpan" shown)`
	);
	console.log(
		`chromium ${survei.berikutnyaMs.toFixed(1).padStart(8)} ms  open the form for the next respondent`
	);
	await context.close();

	const sinkron = await benchSinkron(browser, app);
	const baris = (nama: string, h: HasilSinkron) =>
		console.log(
			`chromium ${nama.padEnd(8)} push ${h.terkirim} docs in ${h.pushDetik.toFixed(1)} s ` +
				`(${Math.round(h.terkirim / h.pushDetik)} docs/s); pull ${h.diterima} into a fresh ` +
				`device in ${h.pullDetik.toFixed(1)} s (${Math.round(h.diterima / h.pullDetik)} docs/s)`
		);
	console.log('\nsync of 10,000 SKM responses with the server on loopback:');
	baris('Rapor', sinkron.rapor);
	baris('PouchDB', sinkron.pouchdb);

	// The production shape: the same sync through the guard in front of Apache CouchDB.
	const couchdbUrl = process.env.COUCHDB_URL;
	if (!couchdbUrl) {
		console.log(
			'\nsync through the guard to Apache CouchDB: not run (set COUCHDB_URL, README "Apache CouchDB")'
		);
	} else {
		await freshCouchDb(couchdbUrl);
		await new CouchClient(targetFromUrl(couchdbUrl)).raw('DELETE', `/${POUCH_DB}`);
		const guarded = await startServer({
			port: 0,
			host: '127.0.0.1',
			appDir: BUILD_DIR,
			couchdbUrl
		});
		try {
			const viaCouch = await benchSinkron(browser, guarded);
			console.log(`\nthe same through the guard to Apache CouchDB at ${new URL(couchdbUrl).host}:`);
			baris('Rapor', viaCouch.rapor);
			baris('PouchDB', viaCouch.pouchdb);
		} finally {
			await guarded.close();
		}
	}
} finally {
	await browser.close();
	await app.close();
}
