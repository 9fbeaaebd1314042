/**
 * The embedded CouchDB-compatible server: express-pouchdb in full CouchDB mode over PouchDB's
 * LevelDB adapter, with a server admin (no "admin party"), cookie sessions whose secret survives
 * restarts, the access guard and the write checks. Parts Rapor does not use and that widen the
 * attack surface are left out (Fauxton, server-side replication, vhosts and rewrites, the test
 * authentication handler, the header-logging request log).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { DATABASE } from '../../src/lib/domain/dokumen.ts';
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
	'validation'
];

const RAPOR_DBS: ReadonlySet<string> = new Set(Object.values(DATABASE));

function setConfig(app: ExpressPouchApp, section: string, key: string, value: string | number) {
	return new Promise<void>((resolve) => app.couchConfig.set(section, key, value, () => resolve()));
}

/**
 * CouchDB's `allow_persistent_cookies`: the session cookie carries Max-Age (the session timeout),
 * so it outlives a browser restart, as the app's offline users expect (a laptop closed overnight
 * still syncs in the morning). express-pouchdb sets it as a browser-session cookie.
 */
function persistentSessionCookie(res: ServerResponse, seconds: number): void {
	const setHeader = res.setHeader.bind(res);
	res.setHeader = (name, value) => {
		if (name.toLowerCase() !== 'set-cookie') return setHeader(name, value);
		const cookies = (Array.isArray(value) ? value : [String(value)]).map((c) =>
			/^AuthSession=[^;]+/.test(c) && !/;\s*(Max-Age|Expires)=/i.test(c)
				? `${c}; Max-Age=${seconds}`
				: c
		);
		return setHeader(name, cookies);
	};
}

/**
 * Puts `middleware` right after express-pouchdb's authentication, so it sees `req.couchSession`.
 * express-pouchdb 4 has no hook there; its layer order is fixed, and this fails loudly if it
 * ever changes.
 */
function insertAfterAuthentication(app: ExpressPouchApp, middleware: Middleware): void {
	const stack = app._router.stack;
	const cookies = stack.findIndex((layer) => layer.name === 'cookieParser');
	const auth = stack[cookies + 1];
	if (cookies < 0 || !auth || !String(auth.handle).includes('couchSession')) {
		throw new Error('express-pouchdb changed: cannot place the access guard after authentication');
	}
	app.use(middleware);
	const guard = stack.pop()!;
	stack.splice(cookies + 2, 0, guard);
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
function installOutermost(db: PouchDatabase, method: 'bulkDocs', wrapper: Wrapper): void {
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
	insertAfterAuthentication(app, accessGuard(RAPOR_DBS));
	installChangesRoute(app, changesRoute(loadExpressPouchUtils()));

	await setConfig(app, 'log', 'level', 'warning');
	await setConfig(app, 'couch_httpd_auth', 'secret', options.sessionSecret);
	await setConfig(app, 'couch_httpd_auth', 'timeout', options.sessionTimeoutSeconds);
	await setConfig(app, 'admins', options.adminName, options.adminPassword);

	return {
		handle: (req, res) => {
			persistentSessionCookie(res, options.sessionTimeoutSeconds);
			app(req, res);
		},
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
