/**
 * Authentication of the embedded server, in place of express-pouchdb's (pouchdb-auth: PBKDF2-SHA1
 * with 10 iterations in pure JavaScript, no lockout, cookies without SameSite or Secure, a logout
 * that leaves the cookie valid). The API keeps CouchDB's shape, as the app and the admin CLI use it:
 *
 * - `POST /_session` with JSON `{name, password}` → 200 `{ok, name, roles}` and an AuthSession
 *   cookie; 401 for wrong credentials; 403 `login.terkunci` with Retry-After while locked out;
 * - `GET /_session` → `{ok, userCtx, info}`; `DELETE /_session` ends the session on the server;
 * - a cookie or Basic credentials on any request; the server admin from the configuration.
 *
 * It sets `req.couchSession` as express-pouchdb's own layer did, so express-pouchdb's
 * authorization and our access guard keep working.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, type OriginPolicy } from '../http/origin.ts';
import { expiredSessionCookie, SESSION_COOKIE, sessionCookie } from './cookie.ts';
import { lockedAnswer, type LoginLockout } from './lockout.ts';
import {
	hashPassword,
	needsUpgrade,
	verifyPassword,
	type StoredCredentials,
	type VerifiedLogins
} from './passwords.ts';
import {
	newSessionId,
	nowSeconds,
	type RevokedSessions,
	type SessionClaims,
	type SessionCookies
} from './sessions.ts';

export const USER_PREFIX = 'org.couchdb.user:';
const USERS_DB = '_users';
const MAX_LOGIN_BODY = 16 * 1024;

export interface UserDocument extends StoredCredentials {
	_id: string;
	_rev?: string;
	_conflicts?: string[];
	name?: unknown;
	roles?: unknown;
	[field: string]: unknown;
}

/** The `_users` database, as far as logging in reads and upgrades it. */
export interface UsersDatabase {
	get(id: string, options: { conflicts: true }): Promise<UserDocument>;
	put(doc: UserDocument, options: { userCtx: UserCtx }): Promise<unknown>;
}

export interface UserCtx {
	name: string | null;
	roles: string[];
}

export interface CouchSession {
	ok: true;
	userCtx: UserCtx;
	info: {
		authentication_db: string;
		authentication_handlers: string[];
		authenticated?: 'cookie' | 'default';
	};
}

export interface AuthenticationOptions {
	adminName: string;
	adminPassword: string;
	secret: string;
	cookies: SessionCookies;
	revoked: RevokedSessions;
	lockout: LoginLockout;
	verified: VerifiedLogins;
	origin: OriginPolicy;
	usersDb: () => Promise<UsersDatabase>;
	/** Logs failures that are not the client's (a storage error), never credentials. */
	log?: (line: string) => void;
}

interface AuthRequest extends IncomingMessage {
	couchSession?: CouchSession;
	body?: unknown;
	_body?: boolean;
}

/** Someone who proved who they are: the roles and the salt their cookies are signed with. */
interface Account {
	name: string;
	roles: string[];
	salt: string;
}

type LoginResult =
	| { kind: 'ok'; account: Account }
	| { kind: 'wrong' }
	| { kind: 'locked'; retryAfterSeconds: number };

class AnswerError extends Error {
	constructor(
		readonly status: number,
		readonly body: { error: string; reason: string },
		readonly headers: Record<string, string> = {}
	) {
		super(body.reason);
	}
}

const WRONG = new AnswerError(401, {
	error: 'unauthorized',
	reason: 'Name or password is incorrect.'
});

function sendJson(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): void {
	res.statusCode = status;
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	res.setHeader('Content-Type', 'application/json');
	res.setHeader('Cache-Control', 'must-revalidate');
	res.end(`${JSON.stringify(body)}\n`);
}

function anonymous(): CouchSession {
	return {
		ok: true,
		userCtx: { name: null, roles: [] },
		info: { authentication_db: USERS_DB, authentication_handlers: ['cookie', 'default'] }
	};
}

function sessionOf(account: Account, how: 'cookie' | 'default'): CouchSession {
	const session = anonymous();
	session.userCtx = { name: account.name, roles: account.roles };
	session.info.authenticated = how;
	return session;
}

