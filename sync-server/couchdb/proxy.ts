/**
 * The guard in front of Apache CouchDB: the production back end of `/db` for a pemda whose data
 * outgrows one machine (docs/decisions/0002). CouchDB is never reached directly; every request
 * passes here first, and gets what the embedded server gives:
 *
 * - who is calling is asked of CouchDB itself (`GET /_session` with the client's credentials);
 * - the same access guard (../couch/guard.ts) and the same login lockout per account and client;
 * - a logout that ends the session on the server (./logouts.ts): CouchDB's cookies are stateless;
 * - writes pass the same cross-document checks (./writes.ts), refused documents answered as the
 *   embedded server answers them;
 * - then the request goes on with the client's own credentials, so CouchDB's security objects
 *   and validate_doc_update apply as well. Answers stream back (long-polling `_changes` included),
 *   without the headers that name CouchDB, with our session cookie attributes.
 */
import { Agent, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { lockedAnswer, LoginLockout } from '../auth/lockout.ts';
import { expiredSessionCookie, rewriteSetCookie } from '../auth/cookie.ts';
import type { EmbeddedCouch } from '../couch/embedded.ts';
import { decideAccess } from '../couch/guard.ts';
import { CouchClient, targetFromUrl } from '../http/couch-client.ts';
import { clientAddress, type OriginPolicy } from '../http/origin.ts';
import type { AdminCredentials } from '../secrets.ts';
import { CouchDbLogouts } from './logouts.ts';
import { authSessionCookie, basicName, SessionLookup } from './session.ts';
import { mergeResults, planWrite, RAPOR_DBS } from './writes.ts';
import { sendJson } from '../http/answer.ts';

export interface CouchProxyOptions {
	/** Apache CouchDB with the server admin in it: http://admin:secret@127.0.0.1:5984. */
	url: string;
	/** The server's data directory: logouts are kept there across restarts. */
	dataDir: string;
	/** Believe X-Forwarded-For/-Proto (RAPOR_TRUST_PROXY=1). */
	trustProxy?: boolean;
	lockout?: LoginLockout;
	/** Largest body read when the request pipeline has not read it already (bytes). */
	bodyLimit?: number;
}

interface ProxiedRequest extends IncomingMessage {
	rawBody?: Buffer;
	couchSession?: { userCtx: { name: string | null; roles: string[] } };
}

/** Request headers CouchDB needs; everything else stays here. */
const FORWARDED_REQUEST = [
	'accept',
	'content-type',
	'cookie',
	'authorization',
	'if-match',
	'if-none-match'
];
/** Response headers that would name CouchDB, or belong to one hop only. */
const DROPPED_RESPONSE =
	/^(server|x-couch-.*|x-couchdb-.*|www-authenticate|connection|keep-alive|transfer-encoding)$/i;
const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;
const WRITES = new Set(['PUT', 'POST', 'DELETE']);
/** CouchDB's `[chttpd_auth] timeout` when it cannot be read (what setup sets). */
const DEFAULT_SESSION_SECONDS = 43_200;
/** How long a password change waits for CouchDB's account cache. */
const PASSWORD_WAIT_MS = 5_000;

const UNAVAILABLE = {
	error: 'service_unavailable',
	reason: 'server.tidakTersedia: the database server did not answer; try again'
};

class TooLarge extends Error {}

async function readBody(req: ProxiedRequest, limit: number): Promise<Buffer> {
	if (req.rawBody) return req.rawBody;
	if (req.readableEnded) return Buffer.alloc(0);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > limit) throw new TooLarge();
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

async function readAll(stream: IncomingMessage, limit: number): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		size += (chunk as Buffer).length;
		if (size > limit) throw new TooLarge();
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

/** The Cookie header without AuthSession (undefined when nothing else is left). */
function withoutSessionCookie(header: string | undefined): string | undefined {
	const rest = (header ?? '')
		.split(';')
		.map((part) => part.trim())
		.filter((part) => part !== '' && !/^AuthSession=/.test(part));
	return rest.length > 0 ? rest.join('; ') : undefined;
}

/** The account and new password of a `PUT /_users/<id>` that sets one, or null. */
function passwordChange(method: string, body: Buffer): { name: string; password: string } | null {
	if (method !== 'PUT') return null;
	try {
		const doc = JSON.parse(body.toString('utf8')) as { name?: unknown; password?: unknown } | null;
		if (typeof doc?.name === 'string' && typeof doc.password === 'string') {
			return { name: doc.name, password: doc.password };
		}
	} catch {
		// not JSON: nothing to wait for
	}
	return null;
}

function loginName(body: Buffer): string | null {
	try {
		const parsed: unknown = JSON.parse(body.toString('utf8'));
		const name = (parsed as { name?: unknown } | null)?.name;
		return typeof name === 'string' ? name : null;
	} catch {
		return null;
	}
}

export async function startCouchProxy(options: CouchProxyOptions): Promise<EmbeddedCouch> {
	const target = targetFromUrl(options.url);
	if (!target.credentials)
		throw new Error('RAPOR_COUCHDB_URL needs the CouchDB server admin in it');
	const base = new URL(target.url);
	const prefix = base.pathname.replace(/\/+$/, '');
	const admin = new CouchClient(target);
	const policy: OriginPolicy = { trustProxy: options.trustProxy ?? false };
	const lockout = options.lockout ?? new LoginLockout();
	const sessions = new SessionLookup({ url: target.url });
	const logouts = new CouchDbLogouts(options.dataDir);
	const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
	const agent = new Agent({ keepAlive: true, maxSockets: 64 });

	const up = await admin.raw('GET', '/_up').catch((error: unknown) => ({ status: 0, body: error }));
	if (up.status !== 200) {
		throw new Error(`Apache CouchDB at ${target.url} does not answer /_up (${up.status})`);
	}
	const whoAmI = await admin.raw('GET', '/_session');
	const roles = (whoAmI.body as { userCtx?: { roles?: unknown } } | null)?.userCtx?.roles;
	if (!Array.isArray(roles) || !roles.includes('_admin')) {
		throw new Error(`the credentials in RAPOR_COUCHDB_URL are not a CouchDB server admin`);
	}

	/**
	 * CouchDB's session cookies with our attributes. CouchDB answers a failed login and a logout
	 * with an empty `AuthSession=` that keeps its lifetime: after a logout it is made to expire
	 * now, after a failed login it is dropped (the embedded server sets none).
	 */
	function sessionCookies(value: string | string[], req: IncomingMessage): string[] {
		const logout = req.method === 'DELETE';
		return (Array.isArray(value) ? value : [value]).flatMap((c) => {
			if (!/^AuthSession=(;|$)/.test(c)) {
				noteRenewal(req, c);
				return [rewriteSetCookie(c, req, policy)];
			}
			return logout ? [expiredSessionCookie(req, policy)] : [];
		});
	}

	/** A new cookie for a request that came with one is a renewal of that session. */
	function noteRenewal(req: IncomingMessage, setCookie: string): void {
		const presented = authSessionCookie(req.headers.cookie);
		const issued = /^AuthSession=([^;]+)/.exec(setCookie)?.[1];
		const login = req.method === 'POST' && /^\/_session\/?(\?|$)/.test(req.url ?? '');
		if (presented === '' || !issued || login) return;
		const maxAge = Number(/;\s*Max-Age=(\d+)/i.exec(setCookie)?.[1]);
		logouts.renewed(presented, issued, Number.isFinite(maxAge) ? maxAge : DEFAULT_SESSION_SECONDS);
	}

	/** CouchDB's session timeout (seconds), asked when a session ends. */
	async function sessionSeconds(): Promise<number> {
		const res = await admin
			.raw('GET', '/_node/_local/_config/chttpd_auth/timeout')
			.catch(() => ({ status: 0, body: null }));
		const seconds = Number(res.body);
		return res.status === 200 && Number.isFinite(seconds) && seconds > 0
			? seconds
			: DEFAULT_SESSION_SECONDS;
	}

	/** DELETE /_session: CouchDB clears the cookie in the browser, the guard ends the session. */
	async function logout(req: ProxiedRequest, res: ServerResponse, cookie: string) {
		if (cookie !== '') logouts.logOut(cookie, await sessionSeconds());
		forward(req, res, undefined);
	}

	/** CouchDB's answer headers as the client gets them. */
	function answerHeaders(answer: IncomingMessage, req: IncomingMessage) {
		const out: Record<string, string | string[]> = {};
		for (const [name, value] of Object.entries(answer.headers)) {
			if (value === undefined || DROPPED_RESPONSE.test(name)) continue;
			out[name] = name === 'set-cookie' ? sessionCookies(value, req) : value;
		}
		return out;
	}

	/**
	 * Writes to `_users` (an account made, changed or removed): the cached identities are forgotten
	 * (before and after, so that a lookup racing the write is not kept either). CouchDB's own
	 * account cache follows its `_users` changes a moment later; a new password is answered only
	 * once CouchDB takes it, so the old one is refused from the moment the change is confirmed.
	 */
	async function usersWrite(req: ProxiedRequest, res: ServerResponse) {
		const body = await readBody(req, bodyLimit);
		const changed = passwordChange(req.method ?? '', body);
		sessions.forgetAll();
		forward(req, res, body, (answer) => {
			sessions.forgetAll();
			const status = answer.statusCode ?? 502;
			if (!changed || (status !== 201 && status !== 202)) return false;
			readAll(answer, bodyLimit)
				.then(async (bytes) => {
					await passwordInEffect(changed.name, changed.password);
					sessions.forgetAll();
					if (res.headersSent) return;
					res.writeHead(status, answerHeaders(answer, req));
					res.end(bytes);
				})
				.catch(() => sendJson(res, 503, UNAVAILABLE));
			return true;
		});
	}

	/** Waits (at most 5 s) until CouchDB logs `name` in with `password`. */
	async function passwordInEffect(name: string, password: string): Promise<void> {
		const client = new CouchClient({ url: target.url, credentials: { name, password } });
		const until = Date.now() + PASSWORD_WAIT_MS;
		while (Date.now() < until) {
			const res = await client.raw('GET', '/_session').catch(() => null);
			const who = (res?.body as { userCtx?: { name?: unknown } } | null)?.userCtx?.name;
			if (res?.status === 200 && who === name) return;
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	/** Sends the request on; `onAnswer` may take CouchDB's answer instead of streaming it. */
	function forward(
		req: IncomingMessage,
		res: ServerResponse,
		body: Buffer | undefined,
		onAnswer?: (answer: IncomingMessage) => boolean
	): void {
		const headers: Record<string, string> = {};
		for (const name of FORWARDED_REQUEST) {
			const value = req.headers[name];
			if (typeof value === 'string') headers[name] = value;
		}
		if (body !== undefined) headers['content-length'] = String(body.length);
		const upstream = request({
			protocol: base.protocol,
			hostname: base.hostname,
			port: base.port,
			path: `${prefix}${req.url ?? '/'}`,
			method: req.method,
			headers,
			agent
		});
		res.on('close', () => {
			if (!res.writableFinished) upstream.destroy();
		});
		upstream.on('error', () => sendJson(res, 503, UNAVAILABLE));
		upstream.on('response', (answer) => {
			if (onAnswer?.(answer)) return;
			res.writeHead(answer.statusCode ?? 502, answerHeaders(answer, req));
			answer.pipe(res);
			answer.on('error', () => res.destroy());
		});
		upstream.end(body);
	}

	async function login(req: ProxiedRequest, res: ServerResponse, client: string) {
		const body = await readBody(req, bodyLimit);
		const name = loginName(body);
		if (name !== null) {
			const status = lockout.status(name, client);
			if (status.locked) {
				const answer = lockedAnswer(status.retryAfterSeconds);
				sendJson(res, answer.status, answer.body, answer.headers);
				return;
			}
		}
		let retried = false;
		const attempt = () =>
			forward(req, res, body, (answer) => {
				if (name !== null && answer.statusCode === 401) lockout.recordFailure(name, client);
				if (name !== null && answer.statusCode === 200) lockout.recordSuccess(name, client);
				if (retried || answer.statusCode !== 200 || !issuesRevokedCookie(answer)) return false;
				// CouchDB's cookie names the second it was issued: a login in the same second as a
				// logout of this account gets the logged-out cookie. Log in again a second later.
				retried = true;
				answer.resume();
				setTimeout(attempt, 1_000 - (Date.now() % 1_000) + 50);
				return true;
			});
		attempt();
	}

	function issuesRevokedCookie(answer: IncomingMessage): boolean {
		return (answer.headers['set-cookie'] ?? []).some((c) => {
			const value = /^AuthSession=([^;]+)/.exec(c)?.[1];
			return value !== undefined && logouts.isRevoked(value);
		});
	}

	async function serve(req: ProxiedRequest, res: ServerResponse): Promise<void> {
		const method = req.method ?? 'GET';
		const url = req.url ?? '/';
		const path = url.split('?')[0]!;
		const client = clientAddress(req, policy);
		if (method === 'POST' && /^\/_session\/?$/.test(path)) return login(req, res, client);
		const cookie = authSessionCookie(req.headers.cookie);
		if (cookie !== '' && logouts.isRevoked(cookie)) {
			// A logged-out session: as if the request came without its cookie.
			req.headers.cookie = withoutSessionCookie(req.headers.cookie);
		} else if (method === 'DELETE' && /^\/_session\/?$/.test(path)) {
			return logout(req, res, cookie);
		}

		const basic = basicName(req.headers.authorization);
		if (basic !== null) {
			const status = lockout.status(basic, client);
			if (status.locked) {
				const answer = lockedAnswer(status.retryAfterSeconds);
				return sendJson(res, answer.status, answer.body, answer.headers);
			}
		}
		const who = await sessions.identify(req.headers);
		if (!who.ok) {
			if (who.status === 401 && basic !== null) lockout.recordFailure(basic, client);
			return sendJson(res, who.status, who.body);
		}
		// Where the request log (../request-log.ts) finds the user, as on the embedded server.
		req.couchSession = { userCtx: who.userCtx };
		const keputusan = decideAccess(method, url, who.userCtx, RAPOR_DBS);
		if (!keputusan.ok) {
			return sendJson(res, keputusan.status, { error: keputusan.error, reason: keputusan.reason });
		}
		if (!WRITES.has(method)) return forward(req, res, undefined);
		if (/^\/_users(\/|$)/.test(path)) return usersWrite(req, res);

		const body = await readBody(req, bodyLimit);
		const plan = await planWrite({
			method,
			url,
			contentType: String(req.headers['content-type'] ?? ''),
			body,
			userCtx: who.userCtx,
			admin
		});
		if (plan.kind === 'answer') return sendJson(res, plan.status, plan.body);
		if (plan.kind === 'forward') return forward(req, res, plan.body ?? body);
		if (plan.outcome.every((o) => o !== null)) {
			return sendJson(res, 201, mergeResults([], plan.outcome, plan.newEdits));
		}
		forward(req, res, plan.body, (answer) => {
			const status = answer.statusCode ?? 502;
			if (status !== 201 && status !== 202) return false;
			readAll(answer, bodyLimit).then(
				(bytes) => {
					let written: unknown = [];
					try {
						written = JSON.parse(bytes.toString('utf8'));
					} catch {
						// an unreadable answer: the accepted documents' results are unknown
					}
					sendJson(res, status, mergeResults(written, plan.outcome, plan.newEdits));
				},
				() => sendJson(res, 503, UNAVAILABLE)
			);
			return true;
		});
	}

	return {
		handle(req, res) {
			serve(req, res).catch((error: unknown) => {
				if (error instanceof TooLarge) {
					sendJson(res, 413, { error: 'too_large', reason: 'the request body is too large' });
					return;
				}
				sendJson(res, 500, { error: 'internal_error', reason: 'internal error' });
			});
		},
		async ping() {
			const started = Date.now();
			try {
				const up = await admin.raw('GET', '/_up');
				const entries = await Promise.all(
					[...RAPOR_DBS].map(
						async (db) =>
							[db, (await admin.raw('HEAD', `/${encodeURIComponent(db)}`)).status === 200] as const
					)
				);
				const databases = Object.fromEntries(entries);
				const ok = up.status === 200 && Object.values(databases).every(Boolean);
				return { ok, ms: Date.now() - started, databases };
			} catch (error) {
				return { ok: false, ms: Date.now() - started, databases: {}, error: String(error) };
			}
		},
		async close() {
			logouts.flush();
			agent.destroy();
		}
	};
}

/** The server admin named in RAPOR_COUCHDB_URL, as the server reports its admin. */
export function couchdbAdmin(url: string): AdminCredentials {
	const credentials = targetFromUrl(url).credentials;
	if (!credentials) throw new Error('RAPOR_COUCHDB_URL needs the CouchDB server admin in it');
	return { ...credentials, source: 'env' };
}
