/**
 * Password guessing: after 5 failed logins for one account from one client within 5 minutes, that
 * account is refused from that client for 5 minutes (403 `login.terkunci`, Retry-After), even with
 * the right password, by cookie login and by Basic authentication alike. Other clients and other
 * accounts log in as before; a successful login resets the count. The same in front of Apache
 * CouchDB: the guard counts, CouchDB's own lockout only logs (see auth-couchdb-config.test.ts).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { ACCOUNTS, createAccounts, passwordOf } from './helpers/factories.ts';
import { reasonOf } from './helpers/http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

interface Answer {
	status: number;
	body: unknown;
	retryAfter: string | undefined;
}

/** A request sent from a given loopback address (127.0.0.x: another client on this machine). */
function from(
	client: string,
	method: string,
	url: string,
	options: { body?: unknown; basic?: { name: string; password: string } } = {}
): Promise<Answer> {
	const headers: Record<string, string> = { accept: 'application/json' };
	if (options.body !== undefined) headers['content-type'] = 'application/json';
	if (options.basic) {
		const { name, password } = options.basic;
		headers.authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
	}
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers, localAddress: client }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				resolve({
					status: res.statusCode ?? 0,
					body: text ? (JSON.parse(text) as unknown) : null,
					retryAfter: res.headers['retry-after']
				});
			});
		});
		req.on('error', reject);
		req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
	});
}

const GUESSER = '127.0.0.7';
const ENUM_A = ACCOUNTS.enumA.name;
const ENUM_B = ACCOUNTS.enumB.name;
const OPD = ACCOUNTS.opdX.name;
const REVIEWER = ACCOUNTS.reviewer.name;

let t: TestServer;
const session = () => `${t.running.couchUrl}/_session`;
const login = (client: string, name: string, password: string) =>
	from(client, 'POST', session(), { body: { name, password } });
const readWithBasic = (client: string, name: string, password: string) =>
	from(client, 'GET', `${t.running.couchUrl}/${DATABASE.skm}/_all_docs?limit=1`, {
		basic: { name, password }
	});

function expectLocked(answer: Answer): void {
	expect(answer.status).toBe(403);
	expect(reasonOf({ ...answer, headers: new Headers() })).toMatch(/^login\.terkunci: /);
	const seconds = Number(answer.retryAfter);
	expect(seconds).toBeGreaterThan(0);
	expect(seconds).toBeLessThanOrEqual(300);
}

beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
});
afterAll(() => t.close());

describe('password guessing on the login', () => {
	it('locks an account out after 5 wrong passwords: 50 guesses get 5 answers of 401', async () => {
		const answers: Answer[] = [];
		for (let i = 0; i < 50; i++) answers.push(await login(GUESSER, ENUM_A, `tebakan-${i}`));
		expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
		for (const answer of answers.slice(5)) expectLocked(answer);
	});

	it('refuses the right password too while the account is locked', async () => {
		expectLocked(await login(GUESSER, ENUM_A, passwordOf(ENUM_A)));
	});

	it('lets the same account log in from another client', async () => {
		const elsewhere = await login('127.0.0.8', ENUM_A, passwordOf(ENUM_A));
		expect(elsewhere.status).toBe(200);
	});

	it('lets another account log in from the guessing client', async () => {
		expect((await login(GUESSER, ENUM_B, passwordOf(ENUM_B))).status).toBe(200);
	});

	it('starts counting again after a successful login', async () => {
		const client = '127.0.0.9';
		for (let i = 0; i < 4; i++) expect((await login(client, OPD, 'salah-lagi')).status).toBe(401);
		expect((await login(client, OPD, passwordOf(OPD))).status).toBe(200);
		for (let i = 0; i < 4; i++) expect((await login(client, OPD, 'salah-lagi')).status).toBe(401);
		expect((await login(client, OPD, passwordOf(OPD))).status).toBe(200);
	});
});

describe('password guessing with Basic authentication', () => {
	it('locks out after 5 wrong tries, and then refuses the right password from that client', async () => {
		const client = '127.0.0.10';
		const answers: Answer[] = [];
		for (let i = 0; i < 20; i++) answers.push(await readWithBasic(client, REVIEWER, `coba-${i}`));
		expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
		for (const answer of answers.slice(5)) expectLocked(answer);
		expectLocked(await readWithBasic(client, REVIEWER, passwordOf(REVIEWER)));
		expectLocked(await login(client, REVIEWER, passwordOf(REVIEWER)));
		expect((await readWithBasic('127.0.0.11', REVIEWER, passwordOf(REVIEWER))).status).toBe(200);
	});

	it('counts guesses at the server admin too', async () => {
		const client = '127.0.0.12';
		const { name, password } = t.running.admin;
		for (let i = 0; i < 5; i++) {
			expect((await readWithBasic(client, name, `admin-${i}`)).status).toBe(401);
		}
		expectLocked(await readWithBasic(client, name, password));
	});
});
