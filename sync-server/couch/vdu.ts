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

export type ValidationFunction = (
	newDoc: unknown,
	oldDoc: unknown,
	userCtx: UserCtx,
	secObj: unknown
) => unknown;

export type ValidationResult =
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
export function compileValidation(source: string): ValidationFunction {
	const fn: unknown = runInNewContext(`(${source})`, {}, { timeout: 1000 });
	if (typeof fn !== 'function') throw new Error('validate_doc_update is not a function');
	return fn as ValidationFunction;
}

function asText(value: unknown): string {
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Runs every function; the first refusal wins. A crash is reported, never taken as a pass. */
export function runValidation(
	fungsi: readonly ValidationFunction[],
	newDoc: unknown,
	oldDoc: unknown,
	userCtx: UserCtx,
	secObj: unknown
): ValidationResult {
	for (const fn of fungsi) {
		try {
			fn(newDoc, oldDoc, userCtx, secObj);
		} catch (thrown) {
			if (typeof thrown === 'object' && thrown !== null) {
				if ('forbidden' in thrown) {
					return { ok: false, status: 403, error: 'forbidden', reason: asText(thrown.forbidden) };
				}
				if ('unauthorized' in thrown) {
					const reason = asText(thrown.unauthorized);
					return { ok: false, status: 401, error: 'unauthorized', reason };
				}
			}
			return { ok: false, status: 500, error: 'vdu_error', reason: String(thrown) };
		}
	}
	return { ok: true };
}
