/**
 * One process serves the app at / and the sync API at /db; /health says whether the databases
 * answer; every request leaves one log line, and no line carries a password or a cookie.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { redactedTarget } from '../../sync-server/request-log.ts';
import { ACCOUNTS, createAccounts, passwordOf } from './helpers/factories.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let t: TestServer;
beforeAll(async () => {
	t = await startTestServer();
	await createAccounts(t.admin);
});
afterAll(() => t.close());

describe('one process', () => {
	it('serves the built app at / and deep links to it', async () => {
		for (const path of ['/', '/opd/dinas-x']) {
			const res = await fetch(`${t.running.url}${path}`);
			expect(res.status).toBe(200);
			expect(await res.text()).toContain('<title>Rapor</title>');
		}
	});

	it('answers the CouchDB welcome under /db', async () => {
		const res = await fetch(`${t.running.couchUrl}/`);
		expect(res.status).toBe(200);
		expect(JSON.stringify(await res.json())).toContain('Welcome');
	});

	it('reports its health with the reachability of every database', async () => {
		const res = await fetch(`${t.running.url}/health`);
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({
			ok: true,
			closing: false,
			db: {
				ok: true,
				databases: { [DATABASE.master]: true, [DATABASE.skm]: true, [DATABASE.realisasi]: true }
			}
		});
	});
});

describe('the request log', () => {
	it('has one line per request, naming the user, with no password or cookie', async () => {
		const name = ACCOUNTS.enumA.name;
		const password = passwordOf(name);
		const before = t.logs.length;
		const login = await t.anonymous.raw('POST', '/_session', { name, password });
		const cookie = /AuthSession=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
		await t.anonymous.as(undefined, cookie).raw('GET', `/${DATABASE.skm}/_all_docs`);
		await t.anonymous.as({ name, password }).raw('GET', `/${DATABASE.master}/_all_docs`);
		await t.anonymous.raw('GET', `/${DATABASE.skm}/_all_docs?password=${password}`);

		const lines = t.logs.slice(before);
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatch(/^POST \/db\/_session 200 \d+ms$/);
		expect(lines[1]).toMatch(/^GET \/db\/rapor-skm\/_all_docs 200 \d+ms user=enum-a$/);
		expect(lines[3]).toMatch(/password=\*\*\*/);
		const all = lines.join('\n');
		for (const secret of [password, cookie.slice('AuthSession='.length), 'Basic ', 'AuthSession']) {
			expect(all).not.toContain(secret);
		}
	});

	it.skipIf(process.env.COUCHDB_URL)(
		'keeps secrets out of express-pouchdb’s own log file too (embedded server only)',
		() => {
			const file = join(t.running.dataDir, 'couchdb.log');
			const text = readFileSync(file, 'utf8');
			expect(text).not.toContain(passwordOf(ACCOUNTS.enumA.name));
			expect(text).not.toContain(t.running.admin.password);
			expect(text).not.toMatch(/AuthSession|Authorization/i);
		}
	);

	it('hides query values that look secret and keeps the rest', () => {
		expect(redactedTarget('/db/x/_changes?since=5&token=abc')).toBe(
			'/db/x/_changes?since=5&token=***'
		);
		expect(redactedTarget('/db/x/_all_docs?startkey=%22a%22')).toBe(
			'/db/x/_all_docs?startkey=%22a%22'
		);
	});
});
