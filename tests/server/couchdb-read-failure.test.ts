/**
 * Finding 8: the cross-document checks read a second document (the verified entry a branch would
 * replace, the response a koreksi names). A read that fails for any reason but "not found" must
 * refuse the write with 503, which the device retries: neither let it through (a forged branch
 * would win over a verified entry) nor refuse it for good (a koreksi would never reach the server).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, documentId, toDocument } from '../../src/lib/domain/document.ts';
import type { User } from '../../src/lib/domain/schemas.ts';
import { addResponses } from '../../src/lib/db/responses-write.ts';
import type { Remote } from '../../src/lib/sync/remote.ts';
import { WriteRefused } from '../../sync-server/couch/cross-checks.ts';
import { loadPouchDB } from '../../sync-server/couch/pouchdb.ts';
import { couchReader, prefetchingReader } from '../../sync-server/couchdb/reader.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import {
	ACCOUNTS,
	cancel,
	clientOf,
	createAccounts,
	koreksiDoc,
	masterDocs,
	OPD_X,
	realisasi,
	response,
	makeHistory,
	UNIT_A
} from './helpers/factories.ts';
import { forgedBranch, getDoc, replicate, seed } from './helpers/http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { device } from './sync/device.ts';

/** Ids whose reads fail in LevelDB, as a disk or I/O error would make them fail. */
const failing = new Set<string>();

type Method = (this: unknown, ...args: unknown[]) => unknown;

function failingGet(get: Method): Method {
	return function (this: unknown, ...args: unknown[]) {
		if (typeof args[0] !== 'string' || !failing.has(args[0])) return get.apply(this, args);
		const error = Object.assign(new Error('IO error: read failed'), {
			status: 500,
			name: 'unknown_error'
		});
		const callback = args.find((a) => typeof a === 'function') as
			((e: unknown) => void) | undefined;
		if (callback) return void callback(error);
		return Promise.reject(error);
	};
}

/**
 * Every database opened from now on gets a get that fails for the ids in `failing`. PouchDB
 * defines get per instance, in the `_setup` of its internal base class, before any wrapper takes it.
 */
function injectReadFailures(): () => void {
	const proto = Object.getPrototypeOf(loadPouchDB().prototype) as { _setup: Method };
	const setup = proto._setup;
	proto._setup = function (this: unknown, ...args: unknown[]) {
		const result = setup.apply(this, args);
		const db = this as { get: Method };
		db.get = failingGet(db.get);
		return result;
	};
	return () => {
		proto._setup = setup;
	};
}

describe.skipIf(process.env.COUCHDB_URL)(
	'a storage error during the cross-document checks (embedded server only)',
	() => {
		let t: TestServer;
		let restore: () => void;

		beforeAll(async () => {
			restore = injectReadFailures();
			t = await startTestServer();
			await createAccounts(t.admin);
			for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
		});
		afterAll(async () => {
			await t.close();
			restore();
		});

		it('refuses a forged branch of a verified entry with 503 instead of letting it win', async () => {
			const staf = ACCOUNTS.opdX.name;
			const entry = realisasi(OPD_X, '2026-TW2', 'diverifikasi', [
				makeHistory(staf, 'ajukan'),
				makeHistory(ACCOUNTS.admin.name, 'verifikasi')
			]);
			const verified = await seed(t.admin, DATABASE.realisasi, toDocument('realisasi', entry));
			const forged = forgedBranch(
				{
					...verified,
					status: 'draft',
					realisasiFisik: 99,
					riwayat: [makeHistory(staf, 'simpan')]
				},
				9
			);

			failing.add(verified._id);
			const during = await replicate(clientOf(t.anonymous, 'opdX'), DATABASE.realisasi, forged);
			failing.delete(verified._id);

			expect(during.status, JSON.stringify(during.body)).toBe(503);
			expect((during.body as { error?: string }).error).toBe('service_unavailable');
			const stored = await getDoc(t.admin, DATABASE.realisasi, verified._id);
			expect((stored.body as { _rev: string })._rev).toBe(verified._rev);
			const after = await replicate(clientOf(t.anonymous, 'opdX'), DATABASE.realisasi, forged);
			expect(after.status).toBe(403);
		});

		it('answers a koreksi with 503 while its response cannot be read, and takes it once it can', async () => {
			const enumA = ACCOUNTS.enumA.name;
			const r = response(UNIT_A, enumA);
			const responseDoc = toDocument('response', r);
			await seed(t.admin, DATABASE.skm, responseDoc);
			const koreksi = { ...koreksiDoc(cancel(r.id, enumA), r), _rev: `1-${'a'.repeat(32)}` };
			const withHistory = { ...koreksi, _revisions: { start: 1, ids: ['a'.repeat(32)] } };
			const enumerator = clientOf(t.anonymous, 'enumA');

			failing.add(documentId('response', r.id));
			const during = await replicate(enumerator, DATABASE.skm, withHistory);
			failing.delete(documentId('response', r.id));

			expect(during.status, JSON.stringify(during.body)).toBe(503);
			const retried = await replicate(enumerator, DATABASE.skm, withHistory);
			expect(retried.status, JSON.stringify(retried.body)).toBe(201);
		});
	}
);

