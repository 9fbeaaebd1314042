/**
 * The sync benchmark alone: `npx tsx tests/bench/sync-run.ts` (env: SINKRON_N, SINKRON_ULANGAN,
 * SINKRON_REVIEWER, SINKRON_TUGAS). Against the embedded server, and through the guard in front
 * of Apache CouchDB when COUCHDB_URL is set.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { ensureBuild, startApp } from './app.ts';
import { benchSinkronLengkap, benchSinkronLewatGuard, type OpsiBenchSinkron } from './sync.ts';

const angka = (nama: string) => {
	const v = process.env[nama];
	return v === undefined ? undefined : Number(v);
};
const opsi: OpsiBenchSinkron = {
	n: angka('SINKRON_N'),
	ulangan: angka('SINKRON_ULANGAN'),
	nReviewer: angka('SINKRON_REVIEWER'),
	nTugas: angka('SINKRON_TUGAS')
};

ensureBuild();
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const app = await startApp();
	try {
		console.log('embedded server (express-pouchdb on LevelDB):');
		await benchSinkronLengkap(browser, app, opsi);
	} finally {
		await app.close();
	}
	const couchdbUrl = process.env.COUCHDB_URL;
	if (couchdbUrl) await benchSinkronLewatGuard(browser, couchdbUrl, opsi);
} finally {
	await browser.close();
}
