import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import {
	createServer as createHttpServer,
	type IncomingMessage,
	type Server,
	type ServerResponse
} from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedCouch, type EmbeddedCouch } from './couch/embedded.ts';
import { couchdbAdmin, startCouchProxy } from './couchdb/proxy.ts';
import { sendJson } from './http/answer.ts';
import { CouchClient } from './http/couch-client.ts';
import { refusalByHeaders, takeBody, type BodyRefusal, type ParsedRequest } from './http/limits.ts';
import { isHttps, type OriginPolicy } from './http/origin.ts';
import { API_PREFIX, decideRoute, SKM_COUNT_PATH } from './http/routes.ts';
import {
	API_POLICY,
	appPolicy,
	inlineScriptHashes,
	setSecurityHeaders,
	withoutPoweredBy
} from './http/security-headers.ts';
import { createAppServer, redirectToHttps, type TlsFiles } from './http/tls.ts';
import { logLine } from './request-log.ts';
import {
	adminCredentials,
	ensureDataDir,
	sessionSecret,
	type AdminCredentials
} from './secrets.ts';
import { runSetup, type SetupReport } from './setup/index.ts';
import { isPublicPath, publicPageRoute } from './public/route.ts';
import { skmCountRoute } from './skm/count.ts';
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
	/** Serve HTTPS with this certificate and key (PEM files) instead of HTTP. */
	tls?: TlsFiles;
	/** With `tls`: also listen for plain HTTP on this port, answering redirects to HTTPS. */
	httpRedirectPort?: number;
	/** Believe X-Forwarded-Proto / -For: only behind a reverse proxy you run (RAPOR_TRUST_PROXY=1). */
	trustProxy?: boolean;
	/**
	 * Apache CouchDB (with its server admin in the URL) to guard instead of the embedded server
	 * (RAPOR_COUCHDB_URL); the admin of the API is then CouchDB's.
	 */
	couchdbUrl?: string;
}

