/**
 * The scale curve: how long each screen of the built app takes to show its content, and the JS
 * heap it leaves after a GC, with the demo data (≈3,000 responses) and then 10,000, 100,000 and
 * 1,000,000 SKM responses stored in the device's IndexedDB (Chromium, 360×640, the app's own
 * demo database `rapor`). Goal: every screen within 1.5× its demo-size time, memory flat.
 *
 * Times are measured inside the page: from the start of the navigation (performance.now) to the
 * first frame after a selector of the screen's real content is in the document, so they include
 * loading the code, opening IndexedDB and computing the figures. Median of `ulangan` loads.
 *
 * Standalone: `node --import tsx tests/bench/scale.ts` (builds the app if there is no build/,
 * starts it with the real server; RAPOR_BUILD_VARIANT=x measures build-x/ instead). SKALA_UKURAN=
 * 10000,100000 picks the sizes, SKALA_ULANGAN the loads per screen, SKALA_SEBARAN=
 * triwulan-tampil puts every extra response in the triwulan the screens open on (the worst case)
 * instead of spreading them over the demo year.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARGS, CHROMIUM_PATH, PHONE } from '../e2e/browser.ts';
import { ROOT, ensureBuild, startApp } from './app.ts';
import { startServer } from '../../sync-server/server.ts';
import { bundleForBrowser } from './bundle.ts';
import type { FillResult, Spread } from './scale-seed.ts';

/** A screen and what shows that its content (not a spinner) is on screen. */
export interface ScaleScreen {
	nama: string;
	/** Path, with `{unit}` (the SKM unit with most responses) and `{opd}` filled in. */
	alamat: string;
	/** A selector of the real content. */
	siap: string;
	/** The content is not ready while it still contains this text (a placeholder). */
	belumBila?: string;
}

export const SCREENS: readonly ScaleScreen[] = [
	{ nama: 'peringkat', alamat: '/', siap: '[data-testid="ranking-basis"]' },
	{ nama: 'SKM pemda', alamat: '/skm', siap: '[data-testid="skm-table"] tbody tr' },
	{ nama: 'SKM unit', alamat: '/skm/{unit}', siap: '[data-testid="skm-nilai"]' },
	{ nama: 'OPD', alamat: '/opd/{opd}', siap: '[data-testid="opd-indeks"]' },
	{ nama: 'survei', alamat: '/survei', siap: '#tanya-profil' },
	{ nama: 'realisasi', alamat: '/realisasi', siap: '#menunggu-judul' },
	{ nama: 'rakor', alamat: '/rakor', siap: '[data-testid="rakor-deck"]' },
	{ nama: 'sinkron', alamat: '/sinkron', siap: 'main p.card' },
	{ nama: 'pengaturan', alamat: '/pengaturan', siap: 'input[name="nama"]' },
	{ nama: 'admin', alamat: '/admin', siap: 'ul.kartu li:nth-child(2) span', belumBila: '…' }
];

export interface ScreenSize {
	/** Median ms to content; null when it did not show within the limit (or the page crashed). */
	ms: number | null;
	/** JS heap used after a GC, bytes (of the last load). */
	heap: number | null;
	galat?: string;
}

export interface ScalePoint {
	/** Responses stored. */
	tersimpan: number;
	/** ms to write the responses added for this size (0 for the demo). */
	isiMs: number;
	ditambah: number;
	layar: Record<string, ScreenSize>;
}

export interface ScaleResult {
	sebaran: Spread;
	periodeTampil: string;
	batasMs: number;
	titik: ScalePoint[];
}

export interface ScaleOptions {
	/** Totals of stored responses after the demo, ascending. */
	ukuran?: readonly number[];
	sebaran?: Spread;
	/** Loads per screen and size (one only when the first takes over 10 s). */
	ulangan?: number;
	/** Per-screen limit, ms. */
	batasMs?: number;
	layar?: readonly ScaleScreen[];
	/** Progress lines (seeding, each size). */
	log?: (line: string) => void;
}

export const GOAL_RATIO = 1.5;

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

const sleep = (ms: number) =>
	new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref());

/** The in-page wait: resolves with performance.now() at the first frame showing the content. */
function waitForFill(page: Page, screen: ScaleScreen, batasMs: number): Promise<number | null> {
	return page.evaluate(
		({ siap, belumBila, batasMs }) =>
			new Promise<number | null>((resolve) => {
				const ada = () => {
					const el = document.querySelector(siap);
					return !!el && (!belumBila || !(el.textContent ?? '').includes(belumBila));
				};
				let selesai = false;
				const observer = new MutationObserver(() => check());
				const check = () => {
					if (selesai || !ada()) return;
					selesai = true;
					observer.disconnect();
					requestAnimationFrame(() => resolve(performance.now()));
				};
				observer.observe(document, {
					subtree: true,
					childList: true,
					characterData: true,
					attributes: true
				});
				check();
				setTimeout(
					() => {
						if (selesai) return;
						selesai = true;
						observer.disconnect();
						resolve(null);
					},
					Math.max(0, batasMs - performance.now())
				);
			}),
		{ siap: screen.siap, belumBila: screen.belumBila ?? '', batasMs }
	);
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
	const cdp = await context.newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
	} finally {
		await cdp.detach();
	}
}

