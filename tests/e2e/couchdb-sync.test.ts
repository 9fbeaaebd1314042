/**
 * Production shape in real Chromium: the Rapor server as the guard in front of a 3-node Apache
 * CouchDB cluster (COUCHDB_CLUSTER_URL, else COUCHDB_URL; README "Apache CouchDB"). An
 * enumerator's responses saved offline reach CouchDB through the guard, and a reviewer's device.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SkmResponse } from '$lib/domain/schemas';
import { createDemoAccounts, DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { seedDemoData } from '../../sync-server/demo-data.ts';
import { CouchClient, docPath, targetFromUrl } from '../../sync-server/http/couch-client.ts';
import { startServer, type RunningServer } from '../../sync-server/server.ts';
import { buildDir } from '../../svelte.config.js';
import { freshCouchDb } from '../server/helpers/couchdb.ts';
import { launchBrowser, PHONE, waitForServiceWorker } from './browser';
import { readStore, saveOneResponse } from './survey-steps';

const COUCHDB = process.env.COUCHDB_CLUSTER_URL || process.env.COUCHDB_URL || '';

async function lastNode(url: string): Promise<CouchClient> {
	const first = new CouchClient(targetFromUrl(url));
	const membership = await first.raw('GET', '/_membership');
	const nodes = (membership.body as { cluster_nodes?: string[] }).cluster_nodes?.length ?? 1;
	const last = new URL(url);
	last.port = String(Number(last.port) + nodes - 1);
	return new CouchClient(targetFromUrl(last.toString()));
}

describe.runIf(COUCHDB)(
	'sync through the guard in front of Apache CouchDB (Apache CouchDB only)',
	() => {
		let server: RunningServer;
		let browser: Browser;
		let dataDir: string;
		const contexts: BrowserContext[] = [];

		beforeAll(async () => {
			await freshCouchDb(COUCHDB);
			dataDir = mkdtempSync(join(tmpdir(), 'rapor-couch-e2e-'));
			server = await startServer({
				port: 0,
				host: '127.0.0.1',
				appDir: resolve(import.meta.dirname, '../..', buildDir),
				dataDir,
				couchdbUrl: COUCHDB
			});
			const admin = new CouchClient({ url: server.couchUrl, credentials: server.admin });
			await seedDemoData(admin, dataDir);
			await createDemoAccounts(admin, dataDir);
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await Promise.all(contexts.map((c) => c.close()));
			await browser?.close();
			await server?.close();
			rmSync(dataDir, { recursive: true, force: true });
		});

		async function perangkat(viewport = PHONE) {
			const context = await browser.newContext({ viewport, timezoneId: 'Asia/Jakarta' });
			contexts.push(context);
			return { context, page: await context.newPage() };
		}

		async function masuk(page: Page, nama: string) {
			await page.goto(`${server.url}/masuk`);
			await page.locator('input[name="nama"]').fill(nama);
			await page.locator('input[name="sandi"]').fill(DEMO_PASSWORD);
			await page.getByRole('button', { name: 'Masuk' }).click();
			await page.waitForURL(`${server.url}/sinkron`);
			await page
				.locator('[data-testid="sync-fase"][data-fase="siaga"]')
				.waitFor({ timeout: 90_000 });
		}

		const respons = (page: Page, account: string) =>
			readStore<SkmResponse>(page, 'responses', `rapor@${account}`);

		it("takes an enumerator's offline response to CouchDB and to the reviewer", async () => {
			const enumerator = await perangkat();
			await masuk(enumerator.page, 'demo-enumerator');
			await waitForServiceWorker(enumerator.page);
			const reviewer = await perangkat({ width: 1280, height: 720 });
			await masuk(reviewer.page, 'demo-reviewer');

			await enumerator.context.setOffline(true);
			const page = enumerator.page;
			await saveOneResponse(page, server.url, 'demo-pkm-wiradesa', 4);
			const [baru] = (await respons(page, 'demo-enumerator')).filter(
				(r) => r.enumerator === 'demo-enumerator'
			);
			expect(baru).toBeDefined();

			await enumerator.context.setOffline(false);
			// Read from the last node of a cluster (../shared/couchdb/couchdb puts node i on
			// port+i-1): the response is in CouchDB, not only in the guard.
			const couch = await lastNode(COUCHDB);
			const path = docPath('rapor-skm', `response:${baru!.id}`);
			await expect
				.poll(async () => (await couch.raw('GET', path)).status, { timeout: 60_000 })
				.toBe(200);
			expect(((await couch.raw('GET', path)).body as SkmResponse).jawaban).toEqual(baru!.jawaban);

			await expect
				.poll(
					async () =>
						(await respons(reviewer.page, 'demo-reviewer')).some((r) => r.id === baru!.id),
					{ timeout: 60_000 }
				)
				.toBe(true);
		});
	}
);
