/**
 * A small CouchDB HTTP client on fetch, used by setup, the admin CLI and the tests. It speaks
 * only the documented CouchDB API, so the same code targets the embedded server and Apache
 * CouchDB 3. Responses are parsed with zod where they are used: nothing is trusted as typed.
 */
import type { z } from 'zod';

export interface Credentials {
	name: string;
	password: string;
}

export interface CouchTarget {
	/** API root without credentials or trailing slash, e.g. http://127.0.0.1:8080/db. */
	url: string;
	credentials?: Credentials;
	/** A session cookie (`AuthSession=…`) instead of credentials. */
	cookie?: string;
}

/**
 * A target from a URL that may carry credentials (http://admin:secret@host:5984); fetch refuses
 * such URLs, so they become a Basic authorization header instead.
 */
export function targetFromUrl(raw: string, fallback?: Credentials): CouchTarget {
	const url = new URL(raw);
	const fromUrl =
		url.username !== ''
			? { name: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
			: undefined;
	url.username = '';
	url.password = '';
	const base = url.toString().replace(/\/+$/, '');
	const credentials = fromUrl ?? fallback;
	return credentials ? { url: base, credentials } : { url: base };
}

export class CouchError extends Error {
	override readonly name = 'CouchError';

	constructor(
		readonly status: number,
		readonly error: string,
		readonly reason: string,
		readonly method: string,
		readonly path: string
	) {
		super(`${method} ${path}: ${status} ${error}${reason ? ` (${reason})` : ''}`);
	}
}

export interface CouchResponse {
	status: number;
	body: unknown;
	headers: Headers;
}

type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

/** Query values are JSON where CouchDB expects JSON (keys, startkey, …) and plain otherwise. */
const JSON_PARAMS = new Set(['key', 'keys', 'startkey', 'endkey', 'start_key', 'end_key']);

function queryString(query: Query | undefined): string {
	if (!query) return '';
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined) continue;
		params.set(key, JSON_PARAMS.has(key) ? JSON.stringify(value) : String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Encodes a document id for a path: `_design/x` and `_local/x` keep their slash. */
export function docPath(db: string, id: string): string {
	const special = /^(_design|_local)\/(.+)$/.exec(id);
	const encoded = special
		? `${special[1]}/${encodeURIComponent(special[2]!)}`
		: encodeURIComponent(id);
	return `/${encodeURIComponent(db)}/${encoded}`;
}

export class CouchClient {
	constructor(readonly target: CouchTarget) {}

	/** The same server as another user (or anonymously). */
	as(credentials?: Credentials, cookie?: string): CouchClient {
		const target: CouchTarget = { url: this.target.url };
		if (credentials) target.credentials = credentials;
		if (cookie) target.cookie = cookie;
		return new CouchClient(target);
	}

	private headers(body: unknown): Record<string, string> {
		const headers: Record<string, string> = { accept: 'application/json' };
		if (body !== undefined) headers['content-type'] = 'application/json';
		const c = this.target.credentials;
		if (c) {
			headers.authorization = `Basic ${Buffer.from(`${c.name}:${c.password}`).toString('base64')}`;
		}
		if (this.target.cookie) headers.cookie = this.target.cookie;
		return headers;
	}

	/** Any request; the status is returned, never thrown. */
	async raw(method: string, path: string, body?: unknown, query?: Query): Promise<CouchResponse> {
		const response = await fetch(`${this.target.url}${path}${queryString(query)}`, {
			method,
			headers: this.headers(body),
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = text === '' ? null : JSON.parse(text);
		} catch {
			// not JSON: keep the text
		}
		return { status: response.status, body: parsed, headers: response.headers };
	}

	/**
	 * A request that must succeed: a 2xx answer's body parsed by `schema`, or null for a status
	 * listed in `allow` (e.g. 404); any other status throws a CouchError.
	 */
	async request<S extends z.ZodType>(
		method: string,
		path: string,
		schema: S,
		options: { body?: unknown; query?: Query; allow?: readonly number[] } = {}
	): Promise<{ status: number; body: z.output<S> | null }> {
		const response = await this.raw(method, path, options.body, options.query);
		const allowed = options.allow?.includes(response.status) ?? false;
		if ((response.status < 200 || response.status >= 300) && !allowed) {
			const body = response.body as { error?: unknown; reason?: unknown } | null;
			throw new CouchError(
				response.status,
				typeof body?.error === 'string' ? body.error : 'http_error',
				typeof body?.reason === 'string' ? body.reason : '',
				method,
				path
			);
		}
		if (allowed) return { status: response.status, body: null };
		const parsed = schema.safeParse(response.body);
		if (!parsed.success) {
			throw new CouchError(
				response.status,
				'unexpected_response',
				parsed.error.message,
				method,
				path
			);
		}
		return { status: response.status, body: parsed.data };
	}
}