/** One load of `url`: ms to content (null past the limit) and the heap after a GC. */
async function openOnce(
	context: BrowserContext,
	url: string,
	screen: ScaleScreen,
	batasMs: number
): Promise<ScreenSize> {
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'commit', timeout: batasMs });
		// A page stuck in one long task never runs its own timer: the driver gives up too.
		const ms = await Promise.race([waitForFill(page, screen, batasMs), sleep(batasMs + 10_000)]);
		if (ms === null) return { ms: null, heap: null };
		return { ms, heap: await heapAfterGc(context, page) };
	} catch (error) {
		return { ms: null, heap: null, galat: (error as Error).message.split('\n')[0] };
	} finally {
		await Promise.race([page.close(), sleep(10_000)]);
	}
}

async function measureScreen(
	context: BrowserContext,
	url: string,
	screen: ScaleScreen,
	ulangan: number,
	batasMs: number
): Promise<ScreenSize> {
	const pertama = await openOnce(context, url, screen, batasMs);
	if (pertama.ms === null || pertama.ms > 10_000 || ulangan <= 1) return pertama;
	const result = [pertama];
	for (let i = 1; i < ulangan; i++) result.push(await openOnce(context, url, screen, batasMs));
	const selesai = result.filter((h): h is ScreenSize & { ms: number } => h.ms !== null);
	if (selesai.length < result.length) return result.find((h) => h.ms === null)!;
	return { ms: median(selesai.map((h) => h.ms)), heap: result.at(-1)!.heap };
}

type FillApi = {
	RaporSkala: { isiSampai: (total: number, sebaran: Spread) => Promise<FillResult> };
};

/** Runs the seeding bundle on a page of the app's origin that does not run the app. */
async function fill(
	context: BrowserContext,
	appUrl: string,
	script: string,
	total: number,
	sebaran: Spread
): Promise<FillResult> {
	const page = await context.newPage();
	try {
		await page.goto(`${appUrl}/health`);
		await page.addScriptTag({ content: script });
		return await page.evaluate(
			({ total, sebaran }) =>
				(globalThis as unknown as FillApi).RaporSkala.isiSampai(total, sebaran),
			{ total, sebaran }
		);
	} finally {
		await page.close();
	}
}

async function measureAll(
	context: BrowserContext,
	appUrl: string,
	screen: readonly ScaleScreen[],
	info: FillResult,
	ulangan: number,
	batasMs: number
): Promise<Record<string, ScreenSize>> {
	const result: Record<string, ScreenSize> = {};
	for (const l of screen) {
		const alamat = l.alamat.replace('{unit}', info.unitSkm[0]!).replace('{opd}', info.opd[0]!);
		result[l.nama] = await measureScreen(context, `${appUrl}${alamat}`, l, ulangan, batasMs);
	}
	return result;
}

export async function benchScale(
	browser: Browser,
	appUrl: string,
	{
		ukuran = [10_000, 100_000, 1_000_000],
		sebaran = 'setahun',
		ulangan = 5,
		batasMs = 120_000,
		layar = SCREENS,
		log = () => {}
	}: ScaleOptions = {}
): Promise<ScaleResult> {
	const script = await bundleForBrowser('./scale-seed.ts', 'RaporSkala');
	// The seeding script runs inline on a server page, which the server's CSP rightly forbids.
	const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
	// Run under tsx, functions passed to page.evaluate call esbuild's __name helper.
	await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn)');
	try {
		// First start: the demo is generated and stored, the service worker installed.
		const pertama = await context.newPage();
		await pertama.goto(appUrl);
		await pertama.locator(SCREENS[0]!.siap).waitFor({ timeout: batasMs });
		await pertama.evaluate(() => navigator.serviceWorker?.ready);
		await pertama.close();

		let info = await fill(context, appUrl, script, 0, sebaran);
		// Warm-up: every screen once, so code is cached as on a phone that used the app before.
		await measureAll(context, appUrl, layar, info, 1, batasMs);
		const point: ScalePoint[] = [];
		log(`scale: demo, ${info.tersimpan.toLocaleString('en')} responses`);
		point.push({
			tersimpan: info.tersimpan,
			isiMs: 0,
			ditambah: 0,
			layar: await measureAll(context, appUrl, layar, info, ulangan, batasMs)
		});
		for (const total of ukuran) {
			info = await fill(context, appUrl, script, total, sebaran);
			log(
				`scale: ${info.tersimpan.toLocaleString('en')} responses ` +
					`(${info.ditambah.toLocaleString('en')} written in ${(info.ms / 1000).toFixed(1)} s)`
			);
			// The same warm-up as for the demo: every size is measured on an app that ran before.
			await measureAll(context, appUrl, layar, info, 1, batasMs);
			point.push({
				tersimpan: info.tersimpan,
				isiMs: info.ms,
				ditambah: info.ditambah,
				layar: await measureAll(context, appUrl, layar, info, ulangan, batasMs)
			});
		}
		return { sebaran, periodeTampil: info.periodeTampil, batasMs, titik: point };
	} finally {
		await context.close();
	}
}