function stringRoles(roles: unknown): string[] {
	return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

function sha256(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}

function cookieValue(req: IncomingMessage): string | undefined {
	for (const part of (req.headers.cookie ?? '').split(';')) {
		const at = part.indexOf('=');
		if (at > 0 && part.slice(0, at).trim() === SESSION_COOKIE) {
			return part.slice(at + 1).trim() || undefined;
		}
	}
	return undefined;
}

function basicCredentials(req: IncomingMessage): { name: string; password: string } | null {
	const header = req.headers.authorization;
	const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
	if (!match) return null;
	const text = Buffer.from(match[1]!, 'base64').toString('utf8');
	const colon = text.indexOf(':');
	if (colon < 0) return null;
	return { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

async function readLoginBody(req: AuthRequest): Promise<unknown> {
	const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
	// JSON only: a form post from another site (login CSRF) cannot send it without CORS.
	if (type !== 'application/json') {
		throw new AnswerError(415, {
			error: 'bad_content_type',
			reason: 'login.bukanJson: Content-Type must be application/json'
		});
	}
	if (req._body) return req.body;
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_LOGIN_BODY) {
			throw new AnswerError(413, { error: 'too_large', reason: 'the login is too large' });
		}
		chunks.push(chunk);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		throw new AnswerError(400, { error: 'bad_request', reason: 'invalid UTF-8 JSON' });
	}
}

/** `/_session` as CouchDB reads the path (percent-decoded, slashes collapsed). */
function isSessionPath(url: string): boolean {
	try {
		const parts = url
			.split('?')[0]!
			.split('/')
			.filter((s) => s !== '')
			.map(decodeURIComponent);
		return parts.length === 1 && parts[0] === '_session';
	} catch {
		return false;
	}
}

export function embeddedAuthentication(options: AuthenticationOptions) {
	const { cookies, revoked, lockout, verified } = options;
	const log = options.log ?? (() => {});
	const adminDigest = sha256(options.adminPassword);
	// The admin has no user document: its cookies are signed with a salt that changes with its
	// password, so a new admin password ends the admin's sessions as for any user.
	const adminSalt = createHmac('sha256', options.secret)
		.update(`admin:${options.adminPassword}`)
		.digest('hex');
	const ADMIN_CTX: UserCtx = { name: null, roles: ['_admin'] };

	async function userDocument(name: string): Promise<UserDocument | null> {
		const db = await options.usersDb();
		try {
			return await db.get(USER_PREFIX + name, { conflicts: true });
		} catch (error) {
			if ((error as { status?: number }).status === 404) return null;
			throw error;
		}
	}

	/** The account a cookie or login names, with what to check a password against. */
	async function accountOf(
		name: string
	): Promise<{ account: Account; doc: UserDocument | null } | null> {
		const doc = await userDocument(name);
		const docRoles = stringRoles(doc?.roles);
		if (name === options.adminName) {
			return { account: { name, roles: ['_admin', ...docRoles], salt: adminSalt }, doc: null };
		}
		if (!doc || doc.type !== 'user' || (doc._conflicts?.length ?? 0) > 0) return null;
		if (typeof doc.salt !== 'string') return null;
		return { account: { name, roles: docRoles, salt: doc.salt }, doc };
	}

	async function upgrade(doc: UserDocument, password: string): Promise<string> {
		const stronger = await hashPassword(password);
		const upgraded: UserDocument = { ...doc, ...stronger };
		delete upgraded._conflicts;
		delete upgraded.password_sha;
		const db = await options.usersDb();
		await db.put(upgraded, { userCtx: ADMIN_CTX });
		return stronger.salt;
	}

	async function logIn(name: string, password: string, client: string): Promise<LoginResult> {
		const status = lockout.status(name, client);
		if (status.locked) return { kind: 'locked', retryAfterSeconds: status.retryAfterSeconds };
		const found = await accountOf(name);
		let ok = false;
		if (found && found.doc === null) {
			const given = sha256(password);
			ok = timingSafeEqual(given, adminDigest);
		} else if (found?.doc) {
			ok = verified.has(name, password, found.doc) || (await verifyPassword(password, found.doc));
		}
		if (!found || !ok) {
			lockout.recordFailure(name, client);
			return { kind: 'wrong' };
		}
		lockout.recordSuccess(name, client);
		const { account, doc } = found;
		if (doc) {
			verified.add(name, password, doc);
			if (needsUpgrade(doc)) {
				try {
					account.salt = await upgrade(doc, password);
				} catch (error) {
					// Another login upgraded it first (409), or storage failed: try again next time.
					log(`password hash of ${name} not upgraded: ${String(error)}`);
				}
			}
		}
		return { kind: 'ok', account };
	}

	function answerLogin(result: LoginResult): Account {
		if (result.kind === 'ok') return result.account;
		if (result.kind === 'locked') {
			const locked = lockedAnswer(result.retryAfterSeconds);
			throw new AnswerError(locked.status, locked.body, locked.headers);
		}
		throw WRONG;
	}

	function setCookie(
		req: IncomingMessage,
		res: ServerResponse,
		account: Account,
		sessionId: string
	): void {
		const claims: SessionClaims = { name: account.name, issuedAt: nowSeconds(), sessionId };
		const value = cookies.issue(claims, account.salt);
		res.setHeader('Set-Cookie', sessionCookie(value, req, options.origin, cookies.timeoutSeconds));
	}

	/** The account and session id of a valid, unrevoked cookie, or null. */
	async function fromCookie(
		req: IncomingMessage
	): Promise<{ account: Account; sessionId: string } | null> {
		const value = cookieValue(req);
		const claims = value ? cookies.read(value) : null;
		if (!claims || revoked.has(claims.sessionId)) return null;
		const found = await accountOf(claims.name);
		if (!found || !cookies.valid(claims, found.account.salt)) return null;
		return { account: found.account, sessionId: claims.sessionId };
	}

	async function authenticate(req: AuthRequest, res: ServerResponse): Promise<CouchSession> {
		const cookie = await fromCookie(req);
		if (cookie) {
			setCookie(req, res, cookie.account, cookie.sessionId);
			return sessionOf(cookie.account, 'cookie');
		}
		const basic = basicCredentials(req);
		if (basic) {
			const client = clientAddress(req, options.origin);
			const account = answerLogin(await logIn(basic.name, basic.password, client));
			return sessionOf(account, 'default');
		}
		return anonymous();
	}

	async function session(req: AuthRequest, res: ServerResponse): Promise<void> {
		const method = req.method ?? 'GET';
		if (method === 'GET' || method === 'HEAD') {
			const current = await authenticate(req, res);
			if (method === 'HEAD') {
				res.statusCode = 200;
				res.setHeader('Content-Type', 'application/json');
				res.end();
				return;
			}
			sendJson(res, 200, current);
			return;
		}
		if (method === 'POST') {
			const body = await readLoginBody(req);
			const { name, password } = (body ?? {}) as { name?: unknown; password?: unknown };
			if (typeof name !== 'string' || typeof password !== 'string' || name === '') throw WRONG;
			const client = clientAddress(req, options.origin);
			const account = answerLogin(await logIn(name, password, client));
			setCookie(req, res, account, newSessionId());
			sendJson(res, 200, { ok: true, name: account.name, roles: account.roles });
			return;
		}
		if (method === 'DELETE') {
			const cookie = await fromCookie(req);
			if (cookie) revoked.revoke(cookie.sessionId, nowSeconds() + cookies.timeoutSeconds + 60);
			res.setHeader('Set-Cookie', expiredSessionCookie(req, options.origin));
			sendJson(res, 200, { ok: true });
			return;
		}
		sendJson(
			res,
			405,
			{ error: 'method_not_allowed', reason: 'Only DELETE,GET,HEAD,POST allowed' },
			{ Allow: 'DELETE,GET,HEAD,POST' }
		);
	}

	function fail(res: ServerResponse, error: unknown): void {
		if (error instanceof AnswerError) {
			sendJson(res, error.status, error.body, error.headers);
			return;
		}
		log(`authentication failed: ${String(error)}`);
		if (res.headersSent) {
			res.destroy();
			return;
		}
		sendJson(res, 503, {
			error: 'service_unavailable',
			reason: 'the accounts database did not answer; try again'
		});
	}

	return (req: AuthRequest, res: ServerResponse, next: (error?: unknown) => void): void => {
		if (isSessionPath(req.url ?? '/')) {
			session(req, res).catch((error: unknown) => fail(res, error));
			return;
		}
		authenticate(req, res).then(
			(current) => {
				req.couchSession = current;
				next();
			},
			(error: unknown) => fail(res, error)
		);
	};
}
