/**
 * The guard's checks of a write before it reaches Apache CouchDB: the same cross-document checks
 * as the embedded server (../couch/cross-checks.ts), reading through CouchDB's HTTP API as the
 * server admin. A refused document is answered exactly as the embedded server answers it: a single
 * write with its status and `{ error, reason }`; a `_bulk_docs` with one result per document in
 * order (interactive), or only the errors (new_edits=false), the rest written by CouchDB.
 */
import { DATABASE } from '../../src/lib/domain/document.ts';
import {
	checkAcrossDocuments,
	guardSecurityDoc,
	isAdmin,
	previousOf,
	WriteRefused,
	type PendingWrite
} from '../couch/cross-checks.ts';
import type { PouchDoc } from '../couch/pouchdb.ts';
import type { UserCtx } from '../couch/vdu.ts';
import type { CouchClient } from '../http/couch-client.ts';
import { couchReader, prefetchingReader } from './reader.ts';

export const RAPOR_DBS: ReadonlySet<string> = new Set(Object.values(DATABASE));

export interface WriteRequest {
	method: string;
	/** Path relative to the API root, with its query. */
	url: string;
	contentType: string;
	body: Buffer;
	userCtx: UserCtx;
	/** CouchDB as the server admin, for reading what the checks need. */
	admin: CouchClient;
}

export type WritePlan =
	/** Send on; `body` replaces the request's body when given. */
	| { kind: 'forward'; body?: Buffer }
	/** Answer without CouchDB. */
	| { kind: 'answer'; status: number; body: unknown }
	/** Send `body` (the accepted documents), then put the refusals back into CouchDB's answer. */
	| { kind: 'merge'; body: Buffer; outcome: (WriteRefused | null)[]; newEdits: boolean };

const asJson = (value: unknown) => Buffer.from(JSON.stringify(value));

export const refusalBody = (r: WriteRefused) => ({ error: r.name, reason: r.message });
export const refusalRow = (r: WriteRefused) => ({ id: r.id, error: r.name, reason: r.message });

function parseJson(body: Buffer): unknown {
	try {
		return JSON.parse(body.toString('utf8'));
	} catch {
		return undefined;
	}
}

function segments(path: string): string[] {
	return path
		.split('/')
		.filter((s) => s !== '')
		.map((s) => decodeURIComponent(s));
}

