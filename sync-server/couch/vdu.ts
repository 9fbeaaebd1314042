/**
 * Runs validate_doc_update functions the way CouchDB does: each function gets the new document,
 * the previous revision (or null), the writer's userCtx and the security object, and refuses by
 * throwing { forbidden } or { unauthorized }. Used by the embedded server and by tests.
 */
import { runInNewContext } from 'node:vm';

export interface UserCtx {
	name: string | null;
	roles: string[];
	db?: string;
}

export type FungsiValidasi = (
	newDoc: unknown,
	oldDoc: unknown,
	userCtx: UserCtx,
	secObj: unknown
) => unknown;

export type HasilValidasi =
	| { ok: true }
	| {
			ok: false;
			status: 401 | 403 | 500;
			error: 'unauthorized' | 'forbidden' | 'vdu_error';
			reason: string;
	  };

/**
 * Compiles a function source in a fresh context without Node's globals, as CouchDB's query server
 * would (our functions need none of CouchDB's helpers either).
 */
export function kompilasiValidasi(source: string): FungsiValidasi {
	const fn: unknown = runInNewContext(`(${source})`, {}, { timeout: 1000 });
	if (typeof fn !== 'function') throw new Error('validate_doc_update is not a function');
	return fn as FungsiValidasi;
}

function teks(value: unknown): string {
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Runs every function; the first refusal wins. A crash is reported, never taken as a pass. */
export function jalankanValidasi(
	fungsi: readonly FungsiValidasi[],
	newDoc: unknown,
	oldDoc: unknown,
	userCtx: UserCtx,
	secObj: unknown
): HasilValidasi {
	for (const fn of fungsi) {
		try {
			fn(newDoc, oldDoc, userCtx, secObj);
		} catch (thrown) {
			if (typeof thrown === 'object' && thrown !== null) {
				if ('forbidden' in thrown) {
					return { ok: false, status: 403, error: 'forbidden', reason: teks(thrown.forbidden) };
				}
				if ('unauthorized' in thrown) {
					const reason = teks(thrown.unauthorized);
					return { ok: false, status: 401, error: 'unauthorized', reason };
				}
			}
			return { ok: false, status: 500, error: 'vdu_error', reason: String(thrown) };
		}
	}
	return { ok: true };
}
