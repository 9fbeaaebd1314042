/**
 * The sync benchmark alone: `npx tsx tests/bench/sinkron-run.ts` (env: SINKRON_N, SINKRON_ULANGAN,
 * SINKRON_REVIEWER, SINKRON_TUGAS). Against the embedded server, and through the guard in front
 * of Apache CouchDB when COUCHDB_URL is set.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser.ts';
import { freshCouchDb } from '../server/helpers/couchdb.ts';
import { startServer } from '../../sync-server/server.ts';
import { BUILD_DIR, ensureBuild, startApp } from './app.ts';
import { benchSinkronLengkap, type OpsiBenchSinkron } from './sinkron.ts';

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
	if (couchdbUrl) {
		await freshCouchDb(couchdbUrl);
		const guarded = await startServer({
			port: 0,
			host: '127.0.0.1',
			appDir: BUILD_DIR,
			couchdbUrl
		});
		try {
			console.log(`\nthrough the guard to Apache CouchDB at ${new URL(couchdbUrl).host}:`);
			await benchSinkronLengkap(browser, guarded, opsi);
		} finally {
			await guarded.close();
		}
	}
} finally {
	await browser.close();
}
