/**
 * The embedded CouchDB-compatible server: express-pouchdb in full CouchDB mode over PouchDB's
 * LevelDB adapter, with a server admin (no "admin party"), cookie sessions whose secret survives
 * restarts, our own authentication (../auth: PBKDF2-SHA256 hashes, lockout, cookies that logout
 * really ends) in place of express-pouchdb's, the access guard and the write checks. Parts Rapor does not use and that widen the
 * attack surface are left out (Fauxton, server-side replication, vhosts and rewrites, the test
 * authentication handler, the header-logging request log).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { embeddedAuthentication, type UsersDatabase } from '../auth/authentication.ts';
import { LoginLockout } from '../auth/lockout.ts';
import { VerifiedLogins } from '../auth/passwords.ts';
import { REVOKED_SESSIONS_FILE, RevokedSessions, SessionCookies } from '../auth/sessions.ts';
import { passwordHashingWrappers } from '../auth/users-db.ts';
import { changesRoute } from './changes.ts';
import { accessGuard } from './guard.ts';
import {
	loadExpressPouchDB,
	loadExpressPouchUtils,
	loadPouchDB,
	loadWrappers,
	type ExpressPouchApp,
	type Middleware,
	type PouchDatabase,
	type PouchStatic,
	type Wrapper
} from './pouchdb.ts';
import { keepRequestOrder, validationWrappers } from './validation.ts';

export interface EmbeddedCouchOptions {
	dataDir: string;
	adminName: string;
	adminPassword: string;
	/** HMAC secret of session cookies; kept in the data directory so sessions survive restarts. */
	sessionSecret: string;
	/** Seconds a session cookie stays valid without use (every request renews it). */
	sessionTimeoutSeconds: number;
	/** Believe X-Forwarded-Proto/-For (a reverse proxy in front): Secure cookies, lockout per client. */
	trustProxy?: boolean;
	/** Failures that are not the client's (a storage error during login). */
	log?: (line: string) => void;
}

export interface EmbeddedCouch {
	/** Handles a request whose URL is relative to the API root (the `/db` prefix removed). */
	handle(req: IncomingMessage, res: ServerResponse): void;
	/** Whether LevelDB answers, and which Rapor databases exist. */
	ping(): Promise<{ ok: boolean; ms: number; databases: Record<string, boolean>; error?: string }>;
	/** Closes every open database (LevelDB flushes and releases its lock). */
	close(): Promise<void>;
}

const EXCLUDED_PARTS = [
	'routes/fauxton',
	'routes/http-log',
	'routes/special-test-auth',
	'routes/vhosts',
	'routes/cluster-rewrite',
	'routes/rewrite',
	'replicator',
	'routes/replicate',
	'routes/active-tasks',
	'routes/db-updates',
	// A `_list` call naming a missing function stops the server (an unhandled rejection).
	'routes/list',
	// Replaced by ./changes.ts (filters as CouchDB 3, long-poll timeout, no crash on a bad filter).
	'routes/changes',
	// Replaced by ./validation.ts (CouchDB's oldDoc, revisions kept).
	'validation',
	// Replaced by ../auth (its /_session answers every method; the stub would claim an admin).
	'routes/session',
	'routes/session-stub'
];

const RAPOR_DBS: ReadonlySet<string> = new Set(Object.values(DATABASE));
const USERS_DB = '_users';

function setConfig(app: ExpressPouchApp, section: string, key: string, value: string | number) {
	return new Promise<void>((resolve) => app.couchConfig.set(section, key, value, () => resolve()));
}

/**
 * Puts `authentication` in place of express-pouchdb's authentication layer (right after its
 * cookie parser) and `guard` right after it, so the guard sees `req.couchSession`. express-pouchdb
 * 4 has no hook there; its layer order is fixed, and this fails loudly if it ever changes.
 */
function replaceAuthentication(
	app: ExpressPouchApp,
	authentication: Middleware,
	guard: Middleware
): void {
	const stack = app._router.stack;
	const cookies = stack.findIndex((layer) => layer.name === 'cookieParser');
	const theirs = stack[cookies + 1];
	if (cookies < 0 || !theirs || !String(theirs.handle).includes('couchSession')) {
		throw new Error('express-pouchdb changed: cannot replace its authentication layer');
	}
	app.use(authentication);
	app.use(guard);
	const ours = stack.splice(-2, 2);
	stack.splice(cookies + 1, 1, ...ours);
}

/**
 * Hashes clear-text passwords written to `_users` before pouchdb-auth's wrapper sees them: runs
 * express-pouchdb's preparation of the database (pouchdb-auth's `useAsAuthenticationDB`, which
 * ends the chain there) and then puts our wrappers outermost.
 */
