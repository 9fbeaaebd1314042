/**
 * Sync benchmark: 10,000 SKM responses pushed from one device and pulled into a fresh one, in
 * Chromium against the real server on loopback (the embedded server, or the guard in front of
 * Apache CouchDB), by Rapor's engine and by plain PouchDB
 * replication of the same documents (into a database with the same validate_doc_update).
 */
import type { Browser } from 'playwright-core';
import { designDoc } from '../../sync-server/design/index.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import type { RunningServer } from '../../sync-server/server.ts';
import { bundleForBrowser } from './bundle.ts';

export interface HasilSinkron {
	terkirim: number;
	pushDetik: number;
	diterima: number;
	pullDetik: number;
}

export const POUCH_DB = 'bench-pouchdb';

export async function benchSinkron(
	browser: Browser,
	server: RunningServer,
	n = 10_000
): Promise<{ rapor: HasilSinkron; pouchdb: HasilSinkron }> {
	const admin = new CouchClient({ url: server.couchUrl, credentials: server.admin });
	await admin.raw('PUT', `/${POUCH_DB}`);
	await admin.raw('PUT', `/${POUCH_DB}/_design/rapor`, designDoc('skm'));
	const auth = { username: server.admin.name, password: server.admin.password };
	const script = await bundleForBrowser('./sinkron-browser.ts', 'RaporSinkronBench');

	// The bench's script runs inline on a server page, which the server's CSP rightly forbids.
	const context = await browser.newContext({ bypassCSP: true });
	try {
		const page = await context.newPage();
		await page.goto(`${server.url}/health`);
		await page.addScriptTag({ content: script });
		type Api = {
			rapor: (u: string, a: typeof auth, n: number) => Promise<HasilSinkron>;
			pouchdb: (u: string, db: string, a: typeof auth, n: number) => Promise<HasilSinkron>;
		};
		const args = { url: server.couchUrl, auth, n, db: POUCH_DB };
		const rapor = await page.evaluate(
			({ url, auth, n }) =>
				(globalThis as unknown as { RaporSinkronBench: Api }).RaporSinkronBench.rapor(url, auth, n),
			args
		);
		const pouchdb = await page.evaluate(
			({ url, db, auth, n }) =>
				(globalThis as unknown as { RaporSinkronBench: Api }).RaporSinkronBench.pouchdb(
					url,
					db,
					auth,
					n
				),
			args
		);
		return { rapor, pouchdb };
	} finally {
		await context.close();
	}
}
