/**
 * Validation at the storage boundary: every document is parsed with its zod schema before it is
 * written, and nothing of a batch is written when one document is invalid.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';

export interface DocumentIssues {
	/** Position of the document in the batch. */
	index: number;
	id: string | undefined;
	/** zod issues; `message` is an i18n key (see src/lib/domain/schemas.ts). */
	issues: z.core.$ZodIssue[];
}

export class InvalidDocumentError extends Error {
	override readonly name = 'InvalidDocumentError';

	constructor(
		/** What was being written, e.g. 'unit', 'skm-response'. */
		readonly kind: string,
		readonly documents: readonly DocumentIssues[]
	) {
		const first = documents[0];
		const issue = first?.issues[0];
		const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : '';
		super(
			`${documents.length} invalid ${kind} document(s); first at index ${first?.index} ` +
				`(id ${first?.id ?? '?'}) ${where}`
		);
	}

	/** All zod issues of all rejected documents. */
	get issues(): z.core.$ZodIssue[] {
		return this.documents.flatMap((d) => d.issues);
	}
}

function idOf(doc: unknown): string | undefined {
	if (typeof doc !== 'object' || doc === null || !('id' in doc)) return undefined;
	return typeof doc.id === 'string' ? doc.id : undefined;
}

/** Parses every document; throws InvalidDocumentError listing all invalid ones. */
export function parseAll<S extends z.ZodType>(
	schema: S,
	docs: readonly unknown[],
	kind: string
): z.output<S>[] {
	const parsed: z.output<S>[] = [];
	const invalid: DocumentIssues[] = [];
	docs.forEach((doc, index) => {
		const result = schema.safeParse(doc);
		if (result.success) parsed.push(result.data);
		else invalid.push({ index, id: idOf(doc), issues: result.error.issues });
	});
	if (invalid.length > 0) throw new InvalidDocumentError(kind, invalid);
	return parsed;
}

/** Structural equality of two JSON-like documents, ignoring key order. */
export function sameDocument(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	if (keysA.length !== keysB.length) return false;
	return keysA.every((k) =>
		sameDocument((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/** A second document for the same unit and period under another id. */
export class DuplicateUnitPeriodeError extends Error {
	override readonly name = 'DuplicateUnitPeriodeError';

	constructor(
		readonly kind: string,
		readonly unitId: string,
		readonly periodeId: string,
		readonly ids: readonly string[]
	) {
		super(`${kind}: ${unitId} ${periodeId} already has ${ids.join(', ')}`);
	}
}

/**
 * One document per unit and period (a realisation entry, a population): a second one under another
 * id would make every reader pick one at random. Call inside the write transaction.
 */
export async function assertOnePerUnitPeriode<
	T extends { id: string; unitId: string; periodeId: string }
>(table: Table<T, string>, docs: readonly T[], kind: string): Promise<void> {
	const inBatch = new Map<string, string>();
	for (const doc of docs) {
		const key = `${doc.unitId}\u0000${doc.periodeId}`;
		const other = inBatch.get(key);
		if (other !== undefined && other !== doc.id) {
			throw new DuplicateUnitPeriodeError(kind, doc.unitId, doc.periodeId, [other]);
		}
		inBatch.set(key, doc.id);
	}
	for (const doc of docs) {
		const stored = await table
			.where('[unitId+periodeId]')
			.equals([doc.unitId, doc.periodeId])
			.primaryKeys();
		const others = stored.filter((id) => id !== doc.id);
		if (others.length > 0)
			throw new DuplicateUnitPeriodeError(kind, doc.unitId, doc.periodeId, others);
	}
}
