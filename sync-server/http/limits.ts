/**
 * Request bodies of the API: how large each route's body may be, and reading it once, in front of
 * the backend. A body is refused by its Content-Length before a byte is read (413), and a body sent
 * without one is cut off as soon as it passes the limit, so no request makes the server hold more
 * than its route needs. A JSON body is parsed here and handed on as express-pouchdb expects it from
 * its own body parser (`req.body`, `req._body = true`), with the bytes as `req.rawBody` for a proxy.
 *
 * The limits derive from the documents (src/lib/domain/limits.ts): a push of the app is at most
 * PUSH_BYTES_LIMIT of documents, or a single document of the database's largest size with its
 * revision history.
 */
import type { IncomingMessage } from 'node:http';
import { DATABASE } from '../../src/lib/domain/document.ts';
import {
	DOCUMENT_BYTES_LIMIT,
	DATABASE_DOCUMENT_BYTES_LIMIT,
	PUSH_BYTES_LIMIT
} from '../../src/lib/domain/limits.ts';
import type { RouteName } from './routes.ts';

const KB = 1024;
const MB = 1024 * KB;

/**
 * Room a replicated document takes beside its content: `_rev`, and `_revisions` with up to 1000
 * revision ids (CouchDB's revs_limit) of 32 hex digits each.
 */
const REVISION_ROOM = 40 * KB;

export type BodyKind =
	/** No body expected: one sent is read and dropped, up to a small limit. */
	| 'none'
	/** A JSON body, parsed in front; only `application/json`. */
	| 'json'
	/** Bytes the backend reads itself (attachments, config values): Content-Length required. */
	| 'raw';

export interface BodyRule {
	kind: BodyKind;
	/** Bytes. */
	limit: number;
}

/** The limits by purpose, in bytes. */
export const BODY_LIMIT = {
	/** A body nobody reads (e.g. sent with a GET). */
	kosong: 16 * KB,
	/** A login: a name and a password. */
	login: 4 * KB,
	/** Security objects, `PUT /<db>`, config values, replication checkpoints. */
	kecil: 64 * KB,
	/** `_bulk_get`, `_revs_diff`, `_all_docs` and view keys, a `_changes` selector. */
	kueri: 2 * MB,
	/** A design document (the validate_doc_update functions and views of setup). */
	desain: 1 * MB
} as const;

const BYTES_BY_DATABASE: Readonly<Record<string, number>> = {
	[DATABASE.master]: DATABASE_DOCUMENT_BYTES_LIMIT.master,
	[DATABASE.skm]: DATABASE_DOCUMENT_BYTES_LIMIT.skm,
	[DATABASE.realisasi]: DATABASE_DOCUMENT_BYTES_LIMIT.realisasi
};

/** One document written to `database`, with its revision history. */
export function documentLimit(database: string | undefined): number {
	return (BYTES_BY_DATABASE[database ?? ''] ?? DOCUMENT_BYTES_LIMIT) + REVISION_ROOM;
}

/**
 * A `_bulk_docs` batch to `database`: the app's largest push (it stops adding documents at
 * PUSH_BYTES_LIMIT), plus the one document that may cross that line with the tombstones of its
 * resolved conflicts.
 */
export function bulkDocsLimit(database: string | undefined): number {
	return PUSH_BYTES_LIMIT + documentLimit(database) + 4 * REVISION_ROOM;
}

/** How the body of `method` on `route` (of `database`, its first path segment) is read. */
export function bodyLimitFor(route: RouteName, method: string, database?: string): BodyRule {
	if (method === 'GET' || method === 'HEAD' || method === 'DELETE') {
		return { kind: 'none', limit: BODY_LIMIT.kosong };
	}
	switch (route) {
		case 'session':
			return { kind: 'json', limit: BODY_LIMIT.login };
		case 'bulkDocs':
			return { kind: 'json', limit: bulkDocsLimit(database) };
		case 'document':
			return { kind: 'json', limit: documentLimit(database) };
		case 'designDoc':
			return { kind: 'json', limit: BODY_LIMIT.desain };
		case 'bulkGet':
		case 'revsDiff':
		case 'changes':
		case 'allDocs':
		case 'view':
			return { kind: 'json', limit: BODY_LIMIT.kueri };
		case 'attachment':
			return { kind: 'raw', limit: documentLimit(database) };
		case 'config':
			return { kind: 'raw', limit: BODY_LIMIT.kecil };
		default:
			return { kind: 'json', limit: BODY_LIMIT.kecil };
	}
}

