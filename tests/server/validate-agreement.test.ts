/**
 * The server's validate_doc_update functions mirror the zod schemas: the same generated documents,
 * valid ones and broken ones, are accepted or refused by both alike. First in-process (thousands
 * of documents through the functions as CouchDB would call them), then over HTTP through the
 * running server's _bulk_docs.
 */
import fc from 'fast-check';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DATABASE,
	KIND_DATABASE,
	DOCUMENT_KINDS,
	DOCUMENT_SCHEMAS,
	type DocumentKind,
	type DatabaseKey
} from '../../src/lib/domain/document.ts';
import { dateSchema, timeSchema } from '../../src/lib/domain/schemas.ts';
import { validationSource } from '../../sync-server/design/index.ts';
import {
	runValidation,
	compileValidation,
	type ValidationFunction
} from '../../sync-server/couch/vdu.ts';
import { documentAtLimit, validDocument, type JsonDoc } from './helpers/arbitraries.ts';
import { mutatedDocument } from './helpers/mutations.ts';
import { bulkDocs } from './helpers/http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const ADMIN = { name: 'admin', roles: ['_admin'] };
const DBS: DatabaseKey[] = ['master', 'skm', 'realisasi'];
const FUNCTIONS = Object.fromEntries(
	DBS.map((db) => [db, compileValidation(validationSource(db))])
) as Record<DatabaseKey, ValidationFunction>;

function zodAccepts(kind: DocumentKind, doc: JsonDoc): boolean {
	return DOCUMENT_SCHEMAS[kind].safeParse(doc).success;
}

function serverAccepts(kind: DocumentKind, doc: JsonDoc): boolean {
	const result = runValidation([FUNCTIONS[KIND_DATABASE[kind]]], doc, null, ADMIN, {});
	// A crash of the function is a bug, never a refusal.
	if (!result.ok) expect(result.error, result.reason).toBe('forbidden');
	return result.ok;
}

describe('validate_doc_update and the zod schemas agree', () => {
	it.each(DOCUMENT_KINDS)('accepts every valid %s document zod accepts', (kind) => {
		fc.assert(
			fc.property(validDocument(kind), (doc) => {
				expect(zodAccepts(kind, doc), JSON.stringify(doc)).toBe(true);
				expect(serverAccepts(kind, doc), JSON.stringify(doc)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it.each(DOCUMENT_KINDS)('decides like zod on broken %s documents', (kind) => {
		let refused = 0;
		fc.assert(
			fc.property(mutatedDocument(kind), ({ doc, mutasi }) => {
				const zod = zodAccepts(kind, doc);
				if (!zod) refused++;
				expect(serverAccepts(kind, doc), `${JSON.stringify(mutasi)}\n${JSON.stringify(doc)}`).toBe(
					zod
				);
			}),
			{ numRuns: 1500 }
		);
		// The mutations mostly break documents; a run that broke none would prove nothing.
		expect(refused).toBeGreaterThan(600);
	});

	it.each(DOCUMENT_KINDS)(
		'decides like zod on %s documents at the limits (unknown fields, long texts and lists, size)',
		(kind) => {
			let refused = 0;
			fc.assert(
				fc.property(documentAtLimit(kind), (doc) => {
					const zod = zodAccepts(kind, doc);
					if (!zod) refused++;
					expect(serverAccepts(kind, doc), JSON.stringify(doc).slice(0, 2000)).toBe(zod);
				}),
				{ numRuns: 200 }
			);
			expect(refused).toBeGreaterThan(100);
		}
	);

	it.each([
		['date-time', timeSchema],
		['date', dateSchema]
	])('checks a %s with the exact pattern of zod', (_, schema) => {
		const zod = (schema as unknown as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern;
		expect(validationSource('realisasi')).toContain(`/${zod.source}/;`);
	});

	it.each(DBS)('builds the %s function as ES5, which an old SpiderMonkey runs', (db) => {
		const messages = new Linter().verify(`var validate = ${validationSource(db)};`, {
			languageOptions: { ecmaVersion: 5, sourceType: 'script' },
			rules: {}
		});
		expect(messages.filter((m) => m.fatal).map((m) => `${m.line}: ${m.message}`)).toEqual([]);
	});
});

describe('the running server decides like zod', () => {
	let t: TestServer;
	beforeAll(async () => {
		t = await startTestServer();
	});
	afterAll(() => t.close());

	it.each(DBS)('accepts through _bulk_docs exactly the %s documents zod accepts', async (db) => {
		const kind = DOCUMENT_KINDS.filter((j) => KIND_DATABASE[j] === db);
		const docs = new Map<string, { jenis: DocumentKind; doc: JsonDoc }>();
		kind.forEach((j, i) => {
			const seed = 4242 + i;
			for (const doc of fc.sample(validDocument(j), { numRuns: 20, seed }))
				docs.set(String(doc._id), { jenis: j, doc });
			for (const { doc } of fc.sample(mutatedDocument(j), { numRuns: 40, seed })) {
				docs.set(String(doc._id), { jenis: j, doc });
			}
		});
		const list = [...docs.values()];
		const res = await bulkDocs(
			t.admin,
			DATABASE[db],
			list.map((d) => d.doc as { _id: string })
		);
		const results = res.body as { id: string; ok?: boolean; error?: string }[];
		expect(results).toHaveLength(list.length);
		list.forEach(({ jenis: j, doc }, i) => {
			expect(results[i]!.id).toBe(doc._id);
			expect(results[i]!.ok === true, `${JSON.stringify(results[i])}\n${JSON.stringify(doc)}`).toBe(
				zodAccepts(j, doc)
			);
		});
	});
});
