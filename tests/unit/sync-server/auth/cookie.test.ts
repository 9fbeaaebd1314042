/** Session cookie attributes, the same whichever back end issued the cookie. */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
	expiredSessionCookie,
	rewriteSetCookie,
	sessionCookieAttributes
} from '../../../../sync-server/auth/cookie.ts';

function request(options: { tls?: boolean; proto?: string } = {}): IncomingMessage {
	return {
		socket: { encrypted: options.tls ?? false },
		headers: options.proto ? { 'x-forwarded-proto': options.proto } : {}
	} as unknown as IncomingMessage;
}

describe('session cookie attributes', () => {
	it('are HttpOnly, SameSite=Strict, Path=/ and Max-Age over HTTP, without Secure', () => {
		expect(sessionCookieAttributes(request(), { trustProxy: false }, 600)).toBe(
			'Path=/; Max-Age=600; HttpOnly; SameSite=Strict'
		);
	});

	it('add Secure over TLS, and behind a trusted proxy that says HTTPS', () => {
		expect(sessionCookieAttributes(request({ tls: true }), { trustProxy: false }, 600)).toMatch(
			/; Secure$/
		);
		const proxied = request({ proto: 'https' });
		expect(sessionCookieAttributes(proxied, { trustProxy: true }, 600)).toMatch(/; Secure$/);
		expect(sessionCookieAttributes(proxied, { trustProxy: false }, 600)).not.toMatch(/Secure/);
	});

	it('expire the cookie at logout', () => {
		expect(expiredSessionCookie(request(), { trustProxy: false })).toMatch(
			/^AuthSession=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict; Expires=Thu, 01 Jan 1970/
		);
	});
});

describe("a CouchDB cookie's attributes, rewritten", () => {
	it('keep the lifetime and take ours instead of the rest', () => {
		const couch = 'AuthSession=YWJj; Version=1; Path=/; Max-Age=43200; HttpOnly; Domain=x.org';
		expect(rewriteSetCookie(couch, request({ tls: true }), { trustProxy: false })).toBe(
			'AuthSession=YWJj; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict; Secure'
		);
	});

	it('leave other cookies alone', () => {
		const other = 'tema=gelap; Path=/';
		expect(rewriteSetCookie(other, request(), { trustProxy: false })).toBe(other);
	});
});
