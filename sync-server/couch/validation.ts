/**
 * Write checks of the embedded server, installed on every database express-pouchdb opens. They
 * replace pouchdb-validation, whose behaviour differs from CouchDB where it matters for sync:
 *
 * - oldDoc is what CouchDB passes: for an interactive write the revision being replaced; for a
 *   replicated write (new_edits=false) the nearest stored ancestor of the new revision, so that
 *   concurrent offline edits become a conflict instead of a refusal. A revision the database
 *   already holds is not validated again (CouchDB skips it too).
 * - the document keeps its own `_revisions` (pouchdb-validation overwrote them with the old
 *   revision's, which silently dropped replicated updates).
 *
 * Then the checks a validate_doc_update function cannot make (./cross-checks.ts), and no
 * attachments from anyone but admins.
 */
import { DATABASE } from '../../src/lib/domain/document.ts';
import {
	checkAcrossDocuments,
	guardSecurityDoc,
	isAdmin,
	pouchReader,
	previousOf,
	WriteRefused,
	type PendingWrite
} from './cross-checks.ts';
import type { PouchDatabase, PouchDoc, Wrapper, WrapperArgs } from './pouchdb.ts';
import {
	runValidation,
	compileValidation,
	type ValidationFunction,
	type ValidationResult,
	type UserCtx
} from './vdu.ts';

const RAPOR_DBS: ReadonlySet<string> = new Set(Object.values(DATABASE));
const INTERNAL: UserCtx = { name: null, roles: ['_admin'] };

const refused = (result: Exclude<ValidationResult, { ok: true }>, id: string) =>
	new WriteRefused(result.status, result.error, result.reason, id);

/** The writer; internal calls (no userCtx) are the server itself. */
function writerOf(args: WrapperArgs): UserCtx {
	const ctx = args.options.userCtx;
	return ctx ? { name: ctx.name, roles: Array.isArray(ctx.roles) ? ctx.roles : [] } : INTERNAL;
}

/** The compiled validate_doc_update functions of a database, recompiled when a design doc changes. */
class DesignCache {
	private key = '';
	private fungsi: ValidationFunction[] = [];

	constructor(private readonly db: PouchDatabase) {}

	async get(): Promise<readonly ValidationFunction[]> {
		const range = { startkey: '_design/', endkey: '_design0' };
		const { rows } = await this.db.allDocs(range);
		const key = rows.map((r) => `${r.id}@${r.value.rev}`).join(',');
		if (key !== this.key) {
			const withDocs = await this.db.allDocs({ ...range, include_docs: true });
			this.fungsi = withDocs.rows
				.map((r) => r.doc?.validate_doc_update)
				.filter((s): s is string => typeof s === 'string')
				.map(compileValidation);
			this.key = key;
		}
		return this.fungsi;
	}
}

interface BatchContext extends PendingWrite {
	secObj: unknown;
	fungsi: readonly ValidationFunction[];
}

async function checkDocument(doc: PouchDoc, b: BatchContext): Promise<WriteRefused | null> {
	if (typeof doc._id !== 'string') return null;
	if (doc._id.startsWith('_local/')) {
		guardSecurityDoc(doc._id, b.ctx);
		return null;
	}
	if (doc._id.startsWith('_design/')) return null;
	if (b.fungsi.length === 0) return null;
	const previous = await previousOf(doc, b);
	if (previous === 'skip') return null;
	const result = runValidation(b.fungsi, structuredClone(doc), previous, b.ctx, b.secObj);
	if (!result.ok) return refused(result, doc._id);
	return checkAcrossDocuments(doc, previous, b);
}

function bulkDocsWrapper(db: PouchDatabase, dbName: string, cache: DesignCache | null): Wrapper {
	return async (original, args) => {
		const docs = args.docs ?? [];
		const b: BatchContext = {
			reader: pouchReader(db),
			dbName,
			ctx: writerOf(args),
			secObj: args.options.secObj ?? {},
			newEdits: args.options.new_edits !== false,
			fungsi: cache ? await cache.get() : [],
			accepted: new Map()
		};
		const outcome: (WriteRefused | null)[] = [];
		for (const doc of docs) {
			let verdict: WriteRefused | null;
			try {
				verdict = await checkDocument(doc, b);
			} catch (error) {
				if (!(error instanceof WriteRefused)) throw error;
				verdict = error;
			}
			outcome.push(verdict);
			if (!verdict && typeof doc._id === 'string') b.accepted.set(doc._id, doc);
		}
		const refusedDocs = outcome.filter((o): o is WriteRefused => o !== null);
		if (refusedDocs.length === 0) return original();
		args.docs = docs.filter((_, i) => outcome[i] === null);
		const written = args.docs.length > 0 ? ((await original()) as unknown[]) : [];
		// Interactive writes answer one result per document, in order; replicated writes only errors.
		if (!b.newEdits) return [...refusedDocs, ...written];
		let next = 0;
		return outcome.map((o) => o ?? written[next++]);
	};
}

/**
 * Puts the results of an interactive bulk write back in the order of the request, as CouchDB
 * answers (pouchdb-security's wrapper reorders the documents as its checks resolve). Runs as the
 * outermost wrapper.
 */
export const keepRequestOrder: Wrapper = async (original, args) => {
	const position = new Map<string, number>();
	(args.docs ?? []).forEach((d, i) => {
		if (typeof d._id === 'string' && !position.has(d._id)) position.set(d._id, i);
	});
	const results = await original();
	if (!Array.isArray(results) || args.options.new_edits === false) return results;
	const at = (r: unknown) => {
		const id = typeof r === 'object' && r !== null && 'id' in r ? r.id : undefined;
		return (typeof id === 'string' ? position.get(id) : undefined) ?? Number.MAX_SAFE_INTEGER;
	};
	return [...results].sort((a, b) => at(a) - at(b));
};

/** Installs the write checks on one database (called by express-pouchdb's db wrapper hook). */
export function validationWrappers(db: PouchDatabase, dbName: string): Record<string, Wrapper> {
	const cache = RAPOR_DBS.has(dbName) ? new DesignCache(db) : null;
	const localOnly: Wrapper = async (original, args) => {
		guardSecurityDoc(args.doc?._id ?? args.docId, writerOf(args));
		return original();
	};
	const attachments: Wrapper = async (original, args) => {
		if (RAPOR_DBS.has(dbName) && !isAdmin(writerOf(args))) {
			const reason = 'akses.lampiran @_attachments: attachments are not accepted';
			throw new WriteRefused(403, 'forbidden', reason, args.docId);
		}
		return original();
	};
	return {
		bulkDocs: bulkDocsWrapper(db, dbName, cache),
		put: localOnly,
		remove: localOnly,
		putAttachment: attachments,
		removeAttachment: attachments
	};
}
