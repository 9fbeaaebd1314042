/**
 * One log line per request: method, path, status, duration and the signed-in user. Never a
 * header: no Authorization, no Cookie, no password. Query values that look secret are hidden.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const SECRET_PARAM = /pass|token|secret|auth|cookie|session/i;

/** The request target with the values of secret-looking query parameters replaced. */
export function redactedTarget(url: string): string {
	const q = url.indexOf('?');
	if (q < 0) return url;
	const params = new URLSearchParams(url.slice(q + 1));
	let hidden = false;
	for (const key of [...params.keys()]) {
		if (SECRET_PARAM.test(key)) {
			params.set(key, '***');
			hidden = true;
		}
	}
	return hidden ? `${url.slice(0, q)}?${params.toString()}` : url;
}

interface SessionRequest extends IncomingMessage {
	couchSession?: { userCtx?: { name?: unknown } };
}

/** The line for a finished (or aborted) request; `target` is the URL as the client sent it. */
export function logLine(req: IncomingMessage, res: ServerResponse, target: string, ms: number) {
	const name = (req as SessionRequest).couchSession?.userCtx?.name;
	const user = typeof name === 'string' ? ` user=${name}` : '';
	const aborted = res.writableFinished ? '' : ' aborted';
	return `${req.method} ${redactedTarget(target)} ${res.statusCode} ${ms}ms${user}${aborted}`;
}