describe("the guard's reader of Apache CouchDB", () => {
	let stub: Server;
	let url: string;
	const answers = new Map<string, number>();

	beforeAll(async () => {
		stub = createServer((req, res) => {
			req.resume();
			if (req.url === '/rapor-master/_all_docs') {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ rows: [{ key: 'baru', error: 'not_found' }] }));
				return;
			}
			const status = answers.get(req.url?.split('?')[0] ?? '') ?? 500;
			res.writeHead(status, { 'content-type': 'application/json' });
			const body =
				status === 200
					? { _id: 'x', _rev: '1-a' }
					: status === 404
						? { error: 'not_found', reason: 'missing' }
						: { error: 'unknown_error', reason: 'timeout' };
			res.end(JSON.stringify(body));
		});
		await new Promise<void>((done) => stub.listen(0, '127.0.0.1', done));
		const address = stub.address();
		url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
		answers.set('/rapor-skm/ada', 200);
		answers.set('/rapor-skm/hilang', 404);
	});
	afterAll(() => new Promise<void>((done) => stub.close(() => done())));

	const reader = () =>
		couchReader(new CouchClient({ url, credentials: { name: 'a', password: 'b' } }), 'rapor-skm');

	it('reads a stored revision and takes only "not found" for no revision', async () => {
		expect(await reader().revision('ada')).toMatchObject({ _id: 'x' });
		expect(await reader().revision('hilang')).toBeNull();
	});

	it('knows the documents a push creates from one _all_docs, and reads the others', async () => {
		const client = new CouchClient({ url, credentials: { name: 'a', password: 'b' } });
		const known = await prefetchingReader(client, 'rapor-master', ['baru', 'rusak']);
		expect(await known.revision('baru')).toBeNull();
		await expect(known.revision('rusak')).rejects.toMatchObject({ status: 503 });
		// When _all_docs fails, every document is read, and a failing read still refuses.
		const unknown = await prefetchingReader(client, 'rapor-skm', ['baru']);
		await expect(unknown.revision('baru')).rejects.toMatchObject({ status: 503 });
	});

	it('turns any other answer into a 503 refusal', async () => {
		const error = await reader()
			.revision('rusak')
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(WriteRefused);
		expect(error).toMatchObject({ status: 503, name: 'service_unavailable' });
	});
});

describe('a device whose write the server could not check', () => {
	let t: TestServer;

	beforeAll(async () => {
		t = await startTestServer();
		await createAccounts(t.admin);
		for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
	});
	afterAll(() => t.close());

	it('keeps the response queued after a 503 and sends it on the next sync', async () => {
		const user: User = { nama: ACCOUNTS.enumA.name, peran: 'enumerator', unitIds: [UNIT_A] };
		let unavailable = true;
		const sometimesUnavailable = (r: Remote): Remote => ({
			...r,
			async bulkDocsReplikasi(docs) {
				if (!unavailable) return r.bulkDocsReplikasi(docs);
				unavailable = false;
				const reason = 'server.tidakTersedia: the server could not read the stored documents';
				return docs.map((d) => ({ id: d._id, error: 'service_unavailable', reason }));
			}
		});
		const enumerator = await device(t.running.couchUrl, user, sometimesUnavailable);
		try {
			const r = response(UNIT_A, user.nama);
			await addResponses(enumerator.db, [r]);

			await enumerator.sync();
			const row = await enumerator.db.sinkron.get(`response:${r.id}`);
			expect(row).toMatchObject({ antre: 1, status: 'lokal' });

			await enumerator.sync();
			expect(await enumerator.db.sinkron.get(`response:${r.id}`)).toMatchObject({
				antre: 0,
				status: 'tersinkron'
			});
			expect((await getDoc(t.admin, DATABASE.skm, `response:${r.id}`)).status).toBe(200);
		} finally {
			await enumerator.close();
		}
	});
});
