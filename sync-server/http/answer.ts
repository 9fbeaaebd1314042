import type { ServerResponse } from 'node:http';

/**
 * A JSON answer of the server (never cached). When an answer has already begun (a proxied
 * stream that failed midway), the connection is cut instead, so the client sees a broken answer
 * rather than a wrong one.
 */
export function sendJson(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): void {
	if (res.headersSent) {
		res.destroy();
		return;
	}
	res.writeHead(status, {
		...headers,
		'content-type': 'application/json',
		'cache-control': 'no-store'
	});
	res.end(`${JSON.stringify(body)}\n`);
}
