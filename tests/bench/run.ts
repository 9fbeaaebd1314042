/**
 * `npm run bench`: every speed figure of Rapor with its goal beside it, printed as tables.
 * Sections run in order; `RAPOR_BENCH=scale,survey` runs only the named ones. A section is an
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
import { benchFirstLoad } from './first-load.ts';
import { benchSyncFull, benchSyncViaGuard } from './sync.ts';
import { benchLongTasks, printLongTasks } from './long-tasks.ts';
import { benchScale, printScale } from './scale.ts';
import type { RunningServer } from '../../sync-server/server.ts';
import { benchSurvey } from './survey.ts';
import { runScoringBench, type BenchResult } from './workload.ts';

interface BenchContext {
	browser: Browser;
	/** The built app on the real server, with a throwaway data directory. */
	app: RunningServer;
}

type Section = (k: BenchContext) => Promise<void>;

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
const score: Section = async ({ browser }) => {
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

const report: Section = async ({ browser }) => {
	// Loaded after impor-vite.ts: the report code imports its font with Vite's `?url`.
	const { runReportBench } = await import('./report.ts');
	console.log('\nreports of the demo data (median of 5 runs after a warm-up):');
	print('node', runReportBench());
	const page = await browser.newPage();
	try {
		await page.addScriptTag({ content: await bundleForBrowser('./report.ts', 'RaporLaporan') });
		const inBrowser = await page.evaluate(() =>
			(
				globalThis as unknown as { RaporLaporan: { runReportBench: () => BenchResult[] } }
			).RaporLaporan.runReportBench()
		);
		print('chromium', inBrowser);
	} finally {
		await page.close();
	}
};

const survey: Section = async ({ browser, app }) => {
	const context = await browser.newContext({ viewport: PHONE });
	try {
		const appPage = await context.newPage();
		await appPage.goto(app.url);
		await appPage.locator('h1').first().waitFor();
		const result = await benchSurvey(appPage);
		console.log(
			`\nsurvey with ${result.tersimpanSebelum.toLocaleString('en')} responses stored ` +
				`(median of ${result.ulangan} respondents):`
		);
		console.log(
			`chromium ${result.simpanMs.toFixed(1).padStart(8)} ms  save a response ("Tersimpan" shown)`
		);
		console.log(
			`chromium ${result.berikutnyaMs.toFixed(1).padStart(8)} ms  open the form for the next respondent`
		);
	} finally {
		await context.close();
	}
};

/** What the first page downloads, and Lighthouse's mobile audit of the first and a repeat visit. */
const firstLoad: Section = async ({ app }) => {
	await benchFirstLoad(app.url);
};

const lighthouse: Section = async ({ app }) => {
	await benchLighthouse(app.url);
};

/** The longest main-thread task under 4× CPU throttling: first visit, each screen, saving, sync. */
const tasks: Section = async ({ browser, app }) => {
	printLongTasks(await benchLongTasks(browser, app.url));
};

/** Sync of 10,000 responses against plain PouchDB and raw `_bulk_docs`; a reviewer's 100k pull. */
const sync: Section = async ({ browser, app }) => {
	console.log('\nsync with the embedded server on loopback:');
	await benchSyncFull(browser, app);
};

/** The production shape: the same sync through the guard in front of Apache CouchDB. */
const syncCouchdb: Section = async ({ browser }) => {
	const couchdbUrl = process.env.COUCHDB_URL;
	if (!couchdbUrl) {
		console.log(
			'\nsync through the guard to Apache CouchDB: not run (set COUCHDB_URL, README "Apache CouchDB")'
		);
		return;
	}
	await benchSyncViaGuard(browser, couchdbUrl);
};

/** Each screen's open time and heap with 3k, 10k, 100k and 1M responses on the device. */
const scale: Section = async ({ browser, app }) => {
	printScale(await benchScale(browser, app.url, { log: (line) => console.log(line) }));
};

const SECTIONS: ReadonlyArray<readonly [string, Section]> = [
	['first-load', firstLoad],
	['lighthouse', lighthouse],
	['score', score],
	['report', report],
	['survey', survey],
	['tasks', tasks],
	['sync', sync],
	['sync-couchdb', syncCouchdb],
	['scale', scale]
];

const chosen = process.env.RAPOR_BENCH?.split(',').map((s) => s.trim());
const toRun = SECTIONS.filter(([name]) => !chosen || chosen.includes(name));

console.log(`Rapor benchmarks: ${toRun.map(([name]) => name).join(', ')}\n`);
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
const failed: string[] = [];
try {
	for (const [name, section] of toRun) {
		// One failing section must not hide the figures of the others.
		await section({ browser, app }).catch((error: unknown) => {
			console.error(`\nbench section ${name} failed:`, error);
			failed.push(name);
		});
	}
} finally {
	await browser.close();
	await app.close();
}
if (failed.length > 0) {
	console.error(`\nfailed sections: ${failed.join(', ')}`);
	process.exitCode = 1;
}
