/**
 * Cookie sessions as CouchDB has them: POST /_session gives an HttpOnly AuthSession cookie that
 * works for every request and survives a server restart; an invalid or expired cookie is refused
 * with 401, so the app knows to ask for the password again. The cookie is SameSite=Strict (and
 * Secure over HTTPS), logins are JSON only (no login CSRF from a form on another site), and
 * logging out ends the session on the server: the old cookie and its renewals stop working.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../src/lib/domain/document.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';
import { ACCOUNTS, createAccounts, passwordOf } from './helpers/factories.ts';
import { COUCHDB_URL, couchDbSessionTimeout } from './helpers/couchdb.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

const ENUM = ACCOUNTS.enumA.name;

async function login(anonymous: CouchClient, name: string, password: string) {
	const res = await anonymous.raw('POST', '/_session', { name, password });
	const setCookie = res.headers.get('set-cookie') ?? '';
	const cookie = /AuthSession=[^;]*/.exec(setCookie)?.[0] ?? '';
	return { res, setCookie, cookie };
}

/** The session cookie a response sets ('' when none). */
const setCookieOf = (headers: Headers) =>
	/AuthSession=[^;]*/.exec(headers.get('set-cookie') ?? '')?.[0] ?? '';

/**
 * Apache CouchDB renews a cookie only once a tenth of its timeout has passed, and takes the
 * timeout from its own configuration: these run `fn` with CouchDB's timeout set to `seconds`.
 */
