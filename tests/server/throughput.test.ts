/**
 * The server takes writes through its checks (validate_doc_update, security, LevelDB) one at a
 * time, in _bulk_docs batches and as a PouchDB push. The rates are printed for information only:
 * speed is measured by `npm run bench`, never asserted here.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument } from '../../src/lib/domain/document.ts';
import { loadPouchDB, type PouchDatabase, type PouchDoc } from '../../sync-server/couch/pouchdb.ts';
import {
	ACCOUNTS,
	clientOf,
	createAccounts,
	passwordOf,
	response,
	UNIT_A
} from './helpers/factories.ts';
import { bulkDocs, putDoc } from './helpers/http.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

let t: TestServer;
const localDir = tempDir('rapor-bench-');
const opened: PouchDatabase[] = [];

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
});
afterAll(async () => {
	await Promise.allSettled(opened.map((d) => d.close()));
	await t.close();
	rmSync(localDir, { recursive: true, force: true });
});

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
const newResponse = () => toDocument('response', response(UNIT_A, 'enum-a'));

/** Written: 201, or on a busy CouchDB cluster 202 (stored, the write quorum not reached yet). */
const WRITTEN = [201, 202];

describe('the server, for an enumerator,', () => {
	it('takes single PUTs', async () => {
		const c = clientOf(t.anonymous, 'enumA');
		const n = 200;
		const started = performance.now();
		for (let i = 0; i < n; i++)
			expect(WRITTEN).toContain((await putDoc(c, DATABASE.skm, newResponse())).status);
		const ms = performance.now() - started;
		console.log(
			`PUT one response at a time: ${n} in ${ms.toFixed(0)} ms, ${perSecond(n, ms)} requests/s`
		);
	});

	it('takes _bulk_docs batches of 100', async () => {
		const c = clientOf(t.anonymous, 'enumA');
		const n = 2000;
		const started = performance.now();
		for (let i = 0; i < n; i += 100) {
			const res = await bulkDocs(c, DATABASE.skm, Array.from({ length: 100 }, newResponse));
			expect(WRITTEN).toContain(res.status);
		}
		const ms = performance.now() - started;
		console.log(`_bulk_docs: ${n} responses in ${ms.toFixed(0)} ms, ${perSecond(n, ms)} docs/s`);
	});

	it('takes a PouchDB push', async () => {
		const local = new (loadPouchDB())(`${localDir}/push`);
		opened.push(local);
		const n = 2000;
		await local.bulkDocs(Array.from({ length: n }, () => newResponse() as unknown as PouchDoc));
		const name = ACCOUNTS.enumA.name;
		const remote = new (loadPouchDB())(`${t.running.couchUrl}/${DATABASE.skm}`, {
			auth: { username: name, password: passwordOf(name) },
			skip_setup: true
		});
		opened.push(remote);
		const started = performance.now();
		const result = await local.replicate.to(remote);
		const ms = performance.now() - started;
		expect(result).toMatchObject({ docs_written: n, doc_write_failures: 0 });
		console.log(`PouchDB push: ${n} responses in ${ms.toFixed(0)} ms, ${perSecond(n, ms)} docs/s`);
	}, 60_000);
});
