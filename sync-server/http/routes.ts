/**
 * The routes of the CouchDB-compatible API (below `/db`) that Rapor answers, and the methods each
 * one takes. Everything else is refused here, before any backend sees it: an unknown route is a 404
 * and a known route with another method a 405 with `Allow`. The list is what the app's replication
 * (src/lib/sync), the admin CLI, setup and backup call, plus the CouchDB calls a replicator or an
 * operator may make on the same databases; who may call a route is still decided behind it (the
 * access guard, the security objects, validate_doc_update).
 *
 * express-pouchdb has routes Rapor never calls and that crashed the process or widen the surface
 * (`PUT /_session`, `_temp_view`, `_show`, `_update`, `_replicate`, `_compact`, …); with Apache
 * CouchDB behind the guard, `_replicate` would even let a caller make the server fetch any URL.
 */
import { bodyLimitFor, type BodyRule } from './limits.ts';

export type RouteName =
	| 'welcome'
	| 'session'
	| 'uuids'
	| 'allDbs'
	| 'config'
	| 'database'
	| 'bulkDocs'
	| 'bulkGet'
	| 'revsDiff'
	| 'changes'
	| 'allDocs'
	| 'security'
	| 'localDoc'
	| 'designDoc'
	| 'designInfo'
	| 'view'
	| 'document'
	| 'attachment';

/**
 * Rapor's own endpoints beside the CouchDB API (outside `/db`): read-only aggregates for any
 * signed-in account (sync-server/skm/count.ts). Any other path below `/api/` is a 404.
 */
export const API_PREFIX = '/api/';
export const SKM_COUNT_PATH = '/api/skm/jumlah';

/** Methods of each route; HEAD is allowed wherever GET is. */
const METHODS: Readonly<Record<RouteName, readonly string[]>> = {
	welcome: ['GET'],
	session: ['GET', 'POST', 'DELETE'],
	uuids: ['GET'],
	allDbs: ['GET'],
	config: ['GET', 'PUT', 'DELETE'],
	database: ['GET', 'PUT', 'DELETE'],
	bulkDocs: ['POST'],
	bulkGet: ['POST'],
	revsDiff: ['POST'],
	changes: ['GET', 'POST'],
	allDocs: ['GET', 'POST'],
	security: ['GET', 'PUT'],
	localDoc: ['GET', 'PUT', 'DELETE'],
	designDoc: ['GET', 'PUT', 'DELETE'],
	designInfo: ['GET'],
	view: ['GET', 'POST'],
	document: ['GET', 'PUT', 'DELETE'],
	attachment: ['GET', 'PUT', 'DELETE']
};

/** Database names as CouchDB allows them, and the one system database Rapor uses (accounts). */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
const SYSTEM_DATABASES: ReadonlySet<string> = new Set(['_users']);

/** Path segments as CouchDB reads them (percent-decoded); null when the encoding is malformed. */
export function pathSegments(path: string): string[] | null {
	try {
		return path
			.split('?')[0]!
			.split('/')
			.filter((s) => s !== '')
			.map(decodeURIComponent);
	} catch {
		return null;
	}
}

function isDatabase(segment: string): boolean {
	return SYSTEM_DATABASES.has(segment) || DATABASE_NAME.test(segment);
}

const DATABASE_ROUTES: Readonly<Record<string, RouteName>> = {
	_bulk_docs: 'bulkDocs',
	_bulk_get: 'bulkGet',
	_revs_diff: 'revsDiff',
	_changes: 'changes',
	_all_docs: 'allDocs',
	_security: 'security'
};

/** `_config[/section[/key]]`, directly or below `_node/<node>/` (CouchDB 2+). */
function isConfig(parts: readonly string[]): boolean {
	const rest = parts[0] === '_node' && parts.length >= 3 ? parts.slice(2) : parts;
	return rest[0] === '_config' && rest.length <= 3;
}

function designRoute(rest: readonly string[]): RouteName | null {
	if (rest.length === 1) return 'designDoc';
	if (rest.length === 2 && rest[1] === '_info') return 'designInfo';
	if (rest.length === 3 && rest[1] === '_view') return 'view';
	return null;
}

/** Which route `path` (relative to the API root, e.g. `/rapor-skm/_changes`) is, if any. */
export function routeOf(parts: readonly string[]): RouteName | null {
	const [first, second] = parts;
	if (first === undefined) return 'welcome';
	if (parts.length === 1 && first === '_session') return 'session';
	if (parts.length === 1 && first === '_uuids') return 'uuids';
	if (parts.length === 1 && first === '_all_dbs') return 'allDbs';
	if (isConfig(parts)) return 'config';
	if (!isDatabase(first)) return null;
	if (second === undefined) return 'database';
	// `_design%2Fx` is the same document as `_design/x`.
	const rest = parts.slice(1).flatMap((s, i) => (i === 0 ? s.split('/') : [s]));
	if (rest[0] === '_design') return rest.length >= 2 ? designRoute(rest.slice(1)) : null;
	if (rest[0] === '_local') return rest.length === 2 ? 'localDoc' : null;
	if (parts.length === 2) {
		if (second.startsWith('_')) return DATABASE_ROUTES[second] ?? null;
		return 'document';
	}
	if (second.startsWith('_')) return null;
	return 'attachment';
}

export type RouteDecision =
	| { ok: true; route: RouteName; body: BodyRule }
	| {
			ok: false;
			status: 400 | 404 | 405;
			headers: Record<string, string>;
			body: { error: string; reason: string };
	  };

/** The methods `route` answers, as the `Allow` header lists them. */
export function allowedMethods(route: RouteName): string[] {
	const methods = METHODS[route];
	return methods.includes('GET')
		? [...methods.slice(0, 1), 'HEAD', ...methods.slice(1)]
		: [...methods];
}

/** Whether the API answers `method` on `path` (relative to the API root), and how to read its body. */
export function decideRoute(method: string, path: string): RouteDecision {
	const parts = pathSegments(path);
	if (parts === null) {
		return {
			ok: false,
			status: 400,
			headers: {},
			body: { error: 'bad_request', reason: 'permintaan.jalurRusak: malformed path' }
		};
	}
	const route = routeOf(parts);
	if (route === null) {
		return {
			ok: false,
			status: 404,
			headers: {},
			body: { error: 'not_found', reason: 'permintaan.tidakAda: no such route' }
		};
	}
	const allowed = allowedMethods(route);
	if (!allowed.includes(method)) {
		return {
			ok: false,
			status: 405,
			headers: { allow: allowed.join(', ') },
			body: {
				error: 'method_not_allowed',
				reason: `permintaan.metode: only ${allowed.join(', ')} allowed`
			}
		};
	}
	return { ok: true, route, body: bodyLimitFor(route, method, parts[0]) };
}