async function withCouchDbTimeout(seconds: number, fn: () => Promise<void>): Promise<void> {
	const restore = await couchDbSessionTimeout(COUCHDB_URL!, seconds);
	try {
		await fn();
	} finally {
		await restore();
	}
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let t: TestServer;
beforeAll(async () => {
	t = await startTestServer({ dataDir: tempDir('rapor-session-') });
	await createAccounts(t.admin);
});
afterAll(async () => {
	await t.close();
	rmSync(t.running.dataDir, { recursive: true, force: true });
});

describe('cookie sessions', () => {
	it('logs in with name and password and gives an HttpOnly cookie', async () => {
		const { res, setCookie, cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ ok: true, name: ENUM, roles: ['enumerator', 'unit:pkm-a'] });
		expect(setCookie).toMatch(/HttpOnly/i);
		expect(cookie).not.toBe('');
	});

	it('keeps the cookie across a browser restart, for the session timeout', async () => {
		const { setCookie, cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		expect(setCookie).toMatch(/Max-Age=43200/);
		const out = await t.anonymous.as(undefined, cookie).raw('DELETE', '/_session');
		expect(out.headers.getSetCookie().at(-1)).toMatch(/^AuthSession=;.*Expires=Thu, 01 Jan 1970/);
	});

	it.skipIf(COUCHDB_URL)('renews the cookie on every request (embedded server only)', async () => {
		const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		const renewed = await t.anonymous.as(undefined, cookie).raw('GET', `/${DATABASE.skm}`);
		expect(renewed.headers.get('set-cookie') ?? '').toMatch(/^AuthSession=[^;]+;.*Max-Age=43200/);
		const out = await t.anonymous.as(undefined, cookie).raw('DELETE', '/_session');
		// Logging out still clears it: the last cookie the browser applies is the expired one.
		expect(out.headers.getSetCookie().at(-1)).toMatch(/^AuthSession=;.*Expires=Thu, 01 Jan 1970/);
	});

	it.runIf(COUCHDB_URL)(
		'renews the cookie once a tenth of the timeout has passed (Apache CouchDB only)',
		() =>
			withCouchDbTimeout(10, async () => {
				const { setCookie, cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
				expect(setCookie).toMatch(/Max-Age=10/);
				await sleep(2_100);
				const renewed = await t.anonymous.as(undefined, cookie).raw('GET', `/${DATABASE.skm}`);
				expect(renewed.headers.get('set-cookie') ?? '', `${renewed.status}`).toMatch(
					/^AuthSession=[^;]+;.*Max-Age=10/
				);
				expect(setCookieOf(renewed.headers)).not.toBe(cookie);
				const out = await t.anonymous.as(undefined, cookie).raw('DELETE', '/_session');
				expect(out.headers.getSetCookie().at(-1)).toMatch(
					/^AuthSession=;.*Expires=Thu, 01 Jan 1970/
				);
			})
	);

	it('lets the cookie read what the account may read, and tells who is logged in', async () => {
		const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		const withCookie = t.anonymous.as(undefined, cookie);
		expect((await withCookie.raw('GET', `/${DATABASE.skm}/_all_docs`)).status).toBe(200);
		const session = await withCookie.raw('GET', '/_session');
		expect(session.body).toMatchObject({ userCtx: { name: ENUM } });
	});

	it('refuses a wrong password with 401', async () => {
		const { res, cookie } = await login(t.anonymous, ENUM, 'salah-sekali');
		expect(res.status).toBe(401);
		expect(cookie).toBe('');
	});

	it('refuses an invalid cookie with 401', async () => {
		const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		const forged = `${cookie.slice(0, -4)}AAAA`;
		for (const bad of [forged, 'AuthSession=bukan-cookie', 'AuthSession=']) {
			const res = await t.anonymous.as(undefined, bad).raw('GET', `/${DATABASE.skm}/_all_docs`);
			expect(res.status, bad).toBe(401);
		}
	});

	it('keeps a session across a restart of the server', async () => {
		const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		const dataDir = t.running.dataDir;
		await t.close();
		t = await startTestServer({ dataDir });
		const res = await t.anonymous.as(undefined, cookie).raw('GET', `/${DATABASE.skm}/_all_docs`);
		expect(res.status, `${cookie} ${JSON.stringify(res.body)}`).toBe(200);
	});

	it('logs out: DELETE /_session clears the cookie', async () => {
		const res = await t.anonymous.raw('DELETE', '/_session');
		expect(res.status).toBe(200);
		expect(res.headers.get('set-cookie') ?? '').toMatch(/AuthSession=;/);
	});
});

describe('the session cookie', () => {
	const attributes = (setCookie: string) =>
		setCookie
			.split(';')
			.slice(1)
			.map((a) => a.trim().toLowerCase());

	it('is HttpOnly, SameSite=Strict, Path=/, with Max-Age and no Domain', async () => {
		const { setCookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		const attrs = attributes(setCookie);
		expect(attrs).toEqual(
			expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', 'max-age=43200'])
		);
		expect(attrs.some((a) => a.startsWith('domain'))).toBe(false);
	});

	it('is not Secure over plain HTTP', async () => {
		const { setCookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		expect(attributes(setCookie)).not.toContain('secure');
	});

	it.skipIf(COUCHDB_URL)('keeps its attributes when renewed (embedded server only)', async () => {
		const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		const renewed = await t.anonymous.as(undefined, cookie).raw('GET', `/${DATABASE.skm}`);
		expect(attributes(renewed.headers.get('set-cookie') ?? '')).toEqual(
			expect.arrayContaining(['httponly', 'samesite=strict', 'path=/'])
		);
	});

	it.runIf(COUCHDB_URL)('keeps its attributes when renewed (Apache CouchDB only)', () =>
		withCouchDbTimeout(10, async () => {
			const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
			await sleep(2_100);
			const renewed = await t.anonymous.as(undefined, cookie).raw('GET', `/${DATABASE.skm}`);
			const setCookie = renewed.headers.get('set-cookie') ?? '';
			expect(setCookie).toMatch(/^AuthSession=[^;]+;/);
			expect(attributes(setCookie)).toEqual(
				expect.arrayContaining(['httponly', 'samesite=strict', 'path=/'])
			);
			expect(attributes(setCookie).some((a) => a.startsWith('domain') || a === 'version=1')).toBe(
				false
			);
		})
	);
});

describe('logging in', () => {
	it('refuses a form-encoded login (login CSRF from another site)', async () => {
		const res = await fetch(`${t.running.couchUrl}/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ name: ENUM, password: passwordOf(ENUM) })
		});
		expect(res.status).toBe(415);
		expect(res.headers.get('set-cookie')).toBeNull();
	});
});

describe('logging out', () => {
	it('ends the session on the server: the cookie replayed afterwards gets 401', async () => {
		const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		const withCookie = t.anonymous.as(undefined, cookie);
		expect((await withCookie.raw('GET', `/${DATABASE.skm}/_all_docs`)).status).toBe(200);
		expect((await withCookie.raw('DELETE', '/_session')).status).toBe(200);
		expect((await withCookie.raw('GET', `/${DATABASE.skm}/_all_docs`)).status).toBe(401);
		expect((await withCookie.raw('GET', '/_session')).body).toMatchObject({
			userCtx: { name: null }
		});
	});

	it.skipIf(COUCHDB_URL)(
		'ends the renewed cookies of that session too, and not the other sessions (embedded server only)',
		async () => {
			const first = await login(t.anonymous, ENUM, passwordOf(ENUM));
			const other = await login(t.anonymous, ENUM, passwordOf(ENUM));
			const renewal = await t.anonymous
				.as(undefined, first.cookie)
				.raw('GET', `/${DATABASE.skm}/_all_docs`);
			const renewed = /AuthSession=[^;]*/.exec(renewal.headers.get('set-cookie') ?? '')?.[0] ?? '';
			expect(renewed).not.toBe('');
			await t.anonymous.as(undefined, first.cookie).raw('DELETE', '/_session');
			for (const replayed of [first.cookie, renewed]) {
				const res = await t.anonymous
					.as(undefined, replayed)
					.raw('GET', `/${DATABASE.skm}/_all_docs`);
				expect(res.status).toBe(401);
			}
			const still = await t.anonymous
				.as(undefined, other.cookie)
				.raw('GET', `/${DATABASE.skm}/_all_docs`);
			expect(still.status).toBe(200);
		}
	);

	it.runIf(COUCHDB_URL)(
		'ends the renewed cookies of that session too, and not the other sessions (Apache CouchDB only)',
		() =>
			withCouchDbTimeout(10, async () => {
				const first = await login(t.anonymous, ENUM, passwordOf(ENUM));
				await sleep(2_100);
				const renewal = await t.anonymous
					.as(undefined, first.cookie)
					.raw('GET', `/${DATABASE.skm}/_all_docs`);
				const renewed = setCookieOf(renewal.headers);
				expect(renewed).not.toBe('');
				expect(renewed).not.toBe(first.cookie);
				// CouchDB's cookies name the second they were issued: another login, a second later.
				await sleep(1_100);
				const other = await login(t.anonymous, ENUM, passwordOf(ENUM));
				expect(other.cookie).not.toBe(renewed);
				// Logging out with the renewed cookie ends the one that logged in, and the other way round.
				await t.anonymous.as(undefined, renewed).raw('DELETE', '/_session');
				for (const replayed of [first.cookie, renewed]) {
					const res = await t.anonymous
						.as(undefined, replayed)
						.raw('GET', `/${DATABASE.skm}/_all_docs`);
					expect(res.status, replayed).toBe(401);
				}
				const still = await t.anonymous
					.as(undefined, other.cookie)
					.raw('GET', `/${DATABASE.skm}/_all_docs`);
				expect(still.status).toBe(200);
			})
	);

	it('stays in force after a restart of the server', async () => {
		const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
		await t.anonymous.as(undefined, cookie).raw('DELETE', '/_session');
		const dataDir = t.running.dataDir;
		await t.close();
		t = await startTestServer({ dataDir });
		const res = await t.anonymous.as(undefined, cookie).raw('GET', `/${DATABASE.skm}/_all_docs`);
		expect(res.status).toBe(401);
	});
});

describe('behind an HTTPS reverse proxy', () => {
	let proxied: TestServer;
	beforeAll(async () => {
		proxied = await startTestServer({ trustProxy: true });
		await createAccounts(proxied.admin);
	});
	afterAll(() => proxied.close());

	const loginVia = (proto: string) =>
		fetch(`${proxied.running.couchUrl}/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-forwarded-proto': proto },
			body: JSON.stringify({ name: ENUM, password: passwordOf(ENUM) })
		});

	it('gives a Secure cookie when the browser came over HTTPS', async () => {
		const res = await loginVia('https');
		expect(res.status).toBe(200);
		expect(res.headers.get('set-cookie') ?? '').toMatch(/;\s*Secure(;|$)/i);
	});

	it('gives no Secure cookie when the proxy says plain HTTP', async () => {
		const res = await loginVia('http');
		expect(res.headers.get('set-cookie') ?? '').not.toMatch(/;\s*Secure(;|$)/i);
	});
});

describe.skipIf(COUCHDB_URL)('an expired session (embedded server only)', () => {
	let short: TestServer;
	beforeAll(async () => {
		short = await startTestServer({ sessionTimeoutSeconds: 1 });
		await createAccounts(short.admin);
	});
	afterAll(() => short.close());

	it('is refused with 401 once its time is up', async () => {
		const { cookie } = await login(short.anonymous, ENUM, passwordOf(ENUM));
		const client = short.anonymous.as(undefined, cookie);
		expect((await client.raw('GET', `/${DATABASE.skm}/_all_docs`)).status).toBe(200);
		await new Promise((r) => setTimeout(r, 2_100));
		expect((await client.raw('GET', `/${DATABASE.skm}/_all_docs`)).status).toBe(401);
		expect((await client.raw('GET', '/_session')).body).toMatchObject({ userCtx: { name: null } });
	});
});

describe.runIf(COUCHDB_URL)('an expired session (Apache CouchDB only)', () => {
	it('is refused with 401 once CouchDB’s session timeout is up', () =>
		withCouchDbTimeout(3, async () => {
			const { cookie } = await login(t.anonymous, ENUM, passwordOf(ENUM));
			const client = t.anonymous.as(undefined, cookie);
			expect((await client.raw('GET', `/${DATABASE.skm}/_all_docs`)).status).toBe(200);
			await sleep(4_100);
			expect((await client.raw('GET', `/${DATABASE.skm}/_all_docs`)).status).toBe(401);
			expect((await client.raw('GET', '/_session')).body).toMatchObject({
				userCtx: { name: null }
			});
		}));
});
