/**
 * Who is calling, as Apache CouchDB sees it: the guard asks CouchDB's `GET /_session` with the
 * client's own Cookie and Authorization, so CouchDB stays the one that checks passwords and
 * session cookies. Answers are cached briefly (10 s for a password, 1 s for a cookie) by a hash of
 * the credentials (never the credentials themselves), and only when they name a user: a failed or
 * anonymous answer is asked again next time. A write to `_users` through the guard (a new password, an account removed)
 * forgets every cached answer, so an old password or cookie stops working at once.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { UserCtx } from '../couch/vdu.ts';

/**
 * A session cookie's answer is reused for one second only: the cookie expires at a time CouchDB
 * knows (its `timeout`), and a request just after it must be refused. A second still spares
 * CouchDB the burst of requests a sync makes at once.
 */
const COOKIE_CACHE_MS = 1_000;

export const ANONYMOUS: UserCtx = { name: null, roles: [] };

const INVALID_COOKIE = {
	error: 'unauthorized',
	reason: 'akses.perluLogin: the session cookie is not valid; log in again'
};

export type Identity =
	| { ok: true; userCtx: UserCtx }
	/** CouchDB refused the credentials (401) or could not answer (5xx, network). */
	| { ok: false; status: number; body: unknown };

export interface SessionLookupOptions {
	/** CouchDB's root, without credentials. */
	url: string;
	/** How long a positive answer is reused (default 10 s). */
	cacheMs?: number;
	/** At most this many cached answers (default 10,000). */
	maxEntries?: number;
	now?: () => number;
}

/** The AuthSession cookie among the client's cookies ('' when none). */
export function authSessionCookie(header: string | undefined): string {
	const match = /(?:^|;\s*)AuthSession=([^;]*)/.exec(header ?? '');
	return match?.[1] ?? '';
}

/** The user name of a Basic authorization header, or null. */
export function basicName(header: string | undefined): string | null {
	const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
	if (!match) return null;
	const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	return colon < 0 ? null : decoded.slice(0, colon);
}

function parseUserCtx(body: unknown): UserCtx | null {
	const ctx = (body as { userCtx?: { name?: unknown; roles?: unknown } } | null)?.userCtx;
	if (!ctx) return null;
	const name = typeof ctx.name === 'string' ? ctx.name : null;
	const roles = Array.isArray(ctx.roles)
		? ctx.roles.filter((r): r is string => typeof r === 'string')
		: [];
	return { name, roles };
}

export class SessionLookup {
	readonly #url: string;
	readonly #cacheMs: number;
	readonly #maxEntries: number;
	readonly #now: () => number;
	readonly #cache = new Map<string, { userCtx: UserCtx; until: number }>();
	/** Bumped by `forgetAll`: an answer asked for before it is not cached. */
	#generation = 0;

	constructor(options: SessionLookupOptions) {
		this.#url = options.url.replace(/\/+$/, '');
		this.#cacheMs = options.cacheMs ?? 10_000;
		this.#maxEntries = options.maxEntries ?? 10_000;
		this.#now = options.now ?? Date.now;
	}

	async identify(headers: IncomingHttpHeaders): Promise<Identity> {
		const authorization = headers.authorization ?? '';
		const cookie = authSessionCookie(headers.cookie);
		if (authorization === '' && cookie === '') return { ok: true, userCtx: ANONYMOUS };
		const key = createHash('sha256').update(`${authorization}\n${cookie}`).digest('base64url');
		const cached = this.#cache.get(key);
		if (cached && cached.until > this.#now()) return { ok: true, userCtx: cached.userCtx };
		this.#cache.delete(key);
		const generation = this.#generation;

		const ask: Record<string, string> = { accept: 'application/json' };
		if (authorization) ask.authorization = authorization;
		if (cookie) ask.cookie = `AuthSession=${cookie}`;
		let response: Response;
		try {
			response = await fetch(`${this.#url}/_session`, { headers: ask });
		} catch (error) {
			return { ok: false, status: 503, body: unavailable(String(error)) };
		}
		const text = await response.text();
		let body: unknown = null;
		try {
			body = JSON.parse(text);
		} catch {
			// not JSON
		}
		const userCtx = response.status === 200 ? parseUserCtx(body) : null;
		// CouchDB answers a malformed session cookie with 400; to the client it is a lapsed login.
		if (response.status === 400 && cookie !== '') {
			return { ok: false, status: 401, body: INVALID_COOKIE };
		}
		if (!userCtx) {
			const status = response.status >= 500 || response.status === 200 ? 503 : response.status;
			return { ok: false, status, body: status === 503 ? unavailable(text.slice(0, 200)) : body };
		}
		if (userCtx.name !== null && generation === this.#generation)
			this.#remember(key, userCtx, authorization === '');
		return { ok: true, userCtx };
	}

	/** Forgets every cached answer (an account or password changed). */
	forgetAll(): void {
		this.#generation++;
		this.#cache.clear();
	}

	#remember(key: string, userCtx: UserCtx, byCookie: boolean): void {
		const ms = byCookie ? Math.min(this.#cacheMs, COOKIE_CACHE_MS) : this.#cacheMs;
		this.#cache.set(key, { userCtx, until: this.#now() + ms });
		for (const old of this.#cache.keys()) {
			if (this.#cache.size <= this.#maxEntries) break;
			this.#cache.delete(old);
		}
	}
}

function unavailable(detail: string) {
	return {
		error: 'service_unavailable',
		reason: `server.tidakTersedia: the database server did not answer; try again (${detail})`
	};
}
