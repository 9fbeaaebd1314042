/**
 * Filtered change feeds, as the app pulls rapor-skm for an enumerator: PouchDB's HTTP adapter
 * turns `changes({ selector })` into `POST _changes?filter=_selector` with `{"selector": …}`
 * (CouchDB 3). Only matching documents come back, `limit` holds, `last_seq` is the next `since`,
 * deletions that still match are reported, a long poll ends on a change or on its timeout, and
 * no filter, however wrong, stops the server.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument, type StoredDocument } from '../../src/lib/domain/document.ts';
import {
	loadPouchDB,
	type ChangesResult,
	type PouchDatabase,
	type PouchDoc
} from '../../sync-server/couch/pouchdb.ts';
import { docPath } from '../../sync-server/http/couch-client.ts';
import {
	ACCOUNTS,
	cancel,
	createAccounts,
	koreksiDoc,
	masterDocs,
	passwordOf,
	response,
	UNIT_A,
	UNIT_B
} from './helpers/factories.ts';
import { bulkDocs, seed } from './helpers/http.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

const PouchDB = loadPouchDB();
const SKM = DATABASE.skm;
const OWNED_BY_A = { enumerator: 'enum-a' };

let t: TestServer;
const localDir = tempDir('rapor-device-');
const opened: PouchDatabase[] = [];
/** Ids of the live documents the selector MILIK_A matches, in the order they were written. */
const ownedByA: string[] = [];

function remote(who: keyof typeof ACCOUNTS): PouchDatabase {
	const name = ACCOUNTS[who].name;
	const db = new PouchDB(`${t.running.couchUrl}/${SKM}`, {
		auth: { username: name, password: passwordOf(name) },
		skip_setup: true
	});
	opened.push(db);
	return db;
}

/** The app's pull: one page of the enumerator's own documents after `since`. */
const pullPage = (db: PouchDatabase, since: number | string, limit: number) =>
	db.changes({ since, limit, selector: OWNED_BY_A, style: 'all_docs', conflicts: true });

/** Responses of enumerators A and B and kiosk responses, interleaved, and one koreksi of A. */
async function fillSkm(): Promise<void> {
	const docs: StoredDocument[] = [];
	for (let i = 0; i < 12; i++) {
		docs.push(toDocument('response', response(UNIT_A, 'enum-a')));
		docs.push(toDocument('response', response(UNIT_B, 'enum-b')));
		if (i % 3 === 0) docs.push(toDocument('response', response(UNIT_A, undefined)));
	}
	const first = docs[0] as StoredDocument<'response'>;
	docs.push(koreksiDoc(cancel(first.id, 'enum-a'), { unitId: UNIT_A, enumerator: 'enum-a' }));
	const res = await bulkDocs(t.admin, SKM, docs);
	expect(res.status).toBe(201);
	ownedByA.push(
		...docs.filter((d) => 'enumerator' in d && d.enumerator === 'enum-a').map((d) => d._id)
	);
}

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
	for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
	await fillSkm();
});
afterAll(async () => {
	await Promise.allSettled(opened.map((db) => db.close()));
	await t.close();
	rmSync(localDir, { recursive: true, force: true });
});

const ids = (r: ChangesResult) => r.results.map((c) => c.id);
/** Apache CouchDB's feed of a sharded database is not in write order: compared as sets there. */
const inOrder = (list: readonly string[]) =>
	process.env.COUCHDB_URL ? [...list].sort() : [...list];

