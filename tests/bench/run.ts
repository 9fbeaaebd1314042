/**
 * `npm run bench`: scoring speed in Node and in headless Chromium, printed as a table.
 * Chromium runs the same workload module, bundled with esbuild, in a blank page.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { runScoringBench, type BenchResult } from './workload.ts';

function print(where: string, results: BenchResult[]) {
	for (const r of results) {
		console.log(`${where.padEnd(8)} ${r.ms.toFixed(1).padStart(8)} ms  ${r.name}  [${r.check}]`);
	}
}

console.log('Rapor benchmarks (median of 9 runs after a warm-up)\n');
print('node', runScoringBench());

if (!existsSync(CHROMIUM_PATH)) {
	console.error(
		`\nChromium not found at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`
	);
	process.exit(1);
}
const bundle = await build({
	entryPoints: [fileURLToPath(new URL('./workload.ts', import.meta.url))],
	bundle: true,
	write: false,
	format: 'iife',
	globalName: 'RaporBench',
	platform: 'browser',
	alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) }
});
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
const inBrowser = await page.evaluate(() =>
	(
		globalThis as unknown as { RaporBench: { runScoringBench: () => BenchResult[] } }
	).RaporBench.runScoringBench().map((r) => ({ name: r.name, ms: r.ms, check: r.check }))
);
print('chromium', inBrowser);
await browser.close();
