/**
 * Lighthouse mobile (its default: a mid-range phone, simulated 4× CPU and slow 4G) on the built
 * app served by the real server: a first visit (cache and storage cleared, as Lighthouse does by
 * default) and a repeat visit right after it in the same browser (nothing cleared: the service
 * worker and the demo data are there). Median of 3 of each, printed beside the goals of issue 12.
 *
 * Lighthouse 12.8 is the version used: 13 needs Node 22, the project supports Node 20.
 *
 * Standalone: `node --import tsx tests/bench/lighthouse.ts` builds when needed and starts the app
 * (RAPOR_BUILD_VARIANT=x serves build-x/).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pathToFileURL } from 'node:url';
import { ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import { startBenchApp } from './first-load.ts';

const RUNS = 3;
const KATEGORI = ['performance', 'accessibility', 'best-practices'] as const;

interface Metric {
	kunci: string;
	label: string;
	/** Printed beside the figure; `lulus` says whether the figure meets it. */
	goal: string;
	lulus: (v: number) => boolean;
	format: (v: number) => string;
}

const score = (v: number) => String(Math.round(v));
const seconds = (v: number) => `${(v / 1000).toFixed(2)} s`;
const milliseconds = (v: number) => `${Math.round(v)} ms`;

const METRIC: Metric[] = [
	{
		kunci: 'performance',
		label: 'performance',
		goal: '≥ 95',
		lulus: (v) => v >= 95,
		format: score
	},
	{
		kunci: 'accessibility',
		label: 'accessibility',
		goal: '100',
		lulus: (v) => v >= 100,
		format: score
	},
	{
		kunci: 'best-practices',
		label: 'best practices',
		goal: '100',
		lulus: (v) => v >= 100,
		format: score
	},
	{
		kunci: 'largest-contentful-paint',
		label: 'LCP',
		goal: '≤ 2.5 s',
		lulus: (v) => v <= 2500,
		format: seconds
	},
	{
		kunci: 'total-blocking-time',
		label: 'TBT',
		goal: '≤ 150 ms',
		lulus: (v) => v <= 150,
		format: milliseconds
	},
	{ kunci: 'first-contentful-paint', label: 'FCP', goal: '', lulus: () => true, format: seconds },
	{ kunci: 'speed-index', label: 'Speed Index', goal: '', lulus: () => true, format: seconds },
	{ kunci: 'interactive', label: 'TTI', goal: '', lulus: () => true, format: seconds },
	{
		kunci: 'cumulative-layout-shift',
		label: 'CLS',
		goal: '',
		lulus: () => true,
		format: (v) => v.toFixed(3)
	}
];

/** One Lighthouse run: the figures by key (category scores × 100, metrics in ms) and its advice. */
interface Run {
	angka: Record<string, number>;
	saran: string[];
}

export interface LighthouseResult {
	pertama: Record<string, number>;
	ulang: Record<string, number>;
	saranPertama: string[];
}

async function run(url: string, port: number, ulang: boolean): Promise<Run> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...KATEGORI],
		disableStorageReset: ulang
	});
	if (!result) throw new Error('Lighthouse returned no result');
	const { categories, audits, runtimeError } = result.lhr;
	if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
	const angka: Record<string, number> = {};
	for (const k of KATEGORI) angka[k] = (categories[k]?.score ?? 0) * 100;
	for (const m of METRIC) {
		const value = audits[m.kunci]?.numericValue;
		if (value !== undefined) angka[m.kunci] = value;
	}
	// What Lighthouse would fix first on the performance side: its failing audits, and which
	// element its LCP was.
	const saran = (categories.performance?.auditRefs ?? [])
		.filter((ref) => ref.weight === 0 && !['interactive', 'max-potential-fid'].includes(ref.id))
		.map((ref) => audits[ref.id])
		.filter((a) => a !== undefined && a.score !== null && a.score < 0.9)
		.map((a) => `${a!.title}${a!.displayValue ? ` (${a!.displayValue})` : ''}`);
	const lcp = JSON.stringify(audits['largest-contentful-paint-element']?.details ?? {}).match(
		/"nodeLabel":"([^"]{0,80})/
	);
	if (lcp) saran.unshift(`LCP element: ${lcp[1]}`);
	return { angka, saran };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function medianPerKey(lari: Run[]): Record<string, number> {
	const keys = new Set(lari.flatMap((l) => Object.keys(l.angka)));
	return Object.fromEntries([...keys].map((k) => [k, median(lari.map((l) => l.angka[k] ?? NaN))]));
}

export function printLighthouse(result: LighthouseResult): void {
	console.log(
		`\nLighthouse 12.8 mobile (simulated throttling), median of ${RUNS} runs ` +
			'(Lighthouse 13 needs Node 22):'
	);
	console.log(
		`  ${'figure'.padEnd(15)} ${'goal'.padEnd(9)} ${'first visit'.padStart(13)} ${'repeat visit'.padStart(13)}`
	);
	const cell = (m: Metric, v: number | undefined) =>
		v === undefined || Number.isNaN(v)
			? '–'
			: `${m.format(v)}${m.goal ? (m.lulus(v) ? ' ok' : ' !!') : ''}`;
	for (const m of METRIC) {
		console.log(
			`  ${m.label.padEnd(15)} ${m.goal.padEnd(9)} ${cell(m, result.pertama[m.kunci]).padStart(13)} ${cell(m, result.ulang[m.kunci]).padStart(13)}`
		);
	}
	if (result.saranPertama.length > 0) {
		console.log('  Lighthouse’s advice on the first visit (last run):');
		for (const s of result.saranPertama.slice(0, 8)) console.log(`  - ${s}`);
	}
}

/** Runs Lighthouse on `url` (first and repeat visit, median of 3 each), prints and returns it. */
export async function benchLighthouse(url: string): Promise<LighthouseResult> {
	const pertama: Run[] = [];
	const ulang: Run[] = [];
	for (let i = 0; i < RUNS; i++) {
		// A fresh browser per pair: the repeat visit sees exactly what its first visit left.
		const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ARGS });
		try {
			pertama.push(await run(url, chrome.port, false));
			ulang.push(await run(url, chrome.port, true));
		} finally {
			chrome.kill();
		}
	}
	const result = {
		pertama: medianPerKey(pertama),
		ulang: medianPerKey(ulang),
		saranPertama: pertama.at(-1)?.saran ?? []
	};
	printLighthouse(result);
	return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const app = await startBenchApp();
	try {
		await benchLighthouse(app.url);
	} finally {
		await app.close();
	}
}
