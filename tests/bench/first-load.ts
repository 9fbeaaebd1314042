/**
 * What the first page costs a phone: Chromium at 360×640 with an empty cache opens `/` through the
 * real server, and every script the page loads until the network has been quiet for a while is
 * counted: bytes on the wire, its gzip size (the goal's unit) and its size unpacked. The largest
 * chunks are named after the source they come from (Vite's build manifest, when the build's
 * .svelte-kit directory is there).
 *
 * Standalone: `node --import tsx tests/bench/first-load.ts` builds when needed, starts the app
 * (RAPOR_BUILD_VARIANT=x serves build-x/) and prints the table.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { startServer, type RunningServer } from '../../sync-server/server.ts';
import { launchBrowser, PHONE } from '../e2e/browser.ts';
import { ensureBuild, ROOT, startApp } from './app.ts';

export const GOAL_KIB = 120;
const QUIET_MS = 3_000;
const LIMIT_MS = 60_000;

export interface LoadedScript {
	file: string;
	/** Requested after the first screen showed (loaded while idle, for later screens). */
	sesudah: boolean;
	nama: string;
	transferByte: number;
	gzipByte: number;
	mentahByte: number;
	encoding: string;
}

export interface FirstLoadResult {
	skrip: LoadedScript[];
	transferByte: number;
	/**
	 * The goal's figure: the page's own scripts requested before the first screen showed (Web
	 * Worker scripts, off the main thread, aside).
	 */
	gzipByte: number;
	/** Page scripts fetched after the first screen showed, while it idles, for the next screens. */
	sesudahGzipByte: number;
	mentahByte: number;
	/** Scripts of Web Workers the page started (SvelteKit puts them under _app/immutable/workers/). */
	pekerjaGzipByte: number;
}

const fromWorker = (s: LoadedScript) => s.file.startsWith('workers/');

interface ManifestChunk {
	file: string;
	name?: string;
	src?: string;
}

/**
 * The app for a standalone run: build/ as in `npm run bench`, or build-x/ with
 * RAPOR_BUILD_VARIANT=x (built first when missing), so a variant can be measured beside another.
 */
export async function startBenchApp(): Promise<RunningServer> {
	const variant = process.env.RAPOR_BUILD_VARIANT;
	if (!variant) {
		ensureBuild();
		return startApp();
	}
	const appDir = join(ROOT, `build-${variant}`);
	if (!existsSync(join(appDir, 'index.html'))) {
		console.log(`building the app into build-${variant}/…`);
		execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			cwd: ROOT,
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production' }
		});
	}
	return startServer({ port: 0, host: '127.0.0.1', appDir });
}

/** Chunk file name → the source module or chunk name it was built from. */
function chunkName(): Map<string, string> {
	const variant = process.env.RAPOR_BUILD_VARIANT;
	const file = join(
		ROOT,
		variant ? `.svelte-kit-${variant}` : '.svelte-kit',
		'output/client/.vite/manifest.json'
	);
	const names = new Map<string, string>();
	if (!existsSync(file)) return names;
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
	for (const [key, chunk] of Object.entries(manifest)) {
		names.set(basename(chunk.file), chunk.src ?? chunk.name ?? key);
	}
	return names;
}

async function measure(
	{ response, sesudah: after }: { response: Response; sesudah: boolean },
	names: Map<string, string>
): Promise<LoadedScript> {
	// Chromium drops the body of some responses (a worker's script) before it can be read: fetch
	// the same file again, uncompressed, to measure it.
	const body = await response
		.body()
		.catch(async () => Buffer.from(await (await fetch(response.url())).arrayBuffer()));
	const sizes = await response.request().sizes();
	const path = new URL(response.url()).pathname;
	const file = path.includes('/workers/') ? `workers/${basename(path)}` : basename(path);
	return {
		file,
		sesudah: after,
		nama: names.get(basename(path)) ?? '',
		transferByte: sizes.responseBodySize + sizes.responseHeadersSize,
		gzipByte: gzipSync(body, { level: 9 }).length,
		mentahByte: body.length,
		encoding: (await response.headerValue('content-encoding')) ?? 'none'
	};
}

/**
 * Opens the page and resolves with every script response once none came for QUIET_MS, each marked
 * whether it was requested after the first screen (its heading in <main>) showed.
 */
async function scriptsUntilQuiet(
	page: Page,
	url: string
): Promise<{ response: Response; sesudah: boolean }[]> {
	const scripts: { response: Response; sesudah: boolean }[] = [];
	let tampil = false;
	let last = Date.now();
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.push({ response, sesudah: tampil });
		last = Date.now();
	});
	const start = Date.now();
	await page.goto(url, { waitUntil: 'load' });
	await page.locator('main h1').first().waitFor({ timeout: LIMIT_MS });
	tampil = true;
	while (Date.now() - last < QUIET_MS && Date.now() - start < LIMIT_MS) {
		await page.waitForTimeout(250);
	}
	return scripts;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export function printFirstLoad(result: FirstLoadResult, top = 8): void {
	const mark = result.gzipByte / 1024 <= GOAL_KIB ? 'ok' : 'over';
	console.log(
		`\nfirst page (/ at 360×640, empty cache): ${result.skrip.length} scripts, ` +
			`${kib(result.gzipByte)} KiB gzip before the first screen [goal ≤ ${GOAL_KIB} KiB: ${mark}] ` +
			`+ ${kib(result.sesudahGzipByte)} KiB gzip fetched after it, while idle, for the next ` +
			`screens + ${kib(result.pekerjaGzipByte)} KiB gzip in workers; all of it ` +
			`${kib(result.transferByte)} KiB transferred, ${kib(result.mentahByte)} KiB unpacked`
	);
	const largest = [...result.skrip].sort((a, b) => b.gzipByte - a.gzipByte).slice(0, top);
	console.log('  largest scripts (KiB gzip / transferred as / unpacked):');
	for (const s of largest) {
		console.log(
			`  ${kib(s.gzipByte).padStart(7)} ${s.encoding.padStart(5)} ${kib(s.mentahByte).padStart(7)}  ` +
				`${s.file}${s.nama ? `  ${s.nama}` : ''}${s.sesudah ? '  (after the first screen)' : ''}`
		);
	}
}

/** Measures the scripts `/` loads on a first visit of the app at `url`, prints and returns them. */
export async function benchFirstLoad(url: string): Promise<FirstLoadResult> {
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		const names = chunkName();
		const responses = await scriptsUntilQuiet(page, url);
		const skrip = await Promise.all(responses.map((r) => measure(r, names)));
		await context.close();
		const sum = (key: 'transferByte' | 'gzipByte' | 'mentahByte', of = skrip) =>
			of.reduce((total, s) => total + s[key], 0);
		const result = {
			skrip,
			transferByte: sum('transferByte'),
			gzipByte: sum(
				'gzipByte',
				skrip.filter((s) => !fromWorker(s) && !s.sesudah)
			),
			sesudahGzipByte: sum(
				'gzipByte',
				skrip.filter((s) => !fromWorker(s) && s.sesudah)
			),
			mentahByte: sum('mentahByte'),
			pekerjaGzipByte: sum('gzipByte', skrip.filter(fromWorker))
		};
		printFirstLoad(result);
		return result;
	} finally {
		await browser.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const app = await startBenchApp();
	try {
		await benchFirstLoad(app.url);
	} finally {
		await app.close();
	}
}
