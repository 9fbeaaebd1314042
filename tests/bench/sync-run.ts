/**
 * The sync benchmark alone: `npx tsx tests/bench/sync-run.ts` (env: SINKRON_N, SINKRON_ULANGAN,
 * SINKRON_REVIEWER, SINKRON_TUGAS). Against the embedded server, and through the guard in front
 * of Apache CouchDB when COUCHDB_URL is set.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { ensureBuild, startApp } from './app.ts';
import { benchSyncFull, benchSyncViaGuard, type SyncBenchOptions } from './sync.ts';

const figure = (name: string) => {
	const v = process.env[name];
	return v === undefined ? undefined : Number(v);
};
const options: SyncBenchOptions = {
	n: figure('SINKRON_N'),
	ulangan: figure('SINKRON_ULANGAN'),
	nReviewer: figure('SINKRON_REVIEWER'),
	nTugas: figure('SINKRON_TUGAS')
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
		await benchSyncFull(browser, app, options);
	} finally {
		await app.close();
	}
	const couchdbUrl = process.env.COUCHDB_URL;
	if (couchdbUrl) await benchSyncViaGuard(browser, couchdbUrl, options);
} finally {
	await browser.close();
}