function hashPasswordsOfUsers(app: ExpressPouchApp): void {
	app.dbWrapper._wrappers.unshift(async (name, db, next) => {
		await next();
		if (name !== USERS_DB) return;
		for (const method of ['put', 'post', 'bulkDocs'] as const) {
			installOutermost(db, method, passwordHashingWrappers[method]);
		}
	});
}

/**
 * Puts the `_changes` route right after express-pouchdb's layer that opens the database of a
 * request (`req.db`), where its own route was; fails loudly if that layer is not there.
 */
function installChangesRoute(app: ExpressPouchApp, route: Middleware): void {
	const stack = app._router.stack;
	const opensDb = stack.findIndex((layer) => layer.route?.path === '/:db/*');
	if (opensDb < 0) throw new Error('express-pouchdb changed: cannot place the _changes route');
	app.route('/:db/_changes').get(route).post(route);
	const changes = stack.pop()!;
	stack.splice(opensDb + 1, 0, changes);
}

/** Adds `wrapper` before every other wrapper of a database method (pouchdb-wrappers' chain). */
function installOutermost(
	db: PouchDatabase,
	method: 'bulkDocs' | 'put' | 'post',
	wrapper: Wrapper
): void {
	const handlers: unknown = (db[method] as { _handlers?: unknown })._handlers;
	if (!Array.isArray(handlers)) throw new Error(`pouchdb-wrappers changed: ${method} has no chain`);
	handlers.unshift(wrapper);
}

export async function startEmbeddedCouch(options: EmbeddedCouchOptions): Promise<EmbeddedCouch> {
	const dbDir = join(options.dataDir, 'db');
	mkdirSync(dbDir, { recursive: true, mode: 0o700 });
	const PouchDB: PouchStatic = loadPouchDB().defaults({ prefix: `${dbDir}/` });
	const open = new Set<PouchDatabase>();
	const wrappers = loadWrappers();

	const app = loadExpressPouchDB()(PouchDB, {
		mode: 'fullCouchDB',
		inMemoryConfig: true,
		logPath: join(options.dataDir, 'couchdb.log'),
		overrideMode: { exclude: EXCLUDED_PARTS }
	});
	app.dbWrapper.registerWrapper((name, db, next) => {
		open.add(db);
		wrappers.installWrapperMethods(db, validationWrappers(db, name));
		installOutermost(db, 'bulkDocs', keepRequestOrder);
		return next();
	});
	hashPasswordsOfUsers(app);
	let usersDb: PouchDatabase | null = null;
	PouchDB.on('destroyed', (name) => {
		if (name === USERS_DB) usersDb = null;
	});
	const authentication = embeddedAuthentication({
		adminName: options.adminName,
		adminPassword: options.adminPassword,
		secret: options.sessionSecret,
		cookies: new SessionCookies(options.sessionSecret, options.sessionTimeoutSeconds),
		revoked: new RevokedSessions(join(options.dataDir, REVOKED_SESSIONS_FILE)),
		lockout: new LoginLockout(),
		verified: new VerifiedLogins(),
		origin: { trustProxy: options.trustProxy ?? false },
		usersDb: async () => (usersDb ??= new PouchDB(USERS_DB)) as unknown as UsersDatabase,
		log: options.log
	});
	replaceAuthentication(app, authentication, accessGuard(RAPOR_DBS));
	installChangesRoute(app, changesRoute(loadExpressPouchUtils()));

	await setConfig(app, 'log', 'level', 'warning');
	// express-pouchdb still opens `_users` with pouchdb-auth (its design document, system database
	// protection); the admin lives in ../auth only, so no weak admin hash is kept in its config.
	await setConfig(app, 'couch_httpd_auth', 'secret', options.sessionSecret);
	await setConfig(app, 'couch_httpd_auth', 'timeout', options.sessionTimeoutSeconds);

	return {
		handle: (req, res) => app(req, res),
		async ping() {
			const started = Date.now();
			try {
				const names = new Set(await PouchDB.allDbs!());
				const databases = Object.fromEntries([...RAPOR_DBS].map((n) => [n, names.has(n)]));
				const ok = Object.values(databases).every(Boolean);
				return { ok, ms: Date.now() - started, databases };
			} catch (error) {
				return { ok: false, ms: Date.now() - started, databases: {}, error: String(error) };
			}
		},
		async close() {
			await Promise.allSettled([...open].map((db) => db.close()));
			open.clear();
			// Databases opened outside express-pouchdb's wrapper (the authentication database, the
			// list of databases, view indexes) share LevelDB stores by name: opening and closing
			// each one found on disk closes whatever is still open.
			for (const name of readdirSync(dbDir)) {
				await new PouchDB(name).close().catch(() => {});
			}
		}
	};
}
