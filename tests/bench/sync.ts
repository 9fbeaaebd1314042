/**
 * Sync benchmark: SKM responses pushed from one device and pulled into a fresh one, in Chromium
 * against the real server on loopback (the embedded server, or the guard in front of Apache
 * CouchDB), by Rapor's engine and by plain PouchDB replication of the same documents, beside the
 * limit: a raw `_bulk_docs` of as many documents with nothing in between. Each run writes to
 * fresh databases with the SKM validate_doc_update, so every figure pays the server's checks.
 * Plus a reviewer's first sync (pull) of 100,000 responses: time, peak JS heap, and the longest
 * main-thread task of a pull with the CPU throttled 4× (a cheap phone).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { designDoc } from '../../sync-server/design/index.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { startServer, type RunningServer } from '../../sync-server/server.ts';
import { freshCouchDb } from '../server/helpers/couchdb.ts';
import { BUILD_DIR } from './app.ts';
import { bundleForBrowser } from './bundle.ts';
import type * as Api from './sync-browser.ts';
import type { Auth, SyncResult } from './sync-browser.ts';

export type { SyncResult } from './sync-browser.ts';

/** The goals of issue 12. */
export const TARGET_TIMES_POUCHDB = 3;
export const TARGET_TIMES_LIMIT = 2;
export const TARGET_TASK_MS = 100;

export interface SyncBenchOptions {
	/** Documents per sync run (10,000). */
	n?: number;
	/** Runs of each engine; the order alternates (Rapor first, then PouchDB first, …). */
	ulangan?: number;
	/** Responses of the reviewer's first sync (100,000; 0 skips it). */
	nReviewer?: number;
	/** Documents pulled under 4× CPU throttling to find the longest task (2,000). */
	nTugas?: number;
	/** Prefix for the databases, so several servers/runs never share one. */
	awalan?: string;
	/** Printed (default) or only returned. */
	cetak?: boolean;
}

export interface SyncReport {
	n: number;
	rapor: SyncResult[];
	pouchdb: SyncResult[];
	/** Raw `_bulk_docs` seconds for n documents, per batch size (median of the runs). */
	batas: { batch: number; detik: number }[];
	reviewer: { diterima: number; detik: number; heapPuncakMiB: number; heapAwalMiB: number } | null;
	tugasTerlamaMs: number | null;
}

type BenchApi = typeof Api;

