/** Comparing stored documents: by content, whatever the key order, without CouchDB's fields. */

function sorted(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sorted);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([k, v]) => [k, sorted(v)])
	);
}

/** Equality of JSON values, ignoring key order and undefined fields. */
export function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

const META = new Set(['_id', '_rev', '_revisions', '_conflicts', '_deleted_conflicts']);

/** A document's content: without `_id` and CouchDB's revision fields. */
export function withoutMeta(doc: object): Record<string, unknown> {
	return Object.fromEntries(Object.entries(doc).filter(([k]) => !META.has(k)));
}
