import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedCouch, type EmbeddedCouch } from './couch/embedded.ts';
import { CouchClient } from './http/couch-client.ts';
import { logLine } from './request-log.ts';
import {
	adminCredentials,
	ensureDataDir,
	sessionSecret,
	type AdminCredentials
} from './secrets.ts';
import { runSetup, type LaporanSetup } from './setup/index.ts';
import { staticApp } from './static.ts';

export interface ServerOptions {
	port: number;
	host: string;
	/** Directory of the built PWA (output of `npm run build`). */
	appDir: string;
	log?: (line: string) => void;
	/**
	 * Databases, admin password file and session secret. Default: a new temporary directory that
	 * close() removes (for tests); `npm start` passes RAPOR_DATA_DIR or ./data.
	 */
	dataDir?: string;
	/** Where RAPOR_ADMIN_USER / RAPOR_ADMIN_PASSWORD are read; default process.env. */
	env?: Readonly<Record<string, string | undefined>>;
	/** Apply databases, security objects and design documents on start (default true). */
	setup?: boolean;
	/** Seconds a session cookie stays valid without use; default 12 hours. */
	sessionTimeoutSeconds?: number;
	/** How long close() waits for writes in progress (default 10 s). */
	drainTimeoutMs?: number;
}

export interface RunningServer {
	server: Server;
	url: string;
	/** Root of the CouchDB-compatible API: `${url}/db`. */
	couchUrl: string;
	dataDir: string;
	admin: AdminCredentials;
	/** What setup changed on this start (null when setup was off). */
	setup: LaporanSetup | null;
	/** Stops taking requests, lets writes in progress finish, closes LevelDB. */
	close(): Promise<void>;
}

const COUCH_PREFIX = '/db';
const DEFAULT_SESSION_TIMEOUT = 12 * 60 * 60;

/** POSTs that only read; every other POST, PUT and DELETE is a write that shutdown waits for. */
const READING_POST =
	/\/(_bulk_get|_all_docs|_revs_diff|_find|_explain|_changes|_session|_missing_revs|_view\/[^/?]+)\/?(\?|$)/;

function isWrite(req: IncomingMessage): boolean {
	const method = req.method ?? 'GET';
	if (method === 'PUT' || method === 'DELETE') return true;
	return method === 'POST' && !READING_POST.test(req.url ?? '');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
	res.end(JSON.stringify(body));
}

async function health(couch: EmbeddedCouch, started: number, closing: boolean) {
	const db = await couch.ping();
	const ok = db.ok && !closing;
	return { ok, closing, uptimeSeconds: Math.round((Date.now() - started) / 1000), db };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
	if (!existsSync(join(options.appDir, 'index.html'))) {
		throw new Error(
			`No built app in ${options.appDir}. Run "npm run build" first (npm start does it for you).`
		);
	}
	const log = options.log ?? (() => {});
	const temporary = options.dataDir === undefined;
	const dataDir = resolve(options.dataDir ?? mkdtempSync(join(tmpdir(), 'rapor-data-')));
	ensureDataDir(dataDir);
	const admin = adminCredentials(dataDir, options.env);
	const couch = await startEmbeddedCouch({
		dataDir,
		adminName: admin.name,
		adminPassword: admin.password,
		sessionSecret: sessionSecret(dataDir),
		sessionTimeoutSeconds: options.sessionTimeoutSeconds ?? DEFAULT_SESSION_TIMEOUT
	});

	const serveApp = staticApp(options.appDir);
	const started = Date.now();
	const writes = new Set<ServerResponse>();
	let closing = false;
	let drained: (() => void) | null = null;

	const server = createServer((req, res) => {
		const begun = Date.now();
		const target = req.url ?? '/';
		res.on('close', () => {
			writes.delete(res);
			if (writes.size === 0) drained?.();
			log(logLine(req, res, target, Date.now() - begun));
		});
		if (closing) {
			res.setHeader('connection', 'close');
			sendJson(res, 503, { error: 'service_unavailable', reason: 'the server is stopping' });
			return;
		}
		const path = target.split('?')[0]!;
		if (path === '/health') {
			health(couch, started, closing).then((body) => sendJson(res, body.ok ? 200 : 503, body));
			return;
		}
		if (path === COUCH_PREFIX || path.startsWith(`${COUCH_PREFIX}/`)) {
			if (isWrite(req)) writes.add(res);
			req.url = target.slice(COUCH_PREFIX.length) || '/';
			if (req.url.startsWith('?')) req.url = `/${req.url}`;
			couch.handle(req, res);
			return;
		}
		serveApp(req, res).catch((error: unknown) => {
			log(`error ${target}: ${String(error)}`);
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
	});
	await new Promise<void>((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => resolvePromise());
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
	const couchUrl = `${url}${COUCH_PREFIX}`;

	const setup =
		options.setup === false
			? null
			: await runSetup(new CouchClient({ url: couchUrl, credentials: admin }));

	let closed: Promise<void> | null = null;
	const close = async () => {
		closing = true;
		const stopped = new Promise<void>((done) => server.close(() => done()));
		server.closeIdleConnections();
		if (writes.size > 0) {
			await new Promise<void>((done) => {
				drained = done;
				setTimeout(done, options.drainTimeoutMs ?? 10_000).unref();
			});
		}
		// Reads still open (long-polling change feeds) are cut; clients retry them.
		server.closeAllConnections();
		await stopped;
		await couch.close();
		if (temporary) rmSync(dataDir, { recursive: true, force: true });
	};
	return {
		server,
		url,
		couchUrl,
		dataDir,
		admin,
		setup,
		close: () => (closed ??= close())
	};
}
