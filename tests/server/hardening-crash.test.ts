/**
 * No request takes the server down: any method, on any path, with any body, from anyone,
 * is answered (a refusal, a 404, a 405 or a 500), and the server keeps serving. Only the methods
 * each route needs are allowed.
 */
import fc from 'fast-check';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { ACCOUNTS, createAccounts, passwordOf, UNIT_A } from './helpers/factories.ts';
import { putDoc } from './helpers/http.ts';
import { responseDoc } from './helpers/matrix.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let t: TestServer;
let cookies: Record<'enumerator' | 'appAdmin', string>;

async function sessionCookie(name: string): Promise<string> {
	const login = await t.anonymous.raw('POST', '/_session', { name, password: passwordOf(name) });
	expect(login.status).toBe(200);
	return /AuthSession=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
}

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
	cookies = {
		enumerator: await sessionCookie(ACCOUNTS.enumA.name),
		appAdmin: await sessionCookie(ACCOUNTS.admin.name)
	};
});
afterAll(() => t.close());

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** Any request, with any method (fetch refuses some), answered within 10 s or failed. */
function send(
	method: string,
	path: string,
	options: { body?: string; contentType?: string; cookie?: string } = {}
): Promise<Answer> {
	const { hostname, port } = new URL(t.running.url);
	return new Promise((resolve, reject) => {
		const headers: Record<string, string> = {};
		if (options.contentType) headers['content-type'] = options.contentType;
		if (options.cookie) headers.cookie = options.cookie;
		if (options.body !== undefined)
			headers['content-length'] = String(Buffer.byteLength(options.body));
		const req = request({ hostname, port, method, path, headers, timeout: 10_000 }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (d: string) => (body += d));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 10 s`)));
		req.on('error', reject);
		req.end(options.body);
	});
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'COPY', 'PROPFIND'];
const SEGMENTS = [
	'_session',
	'_uuids',
	'_all_dbs',
	'_users',
	'_config',
	'_node',
	'_replicate',
	'_active_tasks',
	'_restart',
	'_stats',
	'_log',
	DATABASE.skm,
	DATABASE.master,
	DATABASE.realisasi,
	'tidak-ada',
	'_design',
	'rapor',
	'_local',
	'_view',
	'konflik',
	'_bulk_docs',
	'_bulk_get',
	'_revs_diff',
	'_changes',
	'_all_docs',
	'_security',
	'_find',
	'_index',
	'_explain',
	'_compact',
	'_view_cleanup',
	'_temp_view',
	'_list',
	'_show',
	'_update',
	'_purge',
	'_revs_limit',
	'_ensure_full_commit',
	'_info',
	'org.couchdb.user:enum-a',
	'dok-1',
	'%2e%2e',
	'%5Fusers',
	'%E0%A4%A',
	'a%2Fb',
	'%',
	'index.html',
	'_app',
	'service-worker.js'
];
const QUERIES = [
	'',
	'?rev=1-abc',
	'?feed=longpoll&timeout=50',
	'?filter=a/b',
	'?filter=_selector',
	'?keys=[1,2',
	'?since=now',
	'?include_docs=true&limit=2',
	'?next=/x',
	'?count=999999999'
];
const BODIES: fc.Arbitrary<{ body?: string; contentType?: string }> = fc.oneof(
	fc.constant({}),
	fc.constant({ body: '{}', contentType: 'application/json' }),
	fc.constant({ body: '{"docs":[{"_id":"x"}]}', contentType: 'application/json' }),
	fc.constant({ body: '{"docs":"x","new_edits":false}', contentType: 'application/json' }),
	fc.constant({ body: '{"name":"enum-a","password":"x"}', contentType: 'application/json' }),
	fc.constant({ body: 'name=enum-a&password=x', contentType: 'application/x-www-form-urlencoded' }),
	fc.constant({ body: '{"selector":{"$where":1}}', contentType: 'application/json' }),
	fc.constant({ body: '{not json', contentType: 'application/json' }),
	fc.constant({ body: '[]', contentType: 'application/json' }),
	fc.constant({ body: 'null', contentType: 'application/json' }),
	fc.constant({ body: '"x"', contentType: 'application/json' }),
	fc.constant({ body: '{"docs":[]}', contentType: 'application/json' }),
	fc.constant({ body: '{"docs":[null]}', contentType: 'application/json' }),
	fc.constant({ body: '{"keys":"x"}', contentType: 'application/json' }),
	fc.constant({ body: 'x', contentType: 'text/plain' }),
	fc.json({ maxDepth: 3 }).map((body) => ({ body, contentType: 'application/json' }))
);

/** Routes the API has, in every database, so that requests reach the backend, not only the front. */
const ROUTE_TAILS = [
	'',
	'_bulk_docs',
	'_bulk_get',
	'_revs_diff',
	'_changes',
	'_all_docs',
	'_security',
	'_local/pos',
	'_design/rapor',
	'_design/rapor/_view/konflik',
	'_design/rapor/_info',
	'dok-1',
	'dok-1/lampiran.txt',
	'org.couchdb.user:enum-a'
];
const TOP_ROUTES = ['_session', '_uuids', '_all_dbs', '_config/admins', '_node/_local/_config/a/b'];

const anyPath = fc.oneof(
	fc
		.tuple(
			fc.constantFrom('/db', '/db', ''),
			fc.array(fc.constantFrom(...SEGMENTS), { minLength: 0, maxLength: 4 })
		)
		.map(([root, parts]) => `${root}/${parts.join('/')}`),
	fc
		.tuple(
			fc.constantFrom(DATABASE.skm, DATABASE.master, DATABASE.realisasi, '_users', 'tidak-ada'),
			fc.constantFrom(...ROUTE_TAILS)
		)
		.map(([db, tail]) => `/db/${db}/${tail}`),
	fc.constantFrom(...TOP_ROUTES).map((route) => `/db/${route}`)
);

const anyRequest = fc.record({
	method: fc.oneof(
		{ weight: 3, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE') },
		{ weight: 1, arbitrary: fc.constantFrom(...METHODS) }
	),
	path: fc
		.tuple(anyPath, fc.constantFrom(...QUERIES))
		.map(([path, q]) => `${path}${q}`.replace('/db/?', '/db?')),
	body: BODIES,
	who: fc.constantFrom('anonymous', 'enumerator', 'appAdmin') as fc.Arbitrary<
		'anonymous' | 'enumerator' | 'appAdmin'
	>
});

describe('any request', () => {
	it('is answered, and the server still serves health and sync writes afterwards', async () => {
		const seen: string[] = [];
		await fc.assert(
			fc.asyncProperty(anyRequest, async ({ method, path, body, who }) => {
				const cookie = who === 'anonymous' ? undefined : cookies[who];
				const answer = await send(method, path, { ...body, cookie });
				seen.push(`${answer.status} ${method} ${path}`);
				expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(200);
				expect(answer.status, `${method} ${path}: ${answer.body}`).toBeLessThan(600);
				if (answer.status >= 400 && method !== 'HEAD' && path.startsWith('/db')) {
					expect(answer.headers['content-type'], `${method} ${path}`).toMatch(/^application\/json/);
				}
			}),
			{ numRuns: 800, seed: 20261206 }
		);
		expect(seen.length).toBe(800);
		// The requests reached every layer: answered by the backend as well as refused in front.
		const statuses = new Set(seen.map((line) => line.slice(0, 3)));
		for (const status of ['200', '400', '401', '403', '404', '405']) {
			expect(statuses, status).toContain(status);
		}
		console.log(
			`fuzz: ${[...statuses]
				.sort()
				.map((st) => `${st}×${seen.filter((l) => l.startsWith(st)).length}`)
				.join(' ')}`
		);

		const health = await send('GET', '/health');
		expect(health.status).toBe(200);
		const name = ACCOUNTS.enumA.name;
		const enumA = t.anonymous.as({ name, password: passwordOf(name) });
		const write = await putDoc(enumA, DATABASE.skm, responseDoc(UNIT_A, name));
		expect(write.status, JSON.stringify(write.body)).toBe(201);
	});
});

describe('the method allow-list', () => {
	it('answers PUT /db/_session (which stopped the server) with 405 and the methods allowed', async () => {
		const answer = await send('PUT', '/db/_session', {
			body: '{"name":"a","password":"b"}',
			contentType: 'application/json'
		});
		expect(answer.status).toBe(405);
		expect(answer.headers.allow).toBe('GET, HEAD, POST, DELETE');
		expect(JSON.parse(answer.body)).toMatchObject({ error: 'method_not_allowed' });
		expect((await send('GET', '/health')).status).toBe(200);
	});

	it('answers a method no route takes with 405 JSON', async () => {
		const answer = await send('PATCH', `/db/${DATABASE.skm}/dok-1`, {
			body: '{}',
			contentType: 'application/json'
		});
		expect(answer.status).toBe(405);
		expect(answer.headers.allow).toBe('GET, HEAD, PUT, DELETE');
	});

	it('answers a route Rapor does not use with 404 JSON, before asking who the caller is', async () => {
		for (const path of [
			'/db/_replicate',
			'/db/_active_tasks',
			`/db/${DATABASE.skm}/_temp_view`,
			`/db/${DATABASE.skm}/_design/rapor/_show/x`,
			`/db/${DATABASE.skm}/_design/rapor/_update/x`,
			`/db/${DATABASE.skm}/_purge`,
			'/db/Bukan_Nama_Database'
		]) {
			const answer = await send('POST', path, { body: '{}', contentType: 'application/json' });
			expect(answer.status, path).toBe(404);
			expect(JSON.parse(answer.body), path).toMatchObject({ error: 'not_found' });
		}
	});

	it('lets through every call the app, setup, backup and the admin CLI make', async () => {
		const admin = t.admin;
		const skm = DATABASE.skm;
		for (const [method, path, body] of [
			['GET', '/', undefined],
			['GET', '/_uuids', undefined],
			['GET', '/_all_dbs', undefined],
			['HEAD', `/${skm}`, undefined],
			['GET', `/${skm}`, undefined],
			['GET', `/${skm}/_changes?style=all_docs&limit=1`, undefined],
			['POST', `/${skm}/_changes?filter=_selector`, { selector: { type: 'response' } }],
			['POST', `/${skm}/_bulk_get?revs=true`, { docs: [] }],
			['POST', `/${skm}/_revs_diff`, {}],
			['POST', `/${skm}/_bulk_docs`, { docs: [], new_edits: false }],
			['GET', `/${skm}/_all_docs?limit=1`, undefined],
			['POST', `/${skm}/_all_docs`, { keys: [] }],
			['GET', `/${skm}/_security`, undefined],
			['GET', `/${skm}/_design/rapor`, undefined],
			['GET', `/${DATABASE.realisasi}/_design/rapor/_view/konflik`, undefined],
			['PUT', `/${skm}/_local/pos`, { since: 1 }],
			['GET', `/${skm}/_local/pos`, undefined],
			['GET', '/_users/_all_docs', undefined]
		] as const) {
			const res = await admin.raw(method, path, body);
			expect([200, 201], `${method} ${path}: ${JSON.stringify(res.body)}`).toContain(res.status);
		}
	});
});
