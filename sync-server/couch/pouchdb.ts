/**
 * PouchDB and express-pouchdb, loaded as the CommonJS packages they are and typed here for the
 * parts the server uses (neither ships TypeScript types).
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';

const require = createRequire(import.meta.url);

export interface Revisions {
	start: number;
	ids: string[];
}

export interface PouchDoc {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	_revisions?: Revisions;
	[field: string]: unknown;
}

export interface AllDocsRow {
	id: string;
	key: string;
	value: { rev: string; deleted?: boolean };
	doc?: PouchDoc;
}

export interface ReplicationResult {
	ok: boolean;
	docs_written: number;
	doc_write_failures: number;
	errors: unknown[];
}

export interface Change {
	id: string;
	seq: number | string;
	changes: { rev: string }[];
	deleted?: boolean;
	doc?: PouchDoc;
}

export interface ChangesResult {
	results: Change[];
	last_seq: number | string;
}

/** What `changes()` returns: a promise of the result, and with `live` an event emitter. */
export interface PouchChanges extends PromiseLike<ChangesResult> {
	on(event: 'change', listener: (change: Change) => void): this;
	on(event: 'error', listener: (error: unknown) => void): this;
	cancel(): void;
}

export interface PouchDatabase {
	readonly name: string;
	changes(options: Record<string, unknown>): PouchChanges;
	get(
		id: string,
		options?: { rev?: string; revs?: boolean; conflicts?: boolean }
	): Promise<PouchDoc>;
	put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
	post(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
	bulkDocs(
		docs: PouchDoc[],
		options?: { new_edits?: boolean }
	): Promise<{ ok?: boolean; id?: string; rev?: string; error?: unknown }[]>;
	allDocs(options: {
		startkey?: string;
		endkey?: string;
		include_docs?: boolean;
		keys?: string[];
		conflicts?: boolean;
	}): Promise<{ rows: AllDocsRow[] }>;
	info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
	close(): Promise<void>;
	destroy(): Promise<void>;
	replicate: {
		to(target: PouchDatabase | string, options?: object): Replication;
		from(source: PouchDatabase | string, options?: object): Replication;
	};
}

/** A replication: its result, and with `live` the documents of each batch as they arrive. */
export interface Replication extends Promise<ReplicationResult> {
	on(event: 'change', listener: (info: { docs: PouchDoc[] }) => void): this;
	cancel(): void;
}

export interface PouchStatic {
	new (name: string, options?: object): PouchDatabase;
	defaults(options: { prefix?: string; adapter?: string }): PouchStatic;
	on(event: 'created' | 'destroyed', listener: (name: string) => void): void;
	/** Added by express-pouchdb (pouchdb-all-dbs). */
	allDbs?: () => Promise<string[]>;
}

/** The arguments pouchdb-wrappers hands to a wrapper of a database method. */
export interface WrapperArgs {
	base: PouchDatabase;
	docs?: PouchDoc[];
	doc?: PouchDoc;
	docId?: string;
	options: {
		userCtx?: { name: string | null; roles: string[] };
		secObj?: unknown;
		new_edits?: boolean;
	};
}

export type Wrapper = (original: () => Promise<unknown>, args: WrapperArgs) => Promise<unknown>;

export interface ExpressLayer {
	name: string;
	handle: (...args: never[]) => unknown;
	route?: { path: string };
}

export type Middleware = (
	req: IncomingMessage,
	res: ServerResponse,
	next: (error?: unknown) => void
) => void;

export interface CouchConfig {
	set(section: string, key: string, value: string | number | boolean, callback: () => void): void;
}

/** A step of express-pouchdb's preparation of a database it opens. */
export type DatabaseWrapper = (name: string, db: PouchDatabase, next: () => unknown) => unknown;

/** The express app express-pouchdb returns, as far as the server touches it. */
export interface ExpressPouchApp {
	(req: IncomingMessage, res: ServerResponse): void;
	couchConfig: CouchConfig;
	dbWrapper: {
		registerWrapper(wrapper: DatabaseWrapper): void;
		/** The registered wrappers, called in order; each calls `next` to go on. */
		_wrappers: DatabaseWrapper[];
	};
	use(middleware: Middleware): void;
	route(path: string): { get(handler: Middleware): { post(handler: Middleware): unknown } };
	_router: { stack: ExpressLayer[] };
}

export interface ExpressPouchOptions {
	inMemoryConfig: boolean;
	logPath: string;
	mode: 'fullCouchDB';
	overrideMode: { exclude: string[] };
}

export function loadPouchDB(): PouchStatic {
	return require('pouchdb') as PouchStatic;
}

export function loadExpressPouchDB(): (
	PouchDB: PouchStatic,
	options: ExpressPouchOptions
) => ExpressPouchApp {
	return require('express-pouchdb') as (
		PouchDB: PouchStatic,
		options: ExpressPouchOptions
	) => ExpressPouchApp;
}

/** express-pouchdb's helpers for its routes, so that ours answer exactly as its own do. */
export interface ExpressPouchUtils {
	/** Parses a JSON body as express-pouchdb does (size limit, CouchDB's error answers). */
	jsonParser: Middleware;
	/** The request's options for a database call, with the writer (userCtx) and security object. */
	makeOpts(req: IncomingMessage, options: Record<string, unknown>): Record<string, unknown>;
	sendJSON(res: ServerResponse, status: number, body: unknown): void;
	sendError(res: ServerResponse, error: unknown): void;
	/** The content type CouchDB gives: JSON when the client accepts it, else plain text. */
	setJsonOrPlaintext(res: ServerResponse): void;
	/** Writes a JSON value and a newline. */
	writeJSON(res: ServerResponse, body: unknown): void;
}

export function loadExpressPouchUtils(): ExpressPouchUtils {
	const fromExpressPouch = createRequire(require.resolve('express-pouchdb'));
	return fromExpressPouch('./utils') as ExpressPouchUtils;
}

/** pouchdb-wrappers, the copy express-pouchdb itself uses (so wrappers chain with its own). */
export function loadWrappers(): {
	installWrapperMethods(db: PouchDatabase, handlers: Record<string, Wrapper>): void;
} {
	const fromExpressPouch = createRequire(require.resolve('express-pouchdb'));
	return fromExpressPouch('pouchdb-wrappers') as {
		installWrapperMethods(db: PouchDatabase, handlers: Record<string, Wrapper>): void;
	};
}