async function checkOne(doc: PouchDoc, b: PendingWrite): Promise<WriteRefused | null> {
	try {
		if (typeof doc._id !== 'string') return null;
		if (doc._id.startsWith('_local/')) {
			guardSecurityDoc(doc._id, b.ctx);
			return null;
		}
		if (doc._id.startsWith('_design/') || isAdmin(b.ctx)) return null;
		const previous = await previousOf(doc, b);
		if (previous === 'skip') return null;
		return await checkAcrossDocuments(doc, previous, b);
	} catch (error) {
		if (error instanceof WriteRefused) return error;
		throw error;
	}
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const ATTACHMENTS = 'akses.lampiran @_attachments: attachments are not accepted';

export async function planWrite(w: WriteRequest): Promise<WritePlan> {
	const [path = '', query = ''] = w.url.split('?', 2);
	let parts: string[];
	try {
		parts = segments(path);
	} catch {
		return { kind: 'forward' };
	}
	const [db = '', second, ...rest] = parts;
	if (!RAPOR_DBS.has(db) || !['PUT', 'POST', 'DELETE'].includes(w.method)) {
		return { kind: 'forward' };
	}
	const admin = isAdmin(w.userCtx);
	const b: PendingWrite = {
		reader: couchReader(w.admin, db),
		dbName: db,
		ctx: w.userCtx,
		newEdits: new URLSearchParams(query).get('new_edits') !== 'false',
		accepted: new Map()
	};

	if (second === '_bulk_docs' && rest.length === 0 && w.method === 'POST') {
		const parsed = parseJson(w.body);
		if (!isObject(parsed) || !Array.isArray(parsed.docs)) return { kind: 'forward' };
		b.newEdits = parsed.new_edits !== false;
		const docs = parsed.docs as PouchDoc[];
		if (!admin) {
			const ids = docs.map((d) => (isObject(d) ? d._id : undefined));
			const known = ids.filter((id): id is string => typeof id === 'string');
			b.reader = await prefetchingReader(w.admin, db, known);
		}
		const outcome: (WriteRefused | null)[] = [];
		for (const doc of docs) {
			const verdict = isObject(doc) ? await checkOne(doc, b) : null;
			outcome.push(verdict);
			if (!verdict && isObject(doc) && typeof doc._id === 'string') b.accepted.set(doc._id, doc);
		}
		if (outcome.every((o) => o === null)) return { kind: 'forward', body: asJson(parsed) };
		const kept = docs.filter((_, i) => outcome[i] === null);
		return {
			kind: 'merge',
			body: asJson({ ...parsed, docs: kept }),
			outcome,
			newEdits: b.newEdits
		};
	}

	// The document a write names: POST /db, or /db/<id>, /db/_design/<x>, /db/_local/<x>.
	let id: string | undefined;
	let attachment = false;
	if (second === undefined) {
		if (w.method !== 'POST') return { kind: 'forward' };
	} else if (second === '_design' || second === '_local') {
		if (rest.length === 0) return { kind: 'forward' };
		id = `${second}/${rest[0]}`;
		attachment = rest.length > 1;
	} else if (second === '_security' && rest.length === 0) {
		// Security objects are setup's, as the server admin. A cluster answers anyone else with
		// 500 no_majority instead of a refusal.
		if (w.userCtx.roles.includes('_admin')) return { kind: 'forward' };
		const reason = 'akses.hanyaAdmin: only a server admin may do this';
		return { kind: 'answer', status: 403, body: { error: 'forbidden', reason } };
	} else if (second.startsWith('_')) {
		return { kind: 'forward' };
	} else {
		id = second;
		attachment = rest.length > 0;
	}

	if (attachment) {
		if (admin) return { kind: 'forward' };
		return { kind: 'answer', status: 403, body: { error: 'forbidden', reason: ATTACHMENTS } };
	}
	if (w.method === 'DELETE') {
		if (id === '_local/_security' && !w.userCtx.roles.includes('_admin')) {
			return { kind: 'answer', status: 403, body: refusalBody(securityRefusal(id, w.userCtx)) };
		}
		return { kind: 'forward' };
	}
	if (!admin && !/^application\/json\b/i.test(w.contentType)) {
		const reason = 'Content-Type must be application/json';
		return { kind: 'answer', status: 415, body: { error: 'bad_content_type', reason } };
	}
	const parsed = parseJson(w.body);
	if (!isObject(parsed)) return { kind: 'forward' };
	const doc = { ...parsed } as PouchDoc;
	if (id !== undefined) doc._id = id;
	const rev = new URLSearchParams(query).get('rev');
	if (rev && !doc._rev) doc._rev = rev;
	const verdict = await checkOne(doc, b);
	if (verdict) return { kind: 'answer', status: verdict.status, body: refusalBody(verdict) };
	return { kind: 'forward', body: asJson(parsed) };
}

function securityRefusal(id: string, ctx: UserCtx): WriteRefused {
	try {
		guardSecurityDoc(id, ctx);
	} catch (error) {
		if (error instanceof WriteRefused) return error;
	}
	return new WriteRefused(403, 'forbidden', 'akses.hanyaAdmin: only a server admin', id);
}

/** CouchDB's answer to the accepted documents, with the refused ones put back. */
export function mergeResults(
	written: unknown,
	outcome: readonly (WriteRefused | null)[],
	newEdits: boolean
): unknown[] {
	const rows = Array.isArray(written) ? written : [];
	const refused = outcome.filter((o): o is WriteRefused => o !== null).map(refusalRow);
	if (!newEdits) return [...refused, ...rows];
	let next = 0;
	return outcome.map((o) => (o ? refusalRow(o) : rows[next++]));
}
