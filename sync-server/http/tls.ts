/**
 * HTTPS served by the server itself: a certificate and key in PEM files (from a CA the phones
 * trust: the pemda's, mkcert's or Caddy's local CA), and a plain-HTTP listener that only sends
 * browsers to the HTTPS address. A phone needs HTTPS for the app to work offline (service worker,
 * crypto.subtle and randomUUID exist only in a secure context).
 */
import { readFileSync } from 'node:fs';
import {
	createServer as createHttpServer,
	type IncomingMessage,
	type RequestListener,
	type Server,
	type ServerResponse
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

export interface TlsFiles {
	/** PEM file of the certificate (with its chain). */
	cert: string;
	/** PEM file of the private key. */
	key: string;
}

/** The certificate files named by RAPOR_TLS_CERT and RAPOR_TLS_KEY; an error when only one is set. */
export function tlsFromEnv(
	env: Readonly<Record<string, string | undefined>>
): TlsFiles | undefined {
	const cert = env.RAPOR_TLS_CERT || undefined;
	const key = env.RAPOR_TLS_KEY || undefined;
	if (!cert && !key) return undefined;
	if (!cert || !key) {
		throw new Error(
			'RAPOR_TLS_CERT dan RAPOR_TLS_KEY harus diisi berdua / set both RAPOR_TLS_CERT and RAPOR_TLS_KEY'
		);
	}
	return { cert, key };
}

/** An HTTP server, or an HTTPS one when `tls` is given (the files are read now, once). */
export function createAppServer(listener: RequestListener, tls?: TlsFiles): Server {
	if (!tls) return createHttpServer(listener);
	return createHttpsServer(
		{ cert: readFileSync(tls.cert), key: readFileSync(tls.key), minVersion: 'TLSv1.2' },
		listener
	);
}

/** The host name of a Host header, without its port (IPv6 literals keep their brackets). */
export function hostName(host: string | undefined): string | null {
	const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d+)?$/.exec(host ?? '');
	return match ? match[1]! : null;
}

/**
 * The plain-HTTP listener beside HTTPS: every request, any method and path, gets a 308 to the same
 * host and path on `httpsPort` (308 keeps the method and body, so nothing is silently turned into a
 * GET). A request without a usable Host gets a 400: there is nowhere safe to send it.
 */
export function redirectToHttps(httpsPort: number): RequestListener {
	return (req: IncomingMessage, res: ServerResponse) => {
		const host = hostName(req.headers.host);
		if (!host) {
			res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
			res.end('Bad Host header\n');
			return;
		}
		const port = httpsPort === 443 ? '' : `:${httpsPort}`;
		const path = (req.url ?? '/').startsWith('/') ? (req.url ?? '/') : '/';
		res.writeHead(308, {
			location: `https://${host}${port}${path}`,
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'close'
		});
		res.end();
		// The body of the redirected request is not wanted here.
		req.resume();
	};
}
