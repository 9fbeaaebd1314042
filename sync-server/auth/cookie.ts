/**
 * Attributes of the `AuthSession` cookie, the same whichever back end issued it: HttpOnly (no
 * script reads it), SameSite=Strict (no cross-site request carries it: no CSRF, no login CSRF
 * through a cookie), Path=/, Max-Age = session timeout (CouchDB's `allow_persistent_cookies`: an
 * offline laptop closed overnight still syncs in the morning), and Secure when the browser reached
 * us over HTTPS. No Domain: the cookie stays with the host that set it.
 */
import type { IncomingMessage } from 'node:http';
import { isHttps, type OriginPolicy } from '../http/origin.ts';

export const SESSION_COOKIE = 'AuthSession';

/** `Path=/; Max-Age=…; HttpOnly; SameSite=Strict[; Secure]` (no leading separator). */
export function sessionCookieAttributes(
	req: IncomingMessage,
	policy: OriginPolicy,
	maxAgeSeconds: number
): string {
	const parts = ['Path=/', `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`, 'HttpOnly'];
	parts.push('SameSite=Strict');
	if (isHttps(req, policy)) parts.push('Secure');
	return parts.join('; ');
}

/** A whole `Set-Cookie` value for a session cookie. */
export function sessionCookie(
	value: string,
	req: IncomingMessage,
	policy: OriginPolicy,
	maxAgeSeconds: number
): string {
	return `${SESSION_COOKIE}=${value}; ${sessionCookieAttributes(req, policy, maxAgeSeconds)}`;
}

/** The `Set-Cookie` value that removes the session cookie from the browser (logout). */
export function expiredSessionCookie(req: IncomingMessage, policy: OriginPolicy): string {
	return `${SESSION_COOKIE}=; ${sessionCookieAttributes(req, policy, 0)}; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}

const KEPT_ATTRIBUTES = new Set(['max-age', 'expires']);

/**
 * Gives a `Set-Cookie` value from another back end (Apache CouchDB's `AuthSession=…; Version=1;
 * Path=/; HttpOnly`, with Max-Age/Expires when persistent) our attributes: its lifetime is kept
 * (so a logout's expired cookie stays expired), everything else is replaced. Other cookies pass
 * unchanged.
 */
export function rewriteSetCookie(
	value: string,
	req: IncomingMessage,
	policy: OriginPolicy
): string {
	const [pair = '', ...attributes] = value.split(';').map((part) => part.trim());
	const name = pair.slice(0, pair.indexOf('=')).trim();
	if (name !== SESSION_COOKIE) return value;
	const kept = attributes.filter((attribute) => {
		const key = attribute.split('=')[0]!.trim().toLowerCase();
		return KEPT_ATTRIBUTES.has(key);
	});
	const parts = [pair, 'Path=/', ...kept, 'HttpOnly', 'SameSite=Strict'];
	if (isHttps(req, policy)) parts.push('Secure');
	return parts.join('; ');
}
