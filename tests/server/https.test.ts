/**
 * Given a certificate and key, the server speaks HTTPS itself (phones need a secure context for
 * offline use), sends HSTS, marks its session cookie Secure, and a plain-HTTP listener sends every
 * request to the HTTPS address with a 308.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { hostName, tlsFromEnv } from '../../sync-server/http/tls.ts';
import { ACCOUNTS, createAccounts, passwordOf } from './helpers/factories.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';

/** A self-signed certificate for localhost and 127.0.0.1, made with openssl. */
function selfSignedCertificate(): { cert: string; key: string } {
	try {
		execFileSync('openssl', ['version'], { stdio: 'ignore' });
	} catch {
		throw new Error('openssl is needed for the HTTPS tests: apt-get install openssl');
	}
	const dir = tempDir('rapor-tls-');
	const cert = join(dir, 'cert.pem');
	const key = join(dir, 'key.pem');
	execFileSync(
		'openssl',
		[
			...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
			...['-keyout', key, '-out', cert, '-subj', '/CN=localhost'],
			...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']
		],
		{ stdio: 'ignore' }
	);
	return { cert, key };
}

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

let t: TestServer;
let ca: Buffer;

function viaHttps(
	path: string,
	options: { method?: string; body?: string; headers?: Record<string, string> } = {}
): Promise<Answer> {
	const { hostname, port } = new URL(t.running.url);
	return new Promise((resolve, reject) => {
		const req = httpsRequest(
			{ hostname, port, path, ca, method: options.method ?? 'GET', headers: options.headers },
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d: string) => (body += d));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

function viaHttp(url: string, method = 'GET', host?: string): Promise<Answer> {
	const { hostname, port, pathname, search } = new URL(url);
	return new Promise((resolve, reject) => {
		const headers = host ? { host } : undefined;
		const req = httpRequest({ hostname, port, path: pathname + search, method, headers }, (res) => {
			res.resume();
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	const tls = selfSignedCertificate();
	ca = readFileSync(tls.cert);
	t = await startTestServer({ tls, httpRedirectPort: 0 });
	await createAccounts(
		new CouchClient({ url: t.running.localCouchUrl, credentials: t.running.admin })
	);
});
afterAll(() => t.close());

describe('over HTTPS', () => {
	it('serves the app, with HSTS', async () => {
		expect(t.running.url).toMatch(/^https:\/\//);
		const res = await viaHttps('/');
		expect(res.status).toBe(200);
		expect(res.body).toContain('<title>Rapor</title>');
		expect(res.headers['strict-transport-security']).toMatch(/^max-age=/);
	});

	it('serves the API, and a login gets a Secure cookie', async () => {
		const name = ACCOUNTS.enumA.name;
		const login = await viaHttps('/db/_session', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name, password: passwordOf(name) })
		});
		expect(login.status).toBe(200);
		const cookie = String(login.headers['set-cookie'] ?? '');
		expect(cookie).toMatch(/AuthSession=/);
		expect(cookie).toMatch(/;\s*Secure/i);
		const cookieValue = /AuthSession=[^;]*/.exec(cookie)![0];
		const read = await viaHttps(`/db/${DATABASE.skm}/_all_docs?limit=1`, {
			headers: { cookie: cookieValue }
		});
		expect(read.status).toBe(200);
	});
});

describe('plain HTTP beside HTTPS', () => {
	it.each([
		['GET', '/'],
		['GET', '/opd/dinas-x?tab=2'],
		['POST', '/db/_session'],
		['PUT', '/db/rapor-skm/x']
	])('answers %s %s with a 308 to the same path over HTTPS', async (method, path) => {
		const { port } = new URL(t.running.url);
		const res = await viaHttp(`${t.running.redirect!.url}${path}`, method, 'rapor.example:8080');
		expect(res.status).toBe(308);
		expect(res.headers.location).toBe(`https://rapor.example:${port}${path}`);
	});

	it('refuses a request without a usable Host', async () => {
		const res = await viaHttp(`${t.running.redirect!.url}/`, 'GET', 'evil.example/x');
		expect(res.status).toBe(400);
	});

	it('reads the host name of a Host header, IPv6 included', () => {
		expect(hostName('192.168.1.20:8080')).toBe('192.168.1.20');
		expect(hostName('[fe80::1]:8080')).toBe('[fe80::1]');
		expect(hostName('a b')).toBeNull();
	});
});

describe('the certificate settings', () => {
	it('need both files', () => {
		expect(tlsFromEnv({})).toBeUndefined();
		expect(tlsFromEnv({ RAPOR_TLS_CERT: 'c.pem', RAPOR_TLS_KEY: 'k.pem' })).toEqual({
			cert: 'c.pem',
			key: 'k.pem'
		});
		expect(() => tlsFromEnv({ RAPOR_TLS_CERT: 'c.pem' })).toThrow(/RAPOR_TLS_KEY/);
	});
});
