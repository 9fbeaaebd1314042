/**
 * Request bodies have limits that fit the documents: a body larger than its route's limit is
 * refused (413) without the server reading it, JSON routes take only JSON, and a login only as
 * JSON (a form-encoded login would let any site sign a browser in: login CSRF).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_DOCUMENT_BYTES_LIMIT, PUSH_BYTES_LIMIT } from '../../src/lib/domain/limits.ts';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { BODY_LIMIT, bulkDocsLimit, documentLimit } from '../../sync-server/http/limits.ts';
import { ACCOUNTS, createAccounts, passwordOf } from './helpers/factories.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let t: TestServer;
beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
});
afterAll(() => t.close());

const MB = 1024 * 1024;
const basic = (name: string) =>
	`Basic ${Buffer.from(`${name}:${passwordOf(name)}`).toString('base64')}`;

interface Upload {
	status: number;
	body: string;
	/** Bytes the client had handed to the socket when the answer arrived. */
	sentWhenAnswered: number;
	total: number;
}

/**
 * Sends `total` bytes of JSON-looking filler in 1 MB chunks, as fast as the socket takes them,
 * with a Content-Length or (`chunked`) without one, and notes how far it got when the answer came.
 */
function upload(
	method: string,
	path: string,
	total: number,
	options: { chunked?: boolean; auth?: string } = {}
): Promise<Upload> {
	const { hostname, port } = new URL(t.running.url);
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (!options.chunked) headers['content-length'] = String(total);
	if (options.auth) headers.authorization = options.auth;
	return new Promise((resolve, reject) => {
		let sent = 0;
		let answered = false;
		const req = request({ hostname, port, method, path, headers }, (res) => {
			answered = true;
			const sentWhenAnswered = sent;
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (d: string) => (body += d));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered, total }));
		});
		// The server closes the connection after refusing: writing on is then an error, not a failure.
		req.on('error', (error) => (answered ? undefined : reject(error)));
		const chunk = Buffer.alloc(MB, 0x20);
		chunk.write('{"docs":[');
		const pump = () => {
			while (sent < total && !answered) {
				const size = Math.min(MB, total - sent);
				sent += size;
				if (!req.write(size === MB ? chunk : chunk.subarray(0, size))) {
					req.once('drain', pump);
					return;
				}
			}
			if (!answered) req.end();
		};
		pump();
	});
}

describe('a 100 MB body', () => {
	it('is refused by its Content-Length before the server reads it', async () => {
		const res = await upload('POST', `/db/${DATABASE.skm}/_bulk_docs`, 100 * MB, {
			auth: basic(ACCOUNTS.enumA.name)
		});
		expect(res.status).toBe(413);
		expect(JSON.parse(res.body)).toMatchObject({ error: 'too_large' });
		expect(res.sentWhenAnswered).toBeLessThan(res.total);
	});

	it('is cut off at the route’s limit when sent without a Content-Length', async () => {
		const res = await upload('PUT', `/db/${DATABASE.skm}/dok-besar`, 100 * MB, {
			chunked: true,
			auth: basic(ACCOUNTS.enumA.name)
		});
		expect(res.status).toBe(413);
		expect(res.sentWhenAnswered).toBeLessThan(res.total);
	});

	it('is refused on a login before anything else is looked at', async () => {
		const res = await upload('POST', '/db/_session', 100 * MB);
		expect(res.status).toBe(413);
		expect(res.sentWhenAnswered).toBeLessThan(res.total);
	});

	it('leaves the server serving', async () => {
		expect((await fetch(`${t.running.url}/health`)).status).toBe(200);
	});
});

describe('the limits', () => {
	it('come from the documents: the app’s largest push, by bytes, fits', () => {
		for (const [db, bytes] of [
			[DATABASE.skm, DATABASE_DOCUMENT_BYTES_LIMIT.skm],
			[DATABASE.master, DATABASE_DOCUMENT_BYTES_LIMIT.master],
			[DATABASE.realisasi, DATABASE_DOCUMENT_BYTES_LIMIT.realisasi]
		] as const) {
			expect(documentLimit(db)).toBeGreaterThan(bytes);
			expect(bulkDocsLimit(db)).toBeGreaterThan(PUSH_BYTES_LIMIT + bytes);
			expect(bulkDocsLimit(db)).toBeLessThan(5 * MB);
		}
	});

	it('refuse one document larger than its database allows, by Content-Length', async () => {
		const big = { _id: 'besar', isi: 'x'.repeat(documentLimit(DATABASE.skm)) };
		const res = await t.admin.raw('PUT', `/${DATABASE.skm}/besar`, big);
		expect(res.status).toBe(413);
	});

	it('let a document near the limit through to the write checks', async () => {
		const name = ACCOUNTS.enumA.name;
		const enumA = t.anonymous.as({ name, password: passwordOf(name) });
		const near = { _id: 'hampir', isi: 'x'.repeat(DATABASE_DOCUMENT_BYTES_LIMIT.skm - 100) };
		const res = await enumA.raw('PUT', `/${DATABASE.skm}/hampir`, near);
		// Past the front: the validation answers (it refuses a document that is not a response).
		expect(res.status).toBe(403);
	});

	it('refuse a login body larger than a name and a password', async () => {
		const res = await t.anonymous.raw('POST', '/_session', {
			name: 'a',
			password: 'x'.repeat(BODY_LIMIT.login)
		});
		expect(res.status).toBe(413);
	});
});

describe('JSON bodies', () => {
	const login = (body: string, contentType: string) =>
		fetch(`${t.running.couchUrl}/_session`, {
			method: 'POST',
			headers: { 'content-type': contentType },
			body
		});

	it('sign in with a JSON login', async () => {
		const name = ACCOUNTS.enumA.name;
		const res = await login(
			JSON.stringify({ name, password: passwordOf(name) }),
			'application/json'
		);
		expect(res.status).toBe(200);
	});

	it('refuse a form-encoded login (login CSRF) with 415', async () => {
		const name = ACCOUNTS.enumA.name;
		const res = await login(
			new URLSearchParams({ name, password: passwordOf(name) }).toString(),
			'application/x-www-form-urlencoded'
		);
		expect(res.status).toBe(415);
		expect(res.headers.get('set-cookie')).toBeNull();
	});

	it('refuse a login sent as text/plain (what a cross-site form can send) with 415', async () => {
		const name = ACCOUNTS.enumA.name;
		const res = await login(JSON.stringify({ name, password: passwordOf(name) }), 'text/plain');
		expect(res.status).toBe(415);
		expect(res.headers.get('set-cookie')).toBeNull();
	});

	it('refuse JSON that does not parse, and JSON that is not an object, with 400', async () => {
		const path = `${t.running.couchUrl}/${DATABASE.skm}/_bulk_docs`;
		const auth = basic(ACCOUNTS.enumA.name);
		for (const body of ['{"docs": [', '"x"', '[]', 'null']) {
			const res = await fetch(path, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: auth },
				body
			});
			expect(res.status, body).toBe(400);
			expect(await res.json(), body).toMatchObject({ error: 'bad_request' });
		}
	});

	it('ask for a Content-Length where the backend reads the bytes itself (attachments)', async () => {
		const res = await upload('PUT', `/db/${DATABASE.skm}/dok/lampiran.txt`, 1024, {
			chunked: true,
			auth: basic(ACCOUNTS.enumA.name)
		});
		expect(res.status).toBe(411);
	});
});
