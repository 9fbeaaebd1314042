/**
 * Every answer, of the app and of the API, carries the security headers: a Content-Security-Policy
 * that forbids framing, no Referer, no MIME sniffing, and no `X-Powered-By` naming the software.
 * HSTS only over HTTPS, and X-Forwarded-Proto is believed only behind a proxy the operator names.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { inlineScripts } from '../../sync-server/http/security-headers.ts';
import { fakeAppDir, startTestServer, type TestServer } from './helpers/server.ts';

const BOOTSTRAP = '\n\t\t\t{ __sveltekit_x = { base: "" }; import("./_app/start.js"); }\n\t\t';
const appDir = fakeAppDir();
writeFileSync(
	join(appDir, 'index.html'),
	`<!doctype html><title>Rapor</title><script type="module" src="/_app/x.js"></script><script>${BOOTSTRAP}</script>`
);

let t: TestServer;
let behindProxy: TestServer;
beforeAll(async () => {
	t = await startTestServer({ appDir });
	behindProxy = await startTestServer({ appDir, trustProxy: true });
});
afterAll(async () => {
	await t.close();
	await behindProxy.close();
});

const PATHS = [
	'/',
	'/opd/dinas-x',
	'/tidak-ada.js',
	'/health',
	'/db/',
	'/db/_session',
	`/db/${DATABASE.skm}`,
	'/db/_replicate',
	'/db/_uuids'
];

describe('every answer', () => {
	it.each(PATHS)(
		'%s: forbids framing, Referer and sniffing, and names no software',
		async (path) => {
			const res = await fetch(`${t.running.url}${path}`);
			expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
			expect(res.headers.get('x-frame-options')).toBe('DENY');
			expect(res.headers.get('referrer-policy')).toBe('no-referrer');
			expect(res.headers.get('x-content-type-options')).toBe('nosniff');
			expect(res.headers.get('x-powered-by')).toBeNull();
			expect(res.headers.get('strict-transport-security')).toBeNull();
		}
	);

	it('of the API lets nothing load or run', async () => {
		const res = await fetch(`${t.running.couchUrl}/`);
		expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
	});
});

describe('the app’s policy', () => {
	it('allows the app’s own scripts and its inline bootstrap script by hash, nothing else', async () => {
		const policy = (await fetch(`${t.running.url}/`)).headers.get('content-security-policy') ?? '';
		const hash = createHash('sha256').update(BOOTSTRAP).digest('base64');
		const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
		expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
		expect(policy).toContain("worker-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
	});

	it('finds the inline scripts of a page, not the ones with src', () => {
		expect(inlineScripts('<script src="/a.js"></script><script>b()</script>')).toEqual(['b()']);
	});
});

describe('HSTS', () => {
	it('is sent when a trusted proxy says the browser came over HTTPS', async () => {
		const res = await fetch(`${behindProxy.running.url}/`, {
			headers: { 'x-forwarded-proto': 'https' }
		});
		expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
	});

	it('is not sent on a claim of HTTPS from a client when no proxy is trusted', async () => {
		const res = await fetch(`${t.running.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
		expect(res.headers.get('strict-transport-security')).toBeNull();
	});
});
