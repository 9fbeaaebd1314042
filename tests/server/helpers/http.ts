/** Short forms of the API calls the server tests make, and what they expect back. */
import { expect } from 'vitest';
import {
	docPath,
	type CouchClient,
	type CouchResponse
} from '../../../sync-server/http/couch-client.ts';
import { couchDbNodeCount } from './couchdb.ts';

export interface StoredDoc {
	_id: string;
	_rev?: string;
	[field: string]: unknown;
}

export const putDoc = (c: CouchClient, db: string, d: StoredDoc) =>
	c.raw('PUT', docPath(db, d._id), d);
export const getDoc = (c: CouchClient, db: string, id: string) => c.raw('GET', docPath(db, id));
export const deleteDoc = (c: CouchClient, db: string, id: string, rev: string) =>
	c.raw('DELETE', docPath(db, id), undefined, { rev });
export const bulkDocs = (c: CouchClient, db: string, docs: StoredDoc[], newEdits = true) =>
	c.raw('POST', `/${db}/_bulk_docs`, newEdits ? { docs } : { docs, new_edits: false });

/** The status of a single write refused with this error (a bulk write answers 201 with errors). */
const STATUS_OF_ERROR: Readonly<Record<string, number>> = {
	forbidden: 403,
	unauthorized: 401,
	service_unavailable: 503
};

/**
 * Writes `d` as replication does (new_edits=false: the revision and its history as given), and
 * answers like a single write: 201, or the refusal of the document.
 */
export async function replicate(c: CouchClient, db: string, d: StoredDoc): Promise<CouchResponse> {
	const res = await bulkDocs(c, db, [d], false);
	const errors = Array.isArray(res.body) ? (res.body as { error?: string; reason?: string }[]) : [];
	if (res.status !== 201 || errors.length === 0) return res;
	const status = STATUS_OF_ERROR[errors[0]!.error ?? ''] ?? 400;
	return { ...res, status, body: errors[0]! };
}

/** A revision `gen` generations on, with a history that shares nothing with the server's. */
export function forgedBranch(d: StoredDoc, gen: number, hash = 'f'.repeat(32)): StoredDoc {
	return { ...d, _rev: `${gen}-${hash}`, _revisions: { start: gen, ids: [hash] } };
}

/** Generation and hash of a revision id (`3-abc…`). */
function revisionParts(rev: string): { gen: number; hash: string } {
	const dash = rev.indexOf('-');
	return { gen: Number(rev.slice(0, dash)), hash: rev.slice(dash + 1) };
}

/** The next revision of `d` as a device makes it offline, to be written with new_edits=false. */
export function childRevision<T extends StoredDoc>(d: T, hash: string): T {
	const parent = revisionParts(d._rev!);
	const gen = parent.gen + 1;
	return { ...d, _rev: `${gen}-${hash}`, _revisions: { start: gen, ids: [hash, parent.hash] } };
}

/** A tombstone on revision `d._rev`: how a device closes a losing branch of a conflict. */
export function tombstoneOf(d: StoredDoc, hash = 'd'.repeat(32)): StoredDoc {
	const { _rev, _revisions } = childRevision(d, hash);
	return { _id: d._id, _rev, _deleted: true, _revisions };
}

/**
 * Writes `d` as `c` (normally the admin) and returns it with its new revision. On a CouchDB
 * cluster the write is answered once every copy has it (`w`): a test's next write then meets the
 * fixture, not a copy that has not received it yet (a 409 in place of the refusal under test).
 */
export async function seed<T extends StoredDoc>(c: CouchClient, db: string, d: T): Promise<T> {
	const nodes = await couchDbNodeCount();
	const res = await c.raw('PUT', docPath(db, d._id), d, nodes > 1 ? { w: nodes } : undefined);
	expect(res.status, JSON.stringify(res.body)).toBe(201);
	return { ...d, _rev: (res.body as { rev: string }).rev };
}

export function reasonOf(res: CouchResponse): string {
	const body = res.body as { reason?: unknown } | null;
	return typeof body?.reason === 'string' ? body.reason : '';
}

export type Expectation =
	{ boleh: true } | { ditolak: string } | { status: 401 } | { bukanAnggota: true };

export const CAN: Expectation = { boleh: true };
export const ANONYMOUS: Expectation = { status: 401 };
/** Not a member of the database: 401 from the embedded server, 403 from CouchDB 3. */
export const NON_MEMBER: Expectation = { bukanAnggota: true };
export const refused = (key: string): Expectation => ({ ditolak: key });

export function expectOutcome(res: CouchResponse, harapan: Expectation): void {
	const detail = `${res.status} ${JSON.stringify(res.body)}`;
	// 202: stored by a CouchDB cluster before its write quorum answered.
	if ('boleh' in harapan) expect([200, 201, 202], detail).toContain(res.status);
	else if ('status' in harapan) expect(res.status, detail).toBe(harapan.status);
	else if ('bukanAnggota' in harapan) expect([401, 403], detail).toContain(res.status);
	else {
		expect(res.status, detail).toBe(403);
		expect(reasonOf(res), detail).toMatch(new RegExp(`^${harapan.ditolak.replace('.', '\\.')}\\b`));
	}
}

export const describeExpectation = (h: Expectation): string =>
	'boleh' in h
		? 'allowed'
		: 'status' in h
			? '401'
			: 'bukanAnggota' in h
				? 'not a member'
				: h.ditolak;