export interface BodyRefusal {
	status: 400 | 411 | 413 | 415;
	error: string;
	reason: string;
}

const TOO_LARGE = (limit: number): BodyRefusal => ({
	status: 413,
	error: 'too_large',
	reason: `permintaan.terlaluBesar: the request body is larger than ${limit} bytes`
});

function declaredLength(req: IncomingMessage): number | null {
	const header = req.headers['content-length'];
	if (header === undefined) return null;
	const length = Number(header);
	return Number.isSafeInteger(length) && length >= 0 ? length : Number.NaN;
}

function hasBody(req: IncomingMessage): boolean {
	return req.headers['transfer-encoding'] !== undefined || (declaredLength(req) ?? 0) > 0;
}

/** `application/json`, with or without parameters (charset). */
function isJson(req: IncomingMessage): boolean {
	const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
	return type === 'application/json';
}

/** What is wrong with the body's headers under `rule`, before anything is read; null if nothing. */
export function refusalByHeaders(req: IncomingMessage, rule: BodyRule): BodyRefusal | null {
	const length = declaredLength(req);
	if (Number.isNaN(length)) {
		return { status: 400, error: 'bad_request', reason: 'permintaan.panjang: bad Content-Length' };
	}
	if (length !== null && length > rule.limit) return TOO_LARGE(rule.limit);
	if (rule.kind === 'raw' && length === null && hasBody(req)) {
		return {
			status: 411,
			error: 'length_required',
			reason: 'permintaan.panjang: send Content-Length'
		};
	}
	if (rule.kind === 'json' && hasBody(req) && !isJson(req)) {
		return {
			status: 415,
			error: 'bad_content_type',
			reason: 'permintaan.jenisIsi: Content-Type must be application/json'
		};
	}
	return null;
}

/** Reads the whole body, or stops reading as soon as it passes `limit` (then resolves null). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const cleanup = () => {
			req.off('data', onData);
			req.off('end', onEnd);
			req.off('error', onError);
			req.off('aborted', onAborted);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				cleanup();
				req.pause();
				resolve(null);
				return;
			}
			chunks.push(chunk);
		};
		const onEnd = () => {
			cleanup();
			resolve(Buffer.concat(chunks, size));
		};
		const onError = (error: Error) => {
			cleanup();
			reject(error);
		};
		const onAborted = () => onError(new Error('request aborted'));
		req.on('data', onData);
		req.on('end', onEnd);
		req.on('error', onError);
		req.on('aborted', onAborted);
	});
}

/** The request as express-pouchdb's body parser leaves it, for the backend behind the front. */
export interface ParsedRequest extends IncomingMessage {
	body?: unknown;
	_body?: boolean;
	rawBody?: Buffer;
}

/**
 * Reads and parses the body of a request that passed `refusalByHeaders`. Resolves null when the
 * body was handed over as is (raw routes), a refusal when it is too large or not JSON.
 */
export async function takeBody(req: ParsedRequest, rule: BodyRule): Promise<BodyRefusal | null> {
	if (rule.kind === 'raw') return null;
	const bytes = hasBody(req) ? await readBody(req, rule.limit) : Buffer.alloc(0);
	if (bytes === null) return TOO_LARGE(rule.limit);
	req._body = true;
	if (rule.kind === 'none' || bytes.length === 0) {
		// A body the route does not take is dropped, not handed on.
		req.rawBody = Buffer.alloc(0);
		req.body = {};
		return null;
	}
	req.rawBody = bytes;
	let body: unknown;
	try {
		body = JSON.parse(bytes.toString('utf8'));
	} catch {
		return { status: 400, error: 'bad_request', reason: 'invalid_json' };
	}
	// Every body the API takes is an object, as CouchDB requires; express-pouchdb threw on others.
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return { status: 400, error: 'bad_request', reason: 'Request body must be a JSON object' };
	}
	req.body = body;
	return null;
}
