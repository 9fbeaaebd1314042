/**
 * Who may call what on the embedded CouchDB API, before express-pouchdb routes the request. It
 * runs right after express-pouchdb has authenticated the request (cookie or Basic), and gives the
 * behaviour of CouchDB 3 with `require_valid_user` and admin-only system databases:
 *
 * - anonymous requests reach only the welcome (`GET /`) and `/_session` (to log in);
 * - signed-in users reach `/_uuids` and the Rapor databases, where the security objects and
 *   validate_doc_update decide;
 * - everything else (`_users`, `_all_dbs`, `_replicate`, `_config`, other databases …) is for
 *   server admins. express-pouchdb alone would let anyone sign up in `_users`, and let a user give
 *   themselves roles through their own user document.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathSegments } from '../http/routes.ts';
import type { UserCtx } from './vdu.ts';

export type Decision =
	{ ok: true } | { ok: false; status: 401 | 403 | 400; error: string; reason: string };

const LOGIN_REQUIRED: Decision = {
	ok: false,
	status: 401,
	error: 'unauthorized',
	reason: 'akses.perluLogin: log in first'
};

const ADMIN_ONLY: Decision = {
	ok: false,
	status: 403,
	error: 'forbidden',
	reason: 'akses.hanyaAdmin: only a server admin may do this'
};

export function decideAccess(
	method: string,
	path: string,
	userCtx: UserCtx,
	raporDbs: ReadonlySet<string>
): Decision {
	const parts = pathSegments(path);
	if (parts === null) {
		return { ok: false, status: 400, error: 'bad_request', reason: 'malformed path' };
	}
	const first = parts[0] ?? '';
	if (userCtx.roles.includes('_admin')) return { ok: true };
	if (first === '_session') return { ok: true };
	if (first === '' && (method === 'GET' || method === 'HEAD')) return { ok: true };
	if (userCtx.name === null) return LOGIN_REQUIRED;
	if (first === '_uuids') return { ok: true };
	// Creating or deleting a database is for server admins. express-pouchdb would refuse too, but
	// a refused delete there leaves its database cache unusable until restart.
	const databaseItself = parts.length === 1 && (method === 'PUT' || method === 'DELETE');
	if (raporDbs.has(first) && !databaseItself) return { ok: true };
	return ADMIN_ONLY;
}

interface CouchRequest extends IncomingMessage {
	couchSession?: { userCtx?: { name?: unknown; roles?: unknown } };
}

function userCtxOf(req: CouchRequest): UserCtx {
	const ctx = req.couchSession?.userCtx;
	const name = typeof ctx?.name === 'string' ? ctx.name : null;
	const roles = Array.isArray(ctx?.roles)
		? ctx.roles.filter((r): r is string => typeof r === 'string')
		: [];
	return { name, roles };
}

/** The guard as express middleware (mounted inside express-pouchdb, after authentication). */
export function accessGuard(raporDbs: ReadonlySet<string>) {
	return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
		const keputusan = decideAccess(req.method ?? 'GET', req.url ?? '/', userCtxOf(req), raporDbs);
		if (keputusan.ok) {
			next();
			return;
		}
		res.writeHead(keputusan.status, { 'content-type': 'application/json' });
		res.end(`${JSON.stringify({ error: keputusan.error, reason: keputusan.reason })}\n`);
	};
}