export interface RunningServer {
	server: Server;
	url: string;
	/** Root of the CouchDB-compatible API: `${url}/db`. */
	couchUrl: string;
	/**
	 * The API for clients inside this process (setup, demo accounts): `couchUrl`, or with `tls` a
	 * plain-HTTP listener on 127.0.0.1 (the process's own fetch does not trust a private CA).
	 */
	localCouchUrl: string;
	/** The plain-HTTP listener that redirects to `url` (with `tls` and `httpRedirectPort`). */
	redirect: { server: Server; url: string } | null;
	dataDir: string;
	admin: AdminCredentials;
	/** What setup changed on this start (null when setup was off). */
	setup: SetupReport | null;
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

const INTERNAL_ERROR = {
	error: 'internal_server_error',
	reason: 'server.galat: the server could not answer this request'
};

/**
 * A refused body that may still be on its way: answered at once and the connection closed, so the
 * rest is never read into memory (the client sees the answer while it is still sending).
 */
function refuseBody(res: ServerResponse, refusal: BodyRefusal): void {
	sendJson(
		res,
		refusal.status,
		{ error: refusal.error, reason: refusal.reason },
		{
			connection: 'close'
		}
	);
}

/**
 * The API answers JSON, also when Express inside express-pouchdb ends a request with its own HTML
 * error page (which, outside NODE_ENV=production, carries the stack trace). The page is recognised
 * when its head is written, and whatever body follows (compressed or not) is replaced.
 */
function jsonErrorsOnly(res: ServerResponse, log: (line: string) => void, target: string): void {
	const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
	const write = res.write.bind(res) as (...args: unknown[]) => boolean;
	const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
	let replacement: string | null = null;
	const isErrorPage = (status: number) =>
		status >= 400 && String(res.getHeader('content-type') ?? '').startsWith('text/html');
	res.writeHead = ((status: number, ...rest: unknown[]) => {
		const headers = rest.find((r) => typeof r === 'object' && r !== null && !Array.isArray(r));
		for (const [name, value] of Object.entries((headers ?? {}) as Record<string, string>)) {
			res.setHeader(name, value);
		}
		if (!isErrorPage(status)) return writeHead(status, ...rest);
		if (status >= 500) log(`error ${target}: ${status} error page of express-pouchdb replaced`);
		const body =
			status >= 500
				? INTERNAL_ERROR
				: { error: 'bad_request', reason: `permintaan.ditolak: status ${status}` };
		replacement = `${JSON.stringify(body)}\n`;
		res.removeHeader('content-encoding');
		res.setHeader('content-type', 'application/json');
		res.setHeader('content-length', Buffer.byteLength(replacement));
		res.setHeader('content-security-policy', API_POLICY);
		return writeHead(status);
	}) as ServerResponse['writeHead'];
	res.write = ((...args: unknown[]) =>
		replacement === null ? write(...args) : true) as ServerResponse['write'];
	res.end = ((...args: unknown[]) => {
		// Write the head first, so that an error page is recognised before its body goes out.
		if (!res.headersSent && isErrorPage(res.statusCode)) res.writeHead(res.statusCode);
		return replacement === null ? end(...args) : end(replacement);
	}) as ServerResponse['end'];
}

/** An error nobody expected: logged with the request, answered 500, the server keeps serving. */
function failed(res: ServerResponse, log: (line: string) => void, target: string, error: unknown) {
	log(
		`error ${target}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
	);
	if (!res.headersSent) sendJson(res, 500, INTERNAL_ERROR);
	else res.destroy();
}

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

async function health(couch: EmbeddedCouch, started: number, closing: boolean) {
	const db = await couch.ping();
	const ok = db.ok && !closing;
	return { ok, closing, uptimeSeconds: Math.round((Date.now() - started) / 1000), db };
}

function listen(server: Server, port: number, host: string): Promise<void> {
	return new Promise<void>((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolvePromise();
		});
	});
}

function boundPort(server: Server, fallback: number): number {
	const address = server.address();
	return typeof address === 'object' && address ? address.port : fallback;
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
	// Apache CouchDB behind the guard when RAPOR_COUCHDB_URL is given, else the embedded server.
	const admin = options.couchdbUrl
		? couchdbAdmin(options.couchdbUrl)
		: adminCredentials(dataDir, options.env);
	const couch = options.couchdbUrl
		? await startCouchProxy({
				url: options.couchdbUrl,
				dataDir,
				trustProxy: options.trustProxy ?? false
			})
		: await startEmbeddedCouch({
				dataDir,
				adminName: admin.name,
				adminPassword: admin.password,
				sessionSecret: sessionSecret(dataDir),
				sessionTimeoutSeconds: options.sessionTimeoutSeconds ?? DEFAULT_SESSION_TIMEOUT,
				trustProxy: options.trustProxy ?? false,
				log
			});

	const serveApp = staticApp(options.appDir);
	const appCsp = appPolicy(inlineScriptHashes(options.appDir));
	const origin: OriginPolicy = { trustProxy: options.trustProxy ?? false };
	const started = Date.now();
	const writes = new Set<ServerResponse>();
	let closing = false;
	let drained: (() => void) | null = null;
	let skmCount: ReturnType<typeof skmCountRoute> | null = null;
	let publicPage: ReturnType<typeof publicPageRoute> | null = null;

	/** The API below /db: route and method allowed, body read within its limit, then the backend. */
	async function api(req: ParsedRequest, res: ServerResponse, target: string): Promise<void> {
		let url = target.slice(COUCH_PREFIX.length) || '/';
		if (url.startsWith('?')) url = `/${url}`;
		const decision = decideRoute(req.method ?? 'GET', url);
		if (!decision.ok) {
			sendJson(res, decision.status, decision.body, decision.headers);
			return;
		}
		const byHeaders = refusalByHeaders(req, decision.body);
		if (byHeaders) {
			refuseBody(res, byHeaders);
			return;
		}
		if (isWrite(req)) writes.add(res);
		let byBody: BodyRefusal | null;
		try {
			byBody = await takeBody(req, decision.body);
		} catch {
			// The client went away while sending: nobody is left to answer.
			res.destroy();
			return;
		}
		if (byBody) {
			refuseBody(res, byBody);
			return;
		}
		if (decision.route === 'bulkGet' && isEmptyList((req.body as { docs?: unknown }).docs)) {
			// CouchDB's answer; express-pouchdb never answers an empty _bulk_get.
			sendJson(res, 200, { results: [] });
			return;
		}
		req.url = url;
		jsonErrorsOnly(res, log, target);
		couch.handle(req, res);
	}

	async function route(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
		const https = isHttps(req, origin);
		const path = target.split('?')[0]!;
		const isCouch = path === COUCH_PREFIX || path.startsWith(`${COUCH_PREFIX}/`);
		if (isCouch || path === '/health' || path.startsWith(API_PREFIX)) {
			setSecurityHeaders(res, API_POLICY, https);
		} else {
			setSecurityHeaders(res, appCsp, https);
		}
		if (closing) {
			res.setHeader('connection', 'close');
			sendJson(res, 503, { error: 'service_unavailable', reason: 'the server is stopping' });
			return;
		}
		if (path === '/health') {
			const body = await health(couch, started, closing);
			sendJson(res, body.ok ? 200 : 503, body);
			return;
		}
		if (isCouch) {
			await api(req, res, target);
			return;
		}
		if (path.startsWith(API_PREFIX)) {
			if (path !== SKM_COUNT_PATH || !skmCount) {
				sendJson(res, 404, { error: 'not_found', reason: 'permintaan.tidakAda: no such route' });
			} else await skmCount(req, res, target);
			return;
		}
		// The published SKM results, without sign-in (sync-server/public/).
		if (isPublicPath(path)) {
			if (publicPage) await publicPage(req, res, target, https);
			else sendJson(res, 503, { error: 'service_unavailable', reason: 'the server is starting' });
			return;
		}
		serveApp(req, res);
	}

	const listener = (req: IncomingMessage, res: ServerResponse) => {
		const begun = Date.now();
		const target = req.url ?? '/';
		res.on('close', () => {
			writes.delete(res);
			if (writes.size === 0) drained?.();
			log(logLine(req, res, target, Date.now() - begun));
		});
		withoutPoweredBy(res);
		try {
			route(req, res, target).catch((error: unknown) => failed(res, log, target, error));
		} catch (error) {
			failed(res, log, target, error);
		}
	};
	const server = createAppServer(listener, options.tls);
	await listen(server, options.port, options.host);
	const port = boundPort(server, options.port);
	const scheme = options.tls ? 'https' : 'http';
	const shownHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
	const url = `${scheme}://${shownHost}:${port}`;
	const couchUrl = `${url}${COUCH_PREFIX}`;

	let local: Server | null = null;
	let localCouchUrl = couchUrl;
	if (options.tls) {
		local = createHttpServer(listener);
		await listen(local, 0, '127.0.0.1');
		localCouchUrl = `http://127.0.0.1:${boundPort(local, 0)}${COUCH_PREFIX}`;
	}

	let redirect: RunningServer['redirect'] = null;
	if (options.tls && options.httpRedirectPort !== undefined) {
		const redirectServer = createHttpServer(redirectToHttps(port));
		await listen(redirectServer, options.httpRedirectPort, options.host);
		const redirectPort = boundPort(redirectServer, options.httpRedirectPort);
		redirect = { server: redirectServer, url: `http://${shownHost}:${redirectPort}` };
	}

	skmCount = skmCountRoute({ apiUrl: localCouchUrl, admin });
	publicPage = publicPageRoute({ apiUrl: localCouchUrl, admin, log });
	const setup =
		options.setup === false
			? null
			: await runSetup(new CouchClient({ url: localCouchUrl, credentials: admin }));
	void skmCount.siapkan();

	let closed: Promise<void> | null = null;
	const close = async () => {
		closing = true;
		for (const extra of [redirect?.server, local]) {
			extra?.close();
			extra?.closeAllConnections();
		}
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
		localCouchUrl,
		redirect,
		dataDir,
		admin,
		setup,
		close: () => (closed ??= close())
	};
}
