/**
 * `npm run bench`: every speed figure of Rapor with its goal beside it, printed as tables.
 * Sections run in order; `RAPOR_BENCH=skala,survei` runs only the named ones. A section is an
 * async function of the shared browser and app server: add one by adding it to BAGIAN.
 * Chromium runs the workload modules bundled with esbuild, or drives the built app served by the
 * real sync server on loopback.
 */
import './vite-import.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { ARGS, CHROMIUM_PATH, PHONE } from '../e2e/browser.ts';
import { BUILD_DIR, ensureBuild, startApp } from './app.ts';
import { bundleForBrowser } from './bundle.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchMuatAwal } from './first-load.ts';
import { benchSinkronLengkap, benchSinkronLewatGuard } from './sync.ts';
import { benchTugasPanjang, cetakTugasPanjang } from './long-tasks.ts';
import { benchSkala, cetakSkala } from './scale.ts';
import type { RunningServer } from '../../sync-server/server.ts';
import { benchSurvei } from './survey.ts';
import { runScoringBench, type BenchResult } from './workload.ts';

interface BenchKonteks {
	browser: Browser;
	/** The built app on the real server, with a throwaway data directory. */
	app: RunningServer;
}

type Bagian = (k: BenchKonteks) => Promise<void>;

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
		const goal = r.goal ? `  goal ${r.goal}` : '';
		console.log(
			`${where.padEnd(8)} ${r.ms.toFixed(1).padStart(8)} ms  ${r.name}  [${r.check}]${goal}`
		);
	}
}

/** Scoring (median of 9 runs after a warm-up), in Node and in a blank Chromium page. */
const skor: Bagian = async ({ browser }) => {
	console.log('scoring (median of 9 runs after a warm-up):');
	print('node', runScoringBench());
	const page = await browser.newPage();
	try {
		await page.addScriptTag({ content: await bundleForBrowser('./workload.ts', 'RaporBench') });
		const inBrowser = await page.evaluate(() =>
			(
				globalThis as unknown as { RaporBench: { runScoringBench: () => BenchResult[] } }
			).RaporBench.runScoringBench().map((r) => ({
				name: r.name,
				ms: r.ms,
				check: r.check,
				goal: r.goal
			}))
		);
		print('chromium', inBrowser);
	} finally {
		await page.close();
	}
};

const laporan: Bagian = async ({ browser }) => {
	// Loaded after impor-vite.ts: the report code imports its font with Vite's `?url`.
	const { runLaporanBench } = await import('./report.ts');
	console.log('\nreports of the demo data (median of 5 runs after a warm-up):');
	print('node', runLaporanBench());
	const page = await browser.newPage();
	try {
		await page.addScriptTag({ content: await bundleForBrowser('./report.ts', 'RaporLaporan') });
		const inBrowser = await page.evaluate(() =>
			(
				globalThis as unknown as { RaporLaporan: { runLaporanBench: () => BenchResult[] } }
			).RaporLaporan.runLaporanBench()
		);
		print('chromium', inBrowser);
	} finally {
		await page.close();
	}
};

const survei: Bagian = async ({ browser, app }) => {
	const context = await browser.newContext({ viewport: PHONE });
	try {
		const appPage = await context.newPage();
		await appPage.goto(app.url);
		await appPage.locator('h1').first().waitFor();
		const hasil = await benchSurvei(appPage);
		console.log(
			`\nsurvey with ${hasil.tersimpanSebelum.toLocaleString('en')} responses stored ` +
				`(median of ${hasil.ulangan} respondents):`
		);
		console.log(
			`chromium ${hasil.simpanMs.toFixed(1).padStart(8)} ms  save a response ("Tersimpan" shown)`
		);
		console.log(
			`chromium ${hasil.berikutnyaMs.toFixed(1).padStart(8)} ms  open the form for the next respondent`
		);
	} finally {
		await context.close();
	}
};

/** What the first page downloads, and Lighthouse's mobile audit of the first and a repeat visit. */
const muatAwal: Bagian = async ({ app }) => {
	await benchMuatAwal(app.url);
};

const lighthouse: Bagian = async ({ app }) => {
	await benchLighthouse(app.url);
};

/** The longest main-thread task under 4× CPU throttling: first visit, each screen, saving, sync. */
const tugas: Bagian = async ({ browser, app }) => {
	cetakTugasPanjang(await benchTugasPanjang(browser, app.url));
};

/** Sync of 10,000 responses against plain PouchDB and raw `_bulk_docs`; a reviewer's 100k pull. */
const sinkron: Bagian = async ({ browser, app }) => {
	console.log('\nsync with the embedded server on loopback:');
	await benchSinkronLengkap(browser, app);
};

/** The production shape: the same sync through the guard in front of Apache CouchDB. */
const sinkronCouchdb: Bagian = async ({ browser }) => {
	const couchdbUrl = process.env.COUCHDB_URL;
	if (!couchdbUrl) {
		console.log(
			'\nsync through the guard to Apache CouchDB: not run (set COUCHDB_URL, README "Apache CouchDB")'
		);
		return;
	}
	await benchSinkronLewatGuard(browser, couchdbUrl);
};

/** Each screen's open time and heap with 3k, 10k, 100k and 1M responses on the device. */
const skala: Bagian = async ({ browser, app }) => {
	cetakSkala(await benchSkala(browser, app.url, { log: (line) => console.log(line) }));
};

const BAGIAN: ReadonlyArray<readonly [string, Bagian]> = [
	['muat-awal', muatAwal],
	['lighthouse', lighthouse],
	['skor', skor],
	['laporan', laporan],
	['survei', survei],
	['tugas', tugas],
	['sinkron', sinkron],
	['sinkron-couchdb', sinkronCouchdb],
	['skala', skala]
];

const dipilih = process.env.RAPOR_BENCH?.split(',').map((s) => s.trim());
const jalan = BAGIAN.filter(([nama]) => !dipilih || dipilih.includes(nama));

console.log(`Rapor benchmarks: ${jalan.map(([nama]) => nama).join(', ')}\n`);
ensureBuild();
printAppSize(BUILD_DIR);

if (!existsSync(CHROMIUM_PATH)) {
	console.error(
		`\nChromium not found at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`
	);
	process.exit(1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
const app = await startApp();
const gagal: string[] = [];
try {
	for (const [nama, bagian] of jalan) {
		// One failing section must not hide the figures of the others.
		await bagian({ browser, app }).catch((error: unknown) => {
			console.error(`\nbench section ${nama} failed:`, error);
			gagal.push(nama);
		});
	}
} finally {
	await browser.close();
	await app.close();
}
if (gagal.length > 0) {
	console.error(`\nfailed sections: ${gagal.join(', ')}`);
	process.exitCode = 1;
}
