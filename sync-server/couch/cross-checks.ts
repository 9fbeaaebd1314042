/**
 * Checks that a validate_doc_update function cannot make, because they look at a second document
 * or at the raw request: who may write `_local/_security` (where the embedded server keeps the
 * security object), whether a koreksi matches the response it names, and whether a replicated new
 * branch would replace a response or a submitted/verified entry. The same functions run in the
 * embedded server (over PouchDB) and in the guard in front of Apache CouchDB (over HTTP): all they
 * need is a `RevisionReader` (docs/decisions/0002).
 */
import {
	DATABASE,
	documentId,
	koreksiMatches,
	type KoreksiDocumentContent
} from '../../src/lib/domain/document.ts';
import { sameJson, withoutMeta } from '../http/json.ts';
import type { PouchDatabase, PouchDoc, Revisions } from './pouchdb.ts';
import type { UserCtx } from './vdu.ts';

const SECURITY_DOC = '_local/_security';

/**
 * Reads one revision of a document of the database being written: the winning revision without
 * `rev`. Null only when the database says "not found" (missing document, deleted winner, missing
 * revision); any other failure throws `storageUnavailable`, so a failed read never passes for "no
 * such document".
 */
export interface RevisionReader {
	revision(id: string, rev?: string): Promise<PouchDoc | null>;
}

/** What the checks know of the write in progress. */
export interface PendingWrite {
	reader: RevisionReader;
	dbName: string;
	ctx: UserCtx;
	newEdits: boolean;
	/** Documents of this batch accepted so far, by id (a koreksi may follow its response). */
	accepted: Map<string, PouchDoc>;
}

/** A refused write, in the shape express-pouchdb turns into `{ error, reason }`. */
export class WriteRefused {
	readonly error = true;
	constructor(
		readonly status: number,
		readonly name: string,
		readonly message: string,
		readonly id?: string
	) {}
}

export const isServerAdmin = (ctx: UserCtx) => ctx.roles.includes('_admin');
export const isAdmin = (ctx: UserCtx) => isServerAdmin(ctx) || ctx.roles.includes('admin');

export function guardSecurityDoc(id: string | undefined, ctx: UserCtx): void {
	if (id === SECURITY_DOC && !isServerAdmin(ctx)) {
		throw new WriteRefused(403, 'forbidden', 'akses.hanyaAdmin: only a server admin', id);
	}
}

/**
 * The refusal of a write whose checks could not read what they need (a storage or network error):
 * 503, which the device retries, never a lasting refusal.
 */
export function storageUnavailable(id: string | undefined, cause: unknown): WriteRefused {
	const detail = cause instanceof Error ? cause.message : String(cause);
	const reason = `server.tidakTersedia: the server could not read the stored documents; try again (${detail})`;
	return new WriteRefused(503, 'service_unavailable', reason, id);
}

/** CouchDB's and PouchDB's "not found": the only read error that means "no such revision". */
export function isNotFound(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const e = error as { status?: unknown; name?: unknown; error?: unknown };
	return e.status === 404 || e.name === 'not_found' || e.error === 'not_found';
}

/** The reader of the embedded server: PouchDB's get. */
export function pouchReader(db: PouchDatabase): RevisionReader {
	return {
		async revision(id, rev) {
			try {
				return await db.get(id, rev ? { rev } : {});
			} catch (error) {
				if (isNotFound(error)) return null;
				throw storageUnavailable(id, error);
			}
		}
	};
}

/** The ancestors of a replicated revision, nearest first, from its `_revisions`. */
function ancestors(doc: PouchDoc): string[] {
	const revisions: Revisions | undefined = doc._revisions;
	if (!revisions || !Array.isArray(revisions.ids)) return [];
	return revisions.ids.slice(1).map((hash, i) => `${revisions.start - 1 - i}-${hash}`);
}

/**
 * The previous revision CouchDB's validation sees, or 'skip' for a replicated revision the
 * database already holds: for an interactive write the revision being replaced; for a replicated
 * write (new_edits=false) the nearest stored ancestor of the new revision.
 */
export async function previousOf(
	doc: PouchDoc,
	b: PendingWrite
): Promise<PouchDoc | null | 'skip'> {
	if (b.newEdits) return doc._rev ? b.reader.revision(doc._id, doc._rev) : null;
	if (doc._rev && (await b.reader.revision(doc._id, doc._rev))) return 'skip';
	for (const rev of ancestors(doc)) {
		const found = await b.reader.revision(doc._id, rev);
		if (found) return found;
	}
	return null;
}

/**
 * The checks after validate_doc_update accepted `doc` (whose previous revision is `previous`): a
 * locked winner, a new branch of a response or a locked entry, a koreksi that does not match its
 * response.
 */
