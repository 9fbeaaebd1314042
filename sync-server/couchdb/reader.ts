/**
 * The guard's reader of Apache CouchDB for the cross-document checks: one revision of a document,
 * read as the server admin. Only CouchDB's 404 means "no such revision"; any other answer, and a
 * network error, refuses the write with 503 (the device retries).
 */
import type { PouchDoc } from '../couch/pouchdb.ts';
import { storageUnavailable, type RevisionReader } from '../couch/cross-checks.ts';
import { docPath, type CouchClient } from '../http/couch-client.ts';

export function couchReader(admin: CouchClient, db: string): RevisionReader {
	return {
		async revision(id, rev) {
			let res;
			try {
				res = await admin.raw('GET', docPath(db, id), undefined, rev ? { rev } : undefined);
			} catch (error) {
				throw storageUnavailable(id, error);
			}
			if (res.status === 404) return null;
			const body = res.body as PouchDoc | { error?: unknown; reason?: unknown } | null;
			if (res.status === 200 && body && typeof body === 'object' && '_id' in body) return body;
			const detail = body && typeof body === 'object' && 'error' in body ? String(body.error) : '';
			throw storageUnavailable(id, `CouchDB answered ${res.status} ${detail}`.trim());
		}
	};
}

/**
 * A reader that first asks CouchDB which of `ids` exist at all, in one request (`_all_docs` with
 * keys), and answers "no revision" for the ones that have none without a read each: a push of new
 * documents, the common case, then costs one request instead of two per document. Everything else
 * is read as by `couchReader`; if the one request fails, every read goes to CouchDB.
 */
export async function prefetchingReader(
	admin: CouchClient,
	db: string,
	ids: readonly string[]
): Promise<RevisionReader> {
	const base = couchReader(admin, db);
	const unknown = new Set<string>();
	const keys = [...new Set(ids)].filter((id) => !id.startsWith('_local/'));
	if (keys.length > 0) {
		try {
			const res = await admin.raw('POST', `/${encodeURIComponent(db)}/_all_docs`, { keys });
			const rows = (res.body as { rows?: { key?: unknown; error?: unknown }[] } | null)?.rows;
			if (res.status === 200 && Array.isArray(rows)) {
				for (const row of rows) {
					if (row.error === 'not_found' && typeof row.key === 'string') unknown.add(row.key);
				}
			}
		} catch {
			// read one by one below
		}
	}
	return {
		revision: (id, rev) => (unknown.has(id) ? Promise.resolve(null) : base.revision(id, rev))
	};
}