function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Calls one export of the bundled bench module in the page. */
function call<K extends keyof BenchApi>(
	page: Page,
	name: K,
	...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
	return page.evaluate(
		({ nama, args }) => {
			const api = (globalThis as unknown as { RaporSinkronBench: Record<string, unknown> })
				.RaporSinkronBench;
			return (api[nama] as (...a: unknown[]) => unknown)(...args);
		},
		{ nama: name, args: args as unknown[] }
	) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

async function heapMiB(cdp: CDPSession): Promise<number> {
	const { metrics } = (await cdp.send('Performance.getMetrics')) as {
		metrics: { name: string; value: number }[];
	};
	return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/** Runs `kerja` while sampling the page's JS heap every 100 ms; returns the peak. */
async function withHeap<T>(cdp: CDPSession, kerja: Promise<T>): Promise<[T, number]> {
	let puncak = 0;
	let jalan = true;
	const sampel = (async () => {
		while (jalan) {
			puncak = Math.max(puncak, await heapMiB(cdp).catch(() => 0));
			await new Promise((r) => setTimeout(r, 100));
		}
	})();
	try {
		return [await kerja, puncak];
	} finally {
		jalan = false;
		await sampel;
	}
}

export async function benchSyncFull(
	browser: Browser,
	server: RunningServer,
	opsi: SyncBenchOptions = {}
): Promise<SyncReport> {
	const n = opsi.n ?? 10_000;
	const ulangan = opsi.ulangan ?? 3;
	const nReviewer = opsi.nReviewer ?? 100_000;
	const nTugas = opsi.nTugas ?? 2_000;
	const awalan = opsi.awalan ?? `bench-${Date.now().toString(36)}`;
	const admin = new CouchClient({ url: server.couchUrl, credentials: server.admin });
	const buatDb = async (name: string) => {
		await admin.raw('PUT', `/${name}`);
		await admin.raw('PUT', `/${name}/_design/rapor`, designDoc('skm'));
		return name;
	};
	const auth: Auth = { username: server.admin.name, password: server.admin.password };
	const url = server.couchUrl;
	const script = await bundleForBrowser('./sync-browser.ts', 'RaporSinkronBench');

	// The bench's script runs inline on a server page, which the server's CSP rightly forbids.
	const context = await browser.newContext({ bypassCSP: true });
	const report: SyncReport = {
		n,
		rapor: [],
		pouchdb: [],
		batas: [],
		reviewer: null,
		tugasTerlamaMs: null
	};
	try {
		const page = await context.newPage();
		await page.goto(`${server.url}/health`);
		await page.addScriptTag({ content: script });
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');

		const batas = new Map<number, number[]>();
		for (let k = 0; k < ulangan; k++) {
			const raporDulu = k % 2 === 0;
			const jalankan = async (engine: 'rapor' | 'pouchdb') => {
				const db = await buatDb(`${awalan}-${engine}-${k}`);
				const h = await call(page, engine, url, db, auth, n, `${awalan}-${k}`);
				report[engine].push(h);
			};
			for (const mesin of raporDulu
				? (['rapor', 'pouchdb'] as const)
				: (['pouchdb', 'rapor'] as const))
				await jalankan(mesin);
			for (const batch of [1000, 250]) {
				const db = await buatDb(`${awalan}-batas${batch}-${k}`);
				const h = await call(page, 'limit', url, db, auth, n, batch, `b${k}`);
				batas.set(batch, [...(batas.get(batch) ?? []), h.detik]);
			}
		}
		report.batas = [...batas].map(([batch, xs]) => ({ batch, detik: median(xs) }));

		if (nTugas > 0) {
			const db = await buatDb(`${awalan}-tugas`);
			await call(page, 'limit', url, db, auth, nTugas, 1000, 'tugas');
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			try {
				await call(page, 'reviewer', url, db, auth, `${awalan}-tugas`, true);
				// Long tasks are reported after they end: one more turn to collect the last one.
				await page.waitForTimeout(200);
				report.tugasTerlamaMs = await call(page, 'longestTask');
			} finally {
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			}
		}

		if (nReviewer > 0) {
			const db = await buatDb(`${awalan}-reviewer`);
			await call(page, 'limit', url, db, auth, nReviewer, 1000, 'rev');
			await cdp.send('HeapProfiler.enable');
			await cdp.send('HeapProfiler.collectGarbage');
			const heapAwalMiB = await heapMiB(cdp);
			const [h, heapPuncakMiB] = await withHeap(
				cdp,
				call(page, 'reviewer', url, db, auth, `${awalan}-reviewer`)
			);
			report.reviewer = { diterima: h.diterima, detik: h.pullDetik, heapPuncakMiB, heapAwalMiB };
		}
	} finally {
		await context.close();
	}
	if (opsi.cetak ?? true) printSyncReport(report);
	return report;
}

const rate = (docs: number, s: number) => `${Math.round(docs / s).toLocaleString('en')} docs/s`;

export function printSyncReport(l: SyncReport): void {
	const med = (xs: SyncResult[], k: 'pushDetik' | 'pullDetik') => median(xs.map((h) => h[k]));
	const secondsLimit = Math.min(...l.batas.map((b) => b.detik));
	const rp = { push: med(l.rapor, 'pushDetik'), pull: med(l.rapor, 'pullDetik') };
	const pd = { push: med(l.pouchdb, 'pushDetik'), pull: med(l.pouchdb, 'pullDetik') };
	const runs = l.rapor.length;
	console.log(
		`\nsync of ${l.n.toLocaleString('en')} SKM responses on loopback ` +
			`(median of ${runs} runs, order alternating: Rapor first, PouchDB first, …):`
	);
	for (const b of l.batas) {
		console.log(
			`chromium limit    raw _bulk_docs, batches of ${b.batch}: ${b.detik.toFixed(2)} s ` +
				`(${rate(l.n, b.detik)})`
		);
	}
	for (const arah of ['push', 'pull'] as const) {
		const kali = pd[arah] / rp[arah];
		const lawanBatas = rp[arah] / secondsLimit;
		console.log(
			`chromium Rapor    ${arah} ${rp[arah].toFixed(2)} s (${rate(l.n, rp[arah])}): ` +
				`${kali.toFixed(1)}× faster than PouchDB [goal ≥ ${TARGET_TIMES_POUCHDB}×], ` +
				`${lawanBatas.toFixed(1)}× the limit [goal ≤ ${TARGET_TIMES_LIMIT}×]`
		);
		console.log(
			`chromium PouchDB  ${arah} ${pd[arah].toFixed(2)} s (${rate(l.n, pd[arah])}); ` +
				`runs: ${l.pouchdb.map((h) => h[`${arah}Detik`].toFixed(1)).join(' / ')} s, ` +
				`Rapor ${l.rapor.map((h) => h[`${arah}Detik`].toFixed(1)).join(' / ')} s`
		);
	}
	const kurang = [...l.rapor, ...l.pouchdb].filter((h) => h.terkirim !== l.n || h.diterima !== l.n);
	if (kurang.length > 0) console.log(`WARNING: ${kurang.length} runs did not sync every document`);
	if (l.tugasTerlamaMs !== null) {
		console.log(
			`chromium longest main-thread task during a pull, CPU 4× throttled: ` +
				`${l.tugasTerlamaMs.toFixed(0)} ms [goal ≤ ${TARGET_TASK_MS} ms; 0 = none ≥ 50 ms]`
		);
	}
	if (l.reviewer) {
		const r = l.reviewer;
		console.log(
			`chromium reviewer's first sync: ${r.diterima.toLocaleString('en')} responses pulled in ` +
				`${r.detik.toFixed(1)} s (${rate(r.diterima, r.detik)}), peak JS heap ` +
				`${r.heapPuncakMiB.toFixed(0)} MiB (${r.heapAwalMiB.toFixed(0)} MiB before)`
		);
	}
}

/** The same bench through the guard in front of a fresh Apache CouchDB at `couchdbUrl`. */
export async function benchSyncViaGuard(
	browser: Browser,
	couchdbUrl: string,
	opsi: SyncBenchOptions = {}
): Promise<SyncReport> {
	await freshCouchDb(couchdbUrl);
	const guarded = await startServer({ port: 0, host: '127.0.0.1', appDir: BUILD_DIR, couchdbUrl });
	try {
		console.log(`\nthrough the guard to Apache CouchDB at ${new URL(couchdbUrl).host}:`);
		return await benchSyncFull(browser, guarded, opsi);
	} finally {
		await guarded.close();
	}
}