export async function checkAcrossDocuments(
	doc: PouchDoc,
	previous: PouchDoc | null,
	b: PendingWrite
): Promise<WriteRefused | null> {
	if (previous && !previous._deleted) return checkLockedWinner(doc, previous, b);
	const branch = await checkNewBranch(doc, b);
	if (branch) return branch;
	if (b.dbName === DATABASE.skm && !isAdmin(b.ctx)) return checkKoreksi(doc, b);
	return null;
}

/**
 * The unit and enumerator a stored koreksi or response names (what koreksiMatches compares); null
 * when they are not text, which no valid document of either kind has.
 */
function authorOf(doc: PouchDoc): Pick<KoreksiDocumentContent, 'unitId' | 'enumerator'> | null {
	const { unitId, enumerator } = doc;
	if (typeof unitId !== 'string') return null;
	if (enumerator === undefined) return { unitId };
	return typeof enumerator === 'string' ? { unitId, enumerator } : null;
}

/** A new koreksi must name a response with the same unit and enumerator (embedded server only). */
export async function checkKoreksi(doc: PouchDoc, b: PendingWrite): Promise<WriteRefused | null> {
	if (doc.type !== 'koreksi' || typeof doc.responseId !== 'string' || doc._deleted) return null;
	const responseId = documentId('response', doc.responseId);
	const response = b.accepted.get(responseId) ?? (await b.reader.revision(responseId));
	const koreksiAuthor = authorOf(doc);
	const responseAuthor = response && !response._deleted ? authorOf(response) : null;
	if (koreksiAuthor && responseAuthor && koreksiMatches(koreksiAuthor, responseAuthor)) return null;
	const reason = response
		? 'akses.koreksiTidakCocok @responseId: the response has another unit or enumerator'
		: 'akses.koreksiTidakCocok @responseId: the response is not on the server';
	return new WriteRefused(403, 'forbidden', reason, doc._id);
}

/**
 * A replicated revision that extends a losing branch of a submitted or verified realisation entry
 * (a device that kept editing its old draft offline) would, once long enough, win over the entry
 * the admin verified. Only an admin may do that; anyone may still close such a branch with a
 * deletion (how a conflict is resolved). Rakor follow-ups in the same database have no status:
 * their concurrent edits become conflicts like a draft's.
 */
export async function checkLockedWinner(
	doc: PouchDoc,
	previous: PouchDoc,
	b: PendingWrite
): Promise<WriteRefused | null> {
	if (b.newEdits || b.dbName !== DATABASE.realisasi || isAdmin(b.ctx) || doc._deleted) return null;
	const winner = await b.reader.revision(doc._id);
	if (
		!winner ||
		winner._deleted ||
		winner._rev === previous._rev ||
		winner.type !== 'realisasi' ||
		winner.status === 'draft'
	) {
		return null;
	}
	const reason = `akses.terkunci @status: the entry is ${String(winner.status)}; it changes only by the admin`;
	return new WriteRefused(403, 'forbidden', reason, doc._id);
}

/**
 * A replicated revision whose history shares nothing with the server's starts a new branch of an
 * existing document; CouchDB validates it as a new document. For a response (written once) and a
 * submitted or verified realisation entry that would let a forged branch win, so the embedded
 * server refuses it unless the writer is an admin. A new branch of a draft stays possible: that is
 * how two devices that both started the same entry offline meet as a conflict. A new branch of a
 * rakor follow-up is validated as a new document, as on CouchDB: only an official may write one,
 * in their own name. Tombstones are left to validate_doc_update.
 */
export async function checkNewBranch(doc: PouchDoc, b: PendingWrite): Promise<WriteRefused | null> {
	if (b.newEdits || isAdmin(b.ctx) || doc._deleted) return null;
	const winner = await b.reader.revision(doc._id);
	if (!winner || winner._deleted) return null;
	if (b.dbName === DATABASE.skm && !sameJson(withoutMeta(winner), withoutMeta(doc))) {
		const reason = 'akses.tulisSekali: a saved document is never changed, not even by a new branch';
		return new WriteRefused(403, 'forbidden', reason, doc._id);
	}
	if (b.dbName === DATABASE.realisasi && winner.type === 'realisasi' && winner.status !== 'draft') {
		const reason = `akses.terkunci @status: an entry that is ${String(winner.status)} changes only by the admin`;
		return new WriteRefused(403, 'forbidden', reason, doc._id);
	}
	// An SKM follow-up's new branch is validated as a new document, which OPD staff may write for
	// their own unit: one that names another unit or period than the stored document would, once
	// it wins, take another OPD's record (a forum's id does not name its unit).
	if (
		b.dbName === DATABASE.realisasi &&
		(winner.type === 'rtl' || winner.type === 'forumKonsultasi') &&
		(winner.unitId !== doc.unitId || winner.periodeId !== doc.periodeId)
	) {
		const reason = 'akses.unitBerubah @unitId: the unit and period of a follow-up never change';
		return new WriteRefused(403, 'forbidden', reason, doc._id);
	}
	return null;
}
