/**
 * What the server knows of how a request reached it. Behind a reverse proxy (Caddy, nginx) the
 * TLS connection ends at the proxy, so `X-Forwarded-Proto` and `X-Forwarded-For` are believed only
 * when the operator says a proxy is in front (RAPOR_TRUST_PROXY=1); otherwise anyone could claim
 * HTTPS or another client address.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export interface OriginPolicy {
	/** Believe X-Forwarded-Proto / X-Forwarded-For (set only behind a proxy you run). */
	trustProxy: boolean;
}

function firstHeader(req: IncomingMessage, name: string): string | undefined {
	const value = req.headers[name];
	const text = Array.isArray(value) ? value[0] : value;
	return text?.split(',')[0]?.trim() || undefined;
}

/** Whether the browser reached us over HTTPS (directly, or through a trusted proxy). */
export function isHttps(req: IncomingMessage, policy: OriginPolicy): boolean {
	if ((req.socket as TLSSocket).encrypted) return true;
	return policy.trustProxy && firstHeader(req, 'x-forwarded-proto') === 'https';
}

/** The client's address, for lockout and logs (the proxy's view of it when trusted). */
export function clientAddress(req: IncomingMessage, policy: OriginPolicy): string {
	const forwarded = policy.trustProxy ? firstHeader(req, 'x-forwarded-for') : undefined;
	return forwarded ?? req.socket.remoteAddress ?? 'unknown';
}
