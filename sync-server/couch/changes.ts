/**
 * `GET|POST /<db>/_changes` of the embedded server, in place of express-pouchdb's route, which
 * (4.2) read no selector from the body: PouchDB's HTTP adapter sends `changes({ selector })` as
 * `POST _changes?filter=_selector` with `{"selector": …}` (CouchDB 2 and 3), and express-pouchdb
 * looked for a design document `_selector` instead. Worse, a filter it could not find
 * (`?filter=a/b`, `?view=a`, a GET with `filter=_selector`) rejected a promise nobody handled, which
 * stopped the whole server; and a long poll never ended after its `timeout`.
 *
 * As CouchDB 3 answers it:
 * - filters `_selector` (POST body `{"selector": {…}}`) and `_doc_ids` (POST body
 *   `{"doc_ids": […]}`, or `?doc_ids=[…]` on a GET); no other (Rapor has no filter functions);
 * - feeds `normal` and `longpoll`: a long poll answers as soon as there is a change, else after
 *   `timeout` (default 60 s); with `heartbeat` it sends a newline that often and waits with no
 *   timeout. PouchDB never asks for a continuous feed, so there is none.
 *
 * The changes are PouchDB's own: `limit` counts the changes returned, `last_seq` is the last change
 * read (the next `since`), a selector is matched against the winning revision, and the database's
 * wrappers check the reader against the security object's members as before.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
	Change,
	ChangesResult,
	ExpressPouchUtils,
	Middleware,
	PouchDatabase,
	PouchChanges
} from './pouchdb.ts';

/** express-pouchdb's request: the query with JSON values parsed, the body, the database. */
interface ChangesRequest extends IncomingMessage {
	query: Record<string, unknown>;
	body?: unknown;
	db: PouchDatabase;
}

type Options = Record<string, unknown>;

/** The options of a change feed that are passed on to PouchDB as the client gave them. */
const PASSED_ON = [
	'since',
	'limit',
	'descending',
	'style',
	'include_docs',
	'conflicts',
	'attachments'
];

/** CouchDB's default `timeout` of a long poll (chttpd changes_timeout). */
const LONGPOLL_TIMEOUT_MS = 60_000;
/** CouchDB's default `heartbeat`, for `heartbeat=true`. */
const HEARTBEAT_MS = 60_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The filter of a request as PouchDB options, or why it is refused (CouchDB's wording). */
export function filterOptions(method: string, query: Options, body: unknown): Options | string {
	const fromBody = method === 'POST' && isObject(body) ? body : {};
	switch (query.filter) {
		case undefined:
			return {};
		case '_selector':
			return isObject(fromBody.selector)
				? { selector: fromBody.selector }
				: 'Selector must be specified in POST payload';
		case '_doc_ids': {
			const docIds = method === 'POST' ? fromBody.doc_ids : query.doc_ids;
			const list = Array.isArray(docIds) && docIds.every((id) => typeof id === 'string');
			return list ? { doc_ids: docIds } : '`doc_ids` filter parameter is not a list of doc ids.';
		}
		default:
			return `filter ${JSON.stringify(query.filter)} is not supported here: use _selector or _doc_ids`;
	}
}

/**
 * One read of the feed. The error listener is what keeps the server up: the database's wrappers
 * re-emit an error on an event emitter of their own, which throws when nobody listens, and that
 * stopped Node. The promise rejects with the error all the same.
 */
function readChanges(db: PouchDatabase, options: Options): PromiseLike<ChangesResult> {
	const feed = db.changes(options);
	feed.on('error', () => {});
	return feed;
}

/** Milliseconds of a `timeout` or `heartbeat` parameter; `true` means the default. */
function millis(value: unknown, fallback: number): number {
	return typeof value === 'number' && value > 0 ? value : fallback;
}

/**
 * Waits for the first change after `since`: answers with it, or with no change after the
 * timeout, or ends quietly when the client goes away.
 */
function waitForChange(
	req: ChangesRequest,
	res: ServerResponse,
	utils: ExpressPouchUtils,
	options: Options,
	since: number | string
): void {
	// The client may have gone during the first read; its 'close' event is then past.
	if (res.destroyed) return;
	const heartbeat = req.query.heartbeat ? millis(req.query.heartbeat, HEARTBEAT_MS) : null;
	utils.setJsonOrPlaintext(res);
	res.statusCode = 200;
	const live: PouchChanges = req.db.changes({ ...options, since, live: true });
	const timers: NodeJS.Timeout[] = [];
	let open = true;
	const stop = () => {
		open = false;
		timers.forEach(clearTimeout);
		live.cancel();
	};
	const answer = (results: Change[], lastSeq: number | string) => {
		if (!open) return;
		stop();
		utils.writeJSON(res, { results, last_seq: lastSeq });
		res.end();
	};
	live.on('change', (change) => answer([change], change.seq));
	live.on('error', (error) => {
		if (!open) return;
		stop();
		if (res.headersSent) res.end();
		else utils.sendError(res, error);
	});
	res.on('close', () => {
		if (open) stop();
	});
	if (heartbeat === null) {
		const timeout = millis(req.query.timeout, LONGPOLL_TIMEOUT_MS);
		timers.push(setTimeout(() => answer([], since), timeout));
	} else {
		timers.push(setInterval(() => res.write('\n'), heartbeat));
	}
}

async function answerChanges(
	req: ChangesRequest,
	res: ServerResponse,
	utils: ExpressPouchUtils
): Promise<void> {
	const filter = filterOptions(req.method ?? 'GET', req.query, req.body);
	if (typeof filter === 'string') {
		utils.sendJSON(res, 400, { error: 'bad_request', reason: filter });
		return;
	}
	const feed = req.query.feed ?? 'normal';
	if (feed !== 'normal' && feed !== 'longpoll') {
		const reason = `feed ${JSON.stringify(feed)} is not supported here: use normal or longpoll`;
		utils.sendJSON(res, 400, { error: 'bad_request', reason });
		return;
	}
	const passed = Object.fromEntries(
		PASSED_ON.filter((k) => k in req.query).map((k) => [k, req.query[k]])
	);
	const options = utils.makeOpts(req, { ...passed, ...filter });
	try {
		const first = await readChanges(req.db, options);
		if (feed === 'normal' || first.results.length > 0) utils.sendJSON(res, 200, first);
		else waitForChange(req, res, utils, options, first.last_seq);
	} catch (error) {
		utils.sendError(res, error);
	}
}

/** The route, for `/:db/_changes` after express-pouchdb has opened the database (`req.db`). */
export function changesRoute(utils: ExpressPouchUtils): Middleware {
	return (req, res) => {
		const parse: Middleware = req.method === 'POST' ? utils.jsonParser : (_q, _s, next) => next();
		parse(req, res, () => void answerChanges(req as ChangesRequest, res, utils));
	};
}