describe('_changes?filter=_selector through PouchDB’s HTTP adapter', () => {
	it('sends POST _changes?filter=_selector and gets only the matching documents', async () => {
		const page = await pullPage(remote('enumA'), 0, 100);
		expect(inOrder(ids(page))).toEqual(inOrder(ownedByA));
		expect(page.results[0]!.changes).toHaveLength(1);
		const request = t.logs.findLast((l) => l.includes('/_changes'));
		expect(request).toMatch(/^POST \/db\/rapor-skm\/_changes\?\S*filter=_selector\S* 200 /);
	});

	it('pages with limit, each last_seq serving as the next since', async () => {
		const db = remote('enumA');
		const seen: string[] = [];
		let since: number | string = 0;
		for (;;) {
			const page = await pullPage(db, since, 4);
			expect(page.results.length).toBeLessThanOrEqual(4);
			if (page.results.length === 0) break;
			seen.push(...ids(page));
			since = page.last_seq;
		}
		expect(inOrder(seen)).toEqual(inOrder(ownedByA));

		const next = toDocument('response', response(UNIT_A, 'enum-a'));
		await bulkDocs(t.admin, SKM, [next, toDocument('response', response(UNIT_B, 'enum-b'))]);
		expect(ids(await pullPage(db, since, 4))).toEqual([next._id]);
		ownedByA.push(next._id);
	});

	it('reports the deletion of a matching document when its tombstone still matches', async () => {
		const db = remote('enumA');
		const { last_seq: since } = await pullPage(db, 0, 1000);
		const [kept, bare] = await Promise.all(
			ownedByA
				.slice(1, 3)
				.map(async (id) => (await t.admin.raw('GET', docPath(SKM, id))).body as PouchDoc)
		);
		// A tombstone that keeps the fields matches the selector, as on CouchDB; one written by a
		// plain DELETE has no `enumerator` left and does not.
		await bulkDocs(t.admin, SKM, [{ ...kept!, _deleted: true }]);
		await t.admin.raw('DELETE', docPath(SKM, bare!._id), undefined, { rev: bare!._rev! });
		const page = await pullPage(db, since, 1000);
		expect(page.results).toEqual([expect.objectContaining({ id: kept!._id, deleted: true })]);
		ownedByA.splice(1, 2);
	});

	it('long-polls: answers with the first matching change, or with none after the timeout', async () => {
		const db = remote('enumA');
		const { last_seq: since } = await pullPage(db, 0, 1000);
		const wait = (timeout: number) =>
			db.changes({
				since,
				limit: 1,
				selector: OWNED_BY_A,
				query_params: { feed: 'longpoll', timeout }
			});

		const started = performance.now();
		expect(ids(await wait(300))).toEqual([]);
		expect(performance.now() - started).toBeGreaterThanOrEqual(280);

		const waiting = wait(10_000);
		await new Promise((r) => setTimeout(r, 100));
		await bulkDocs(t.admin, SKM, [toDocument('response', response(UNIT_B, 'enum-b'))]);
		const mine = toDocument('response', response(UNIT_A, 'enum-a'));
		await bulkDocs(t.admin, SKM, [mine]);
		expect(ids(await waiting)).toEqual([mine._id]);
		ownedByA.push(mine._id);
	});

	it('feeds PouchDB’s filtered replication', async () => {
		const local = new PouchDB(`${localDir}/enum-a`);
		opened.push(local);
		const result = await local.replicate.from(remote('enumA'), { selector: OWNED_BY_A });
		expect(result).toMatchObject({ ok: true, doc_write_failures: 0 });
		const { rows } = await local.allDocs({});
		expect(rows.map((r) => r.id).sort()).toEqual([...ownedByA].sort());
	});

	it('keeps PouchDB’s live filtered replication going (long polls with a heartbeat)', async () => {
		const local = new PouchDB(`${localDir}/enum-a-live`);
		opened.push(local);
		const live = local.replicate.from(remote('enumA'), { live: true, selector: OWNED_BY_A });
		try {
			const mine = toDocument('response', response(UNIT_A, 'enum-a'));
			const arrived = new Promise<void>((resolve) => {
				live.on('change', (info) => {
					if (info.docs.some((d) => d._id === mine._id)) resolve();
				});
			});
			await new Promise((r) => setTimeout(r, 200));
			await bulkDocs(t.admin, SKM, [toDocument('response', response(UNIT_B, 'enum-b')), mine]);
			ownedByA.push(mine._id);
			await arrived;
			expect((await local.get(mine._id))._id).toBe(mine._id);
		} finally {
			live.cancel();
		}
	});

	it('still checks who may read the database', async () => {
		// Not a member: 401 from the embedded server, 403 from Apache CouchDB.
		const refused: unknown = await Promise.resolve(pullPage(remote('opdX'), 0, 10)).then(
			() => null,
			(e: unknown) => e
		);
		expect([401, 403]).toContain((refused as { status?: number } | null)?.status);
	});
});

describe('_changes?filter=_doc_ids', () => {
	it('answers with the named documents only', async () => {
		const wanted = [ownedByA[0]!, ownedByA[4]!];
		const page = await remote('enumB').changes({ since: 0, doc_ids: wanted });
		expect(ids(page).sort()).toEqual([...wanted].sort());
	});
});

/** Filters and feeds Apache CouchDB has (design filters, views, continuous feeds). */
const EMBEDDED_ONLY: [string, string, unknown][] = [
	['GET', '?filter=tidak/ada', undefined],
	['GET', '?filter=_view&view=rapor/konflik', undefined],
	['GET', '?feed=continuous', undefined]
];

describe('filters the server does not have', () => {
	it.skipIf(process.env.COUCHDB_URL).each(EMBEDDED_ONLY)(
		'refuses %s _changes%s with 400 and keeps running (embedded server only)',
		async (method, query, body) => {
			const enumA = t.anonymous.as({ name: 'enum-a', password: passwordOf('enum-a') });
			const res = await enumA.raw(method, `/${SKM}/_changes${query}`, body);
			expect(res.status, JSON.stringify(res.body)).toBe(400);
			expect(res.body).toMatchObject({ error: 'bad_request' });
		}
	);

	it.each([
		['GET', '?filter=_selector', undefined],
		['POST', '?filter=_selector', { selector: { $and: 5 } }],
		['POST', '?filter=_doc_ids', { doc_ids: 5 }]
	])('refuses %s _changes%s with 400 and keeps running', async (method, query, body) => {
		const enumA = t.anonymous.as({ name: 'enum-a', password: passwordOf('enum-a') });
		const res = await enumA.raw(method, `/${SKM}/_changes${query}`, body);
		expect(res.status, JSON.stringify(res.body)).toBe(400);
		expect(res.body).toMatchObject({ error: 'bad_request' });
		expect((await enumA.raw('GET', `/${SKM}/_changes`, undefined, { limit: 1 })).status).toBe(200);
	});

	it('answers a _list call with 404 and keeps running (express-pouchdb’s _list is left out)', async () => {
		const enumA = t.anonymous.as({ name: 'enum-a', password: passwordOf('enum-a') });
		expect((await enumA.raw('GET', `/${SKM}/_design/rapor/_list/a/b`)).status).toBe(404);
		expect((await enumA.raw('GET', `/${SKM}`)).status).toBe(200);
	});
});
