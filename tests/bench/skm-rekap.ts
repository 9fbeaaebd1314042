/**
 * `node --import tsx tests/bench/skm-rekap.ts`: the time of `readSkm` (the SKM of every unit in a
 * triwulan, as /skm and Rakor read it) with 3,000 and 100,000 responses stored, in Chromium with
 * the app's database code; beside it the full read of the period's responses it replaced, and the
 * time the writes took with the rekap kept. SKM_REKAP_N="3000,100000" sets the sizes.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { bundleForBrowser } from './bundle.ts';

const SIZES = (process.env.SKM_REKAP_N ?? '3000,100000').split(',').map(Number);
const ORIGIN = 'http://skm-rekap.bench/';

interface Bench {
	isi(total: number): Promise<{ ms: number; rekap: number }>;
	isiTanpaRekap(total: number): Promise<{ ms: number }>;
	ukur(
		periodeId: string,
		kali: number
	): Promise<{ rekapMs: number; penuhMs: number; responden: number }>;
}

const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
try {
	const page = await browser.newPage();
	await page.route(`${ORIGIN}**`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
	);
	await page.goto(ORIGIN);
	await page.addScriptTag({ content: await bundleForBrowser('./skm-rekap-seed.ts', 'RekapBench') });
	const bench = <T>(fn: (b: Bench, arg: number) => Promise<T>, arg: number) =>
		page.evaluate(
			({ src, arg }) => {
				const b = (globalThis as unknown as { RekapBench: Bench }).RekapBench;
				return (
					new Function('b', 'arg', `return (${src})(b, arg)`) as (b: Bench, a: number) => Promise<T>
				)(b, arg);
			},
			{ src: fn.toString(), arg }
		);
	console.log('bacaSkm for one triwulan (a quarter of the stored responses), median of 5\n');
	for (const n of SIZES) {
		const tulis = await bench((b, total) => b.isi(total), n);
		const polos = await bench((b, total) => b.isiTanpaRekap(total), n);
		const hasil = await bench((b, kali) => b.ukur('2026-TW1', kali), 5);
		console.log(
			`${String(n).padStart(8)} stored  bacaSkm ${hasil.rekapMs.toFixed(1).padStart(7)} ms ` +
				`(goal: flat, ≤ 1.5× the 3k time)  full read ${hasil.penuhMs.toFixed(0).padStart(6)} ms  ` +
				`[${hasil.responden} respondents in TW1; writes ${tulis.ms.toFixed(0)} ms with the rekap, ${polos.ms.toFixed(0)} ms without; ${tulis.rekap} rekap rows]`
		);
	}
} finally {
	await browser.close();
}