const thousand = (n: number) =>
	n >= 1_000_000
		? `${+(n / 1_000_000).toFixed(1)}M`
		: n >= 1000
			? `${+(n / 1000).toFixed(1)}k`
			: String(n);

/** The two tables (time with its ratio to the demo, heap) and the seeding times. */
export function printScale(result: ScaleResult, log: (line: string) => void = console.log): void {
	const [demo, ...other] = result.titik;
	if (!demo) return;
	const name = Object.keys(demo.layar);
	const nameWidth = Math.max(10, ...name.map((n) => n.length));
	const column = (text: string) => text.padStart(18);
	const kepala = (title: string) =>
		`${title.padEnd(nameWidth)}${result.titik.map((t) => column(`${thousand(t.tersimpan)} resp`)).join('')}`;
	const waktu = (u: ScreenSize | undefined, base: ScreenSize | undefined) => {
		if (!u || u.ms === null) {
			return u?.galat ? 'failed' : `> ${Math.round(result.batasMs / 1000)} s`;
		}
		const ms = u.ms < 10_000 ? `${Math.round(u.ms)} ms` : `${(u.ms / 1000).toFixed(1)} s`;
		if (u === base || !base?.ms) return ms;
		const rasio = u.ms / base.ms;
		return `${ms} ${rasio.toFixed(1)}×${rasio <= GOAL_RATIO ? ' ' : '!'}`;
	};
	const sebaran =
		result.sebaran === 'setahun'
			? 'spread over the demo year'
			: `all in ${result.periodeTampil}, the triwulan shown`;
	log(
		`\nscale curve: ms from navigation to the screen's content (median of loads), ×demo-size time ` +
			`(goal ≤ ${GOAL_RATIO}×, "!" = over), at 360×640; extra responses ${sebaran}`
	);
	log(kepala('screen'));
	for (const n of name) {
		log(
			`${n.padEnd(nameWidth)}${result.titik.map((t) => column(waktu(t.layar[n], demo.layar[n]))).join('')}`
		);
	}
	log(`\nJS heap after a GC (MB; goal: flat)`);
	log(kepala('screen'));
	for (const n of name) {
		const mb = (u: ScreenSize | undefined) =>
			u?.heap == null ? '–' : `${(u.heap / 1024 / 1024).toFixed(1)} MB`;
		log(`${n.padEnd(nameWidth)}${result.titik.map((t) => column(mb(t.layar[n]))).join('')}`);
	}
	for (const t of other) {
		log(
			`seeding to ${thousand(t.tersimpan)}: ${t.ditambah.toLocaleString('en')} responses in ` +
				`${(t.isiMs / 1000).toFixed(1)} s (${Math.round(t.ditambah / (t.isiMs / 1000)).toLocaleString('en')}/s, ` +
				`native IndexedDB puts in transactions of 50,000, then the v6 upgrade's rekap recount)`
		);
	}
	const gagal = result.titik.flatMap((t) =>
		Object.entries(t.layar)
			.filter(([, u]) => u.galat)
			.map(([n, u]) => `${n} at ${thousand(t.tersimpan)}: ${u.galat}`)
	);
	for (const g of gagal) log(`failed: ${g}`);
}

async function main(): Promise<void> {
	const size = process.env.SKALA_UKURAN?.split(',').map(Number);
	const sebaran = (process.env.SKALA_SEBARAN as Spread | undefined) ?? 'setahun';
	const ulangan = process.env.SKALA_ULANGAN ? Number(process.env.SKALA_ULANGAN) : undefined;
	const variant = process.env.RAPOR_BUILD_VARIANT;
	if (!variant) ensureBuild();
	const app = variant
		? await startServer({ port: 0, host: '127.0.0.1', appDir: `${ROOT}build-${variant}` })
		: await startApp();
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
	try {
		const log = (line: string) => console.log(line);
		printScale(await benchScale(browser, app.url, { ukuran: size, sebaran, ulangan, log }));
	} finally {
		await browser.close();
		await app.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
