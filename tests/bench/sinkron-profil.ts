/**
 * Where a sync's time goes on the device: Chromium's CPU profile of one Rapor push and pull of
 * SINKRON_N responses (2,000), as self time per function, and the page's idle time (waiting for
 * the server or IndexedDB). `npx tsx tests/bench/sinkron-profil.ts`.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { designDoc } from '../../sync-server/design/index.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { startApp } from './app.ts';
import { bundleForBrowser } from './bundle.ts';

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
	nodes: Node[];
	samples: number[];
	timeDeltas: number[];
}

const n = Number(process.env.SINKRON_N ?? 2000);
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
const app = await startApp();
try {
	const admin = new CouchClient({ url: app.couchUrl, credentials: app.admin });
	const db = `profil-${Date.now().toString(36)}`;
	await admin.raw('PUT', `/${db}`);
	await admin.raw('PUT', `/${db}/_design/rapor`, designDoc('skm'));
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${app.url}/health`);
	await page.addScriptTag({
		content: await bundleForBrowser('./sinkron-browser.ts', 'RaporSinkronBench')
	});
	const fn = process.env.SINKRON_FN ?? 'rapor';
	if (fn === 'reviewer') {
		await page.evaluate(
			({ url, db, auth, n }) =>
				(
					globalThis as unknown as {
						RaporSinkronBench: { batas: (...a: unknown[]) => Promise<unknown> };
					}
				).RaporSinkronBench.batas(url, db, auth, n, 1000, 'isi'),
			{ url: app.couchUrl, db, auth: { username: app.admin.name, password: app.admin.password }, n }
		);
	}
	const cdp = await context.newCDPSession(page);
	if (process.env.SINKRON_LAMBAT) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.SINKRON_LAMBAT) });
	}
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const hasil = await page.evaluate(
		({ url, db, auth, n, fn }) => {
			const api = (
				globalThis as unknown as {
					RaporSinkronBench: Record<string, (...a: unknown[]) => Promise<unknown>>;
				}
			).RaporSinkronBench;
			const jalan =
				fn === 'reviewer'
					? api[fn]!(url, db, auth, 'profil')
					: api[fn]!(url, db, auth, n, 'profil');
			return jalan.catch((e: Error) => ({ e: String(e), s: e.stack }));
		},
		{
			url: app.couchUrl,
			db,
			auth: { username: app.admin.name, password: app.admin.password },
			n,
			fn
		}
	);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
	console.log(hasil);
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const f = byId.get(id)!.callFrame;
		const file = f.url.split('/').pop() || '';
		const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}`;
		const dt = profile.timeDeltas[i] ?? 0;
		total += dt;
		self.set(key, (self.get(key) ?? 0) + dt);
	});
	console.log(`profiled ${(total / 1000).toFixed(0)} ms`);
	const parent = new Map<number, number>();
	for (const node of profile.nodes as (Node & { children?: number[] })[]) {
		for (const c of node.children ?? []) parent.set(c, node.id);
	}
	const incl = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const seen = new Set<string>();
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
			const name = byId.get(cur)!.callFrame.functionName;
			if (!name || seen.has(name)) continue;
			seen.add(name);
			incl.set(name, (incl.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
		}
	});
	// The longest stretch without idle samples: roughly the longest task, and what ran in it.
	let best = { from: 0, to: 0, us: 0 };
	let from = 0;
	let us = 0;
	let js = false;
	profile.samples.forEach((id, i) => {
		const name = byId.get(id)!.callFrame.functionName;
		if (name === '(idle)') {
			if (js && us > best.us) best = { from, to: i, us };
			from = i + 1;
			us = 0;
			js = false;
		} else {
			us += profile.timeDeltas[i] ?? 0;
			if (name !== '(program)' && name !== '(garbage collector)') js = true;
		}
	});
	const inTask = new Map<string, number>();
	for (let i = best.from; i < best.to; i++) {
		const seen = new Set<string>();
		for (
			let cur: number | undefined = profile.samples[i];
			cur !== undefined;
			cur = parent.get(cur)
		) {
			const name = byId.get(cur)!.callFrame.functionName;
			if (!name || seen.has(name)) continue;
			seen.add(name);
			inTask.set(name, (inTask.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
		}
	}
	console.log(`longest busy stretch ${(best.us / 1000).toFixed(0)} ms:`);
	for (const [k, v] of [...inTask].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
		console.log(`${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
	}
	console.log('inclusive:');
	for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) {
		console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
	}
	for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
		console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
	}
	await context.close();
} finally {
	await browser.close();
	await app.close();
}
