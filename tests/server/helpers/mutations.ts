/**
 * Mutations of valid documents: one field replaced by a value of another type or at a bound of
 * the schemas (lengths, ranges), removed, or an unknown field added. Most break the document,
 * some do not (an unknown field, a value that happens to fit): zod decides which.
 */
import fc from 'fast-check';
import type { DocumentKind } from '../../../src/lib/domain/document.ts';
import { validDocument, type Json, type JsonDoc } from './arbitraries.ts';

/** Values that break a field of almost any type. */
const REPLACEMENT: Json[] = [
	null,
	true,
	false,
	0,
	-1,
	0.5,
	5,
	11,
	101,
	150.5,
	-0.001,
	1e300,
	2 ** 60,
	'',
	' ',
	'x',
	'x'.repeat(2100),
	'bad id',
	'-awal',
	'2026-TW5',
	'2026-TW1',
	'2026-02-30T10:00:00+07:00',
	'2026-01-01T10:00:00',
	'2026-01-01T10:00:00+07:00',
	'2026-02-29',
	'2028-02-29',
	'2026-12-31',
	'2026-12-31T00:00:00Z',
	'lainnya',
	[],
	[1, 2, 3],
	[null, null, null, null],
	['a', 'b'],
	{},
	{ a: 1 }
];

type Step = (string | number)[];

/** Every path in a JSON value, except the stored document's own `_id` and `type`. */
function allPaths(value: Json, prefix: Step = []): Step[] {
	const out: Step[] = [];
	if (Array.isArray(value)) {
		value.forEach((v, i) => {
			out.push([...prefix, i], ...allPaths(v, [...prefix, i]));
		});
	} else if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Object.entries(value)) {
			if (prefix.length === 0 && (k === '_id' || k === 'type')) continue;
			out.push([...prefix, k], ...allPaths(v, [...prefix, k]));
		}
	}
	return out;
}

export type Mutation = { jalur: Step; jadi: Json | 'hapus' | 'tambah' };

function apply(doc: JsonDoc, mutasi: Mutation): JsonDoc {
	const copy = structuredClone(doc);
	const parentPath = mutasi.jalur.slice(0, -1);
	const last = mutasi.jalur.at(-1)!;
	let parent: Json = copy;
	for (const step of parentPath) parent = (parent as Record<string | number, Json>)[step]!;
	const target = parent as Record<string | number, Json>;
	if (mutasi.jadi === 'hapus') {
		if (Array.isArray(target)) target.splice(Number(last), 1);
		else delete target[last];
	} else if (mutasi.jadi === 'tambah') {
		if (!Array.isArray(target)) target[`${String(last)}Lain`] = 'tambahan';
	} else target[last] = mutasi.jadi;
	// The stored id follows the document's id, as the app would write it.
	if (typeof copy.id === 'string') copy._id = `${String(copy.type)}:${copy.id}`;
	return copy;
}

/** Numbers at and around every bound of the schemas. */
const FIGURE_LIMIT = [
	-1, 0, 1, 1.5, 2, 3, 4, 5, 9, 10, 11, 89.5, 90, 90.5, 99, 100, 100.5, 101, 119, 120, 121, 180,
	180.5, 199, 200, 201, 1999, 2000, 2100, 2101, 9007199254740991, 9007199254740992
];
/** Lengths at and around every length limit of the schemas. */
const LENGTH_LIMIT = [
	0, 1, 2, 3, 40, 41, 60, 100, 101, 128, 129, 200, 201, 300, 301, 500, 501, 1000, 1001, 2000, 2001
];
const limitText: fc.Arbitrary<Json> = fc.oneof(
	fc
		.tuple(fc.constantFrom(...LENGTH_LIMIT), fc.constantFrom('x', ' ', 'a-1'))
		.map(([n, content]) => content.repeat(Math.ceil(n / content.length)).slice(0, n)),
	fc.constantFrom(...LENGTH_LIMIT).map((n) => ` ${'y'.repeat(n)} `)
);

/** A replacement for `value`: mostly the bounds of its own type, else anything. */
function replacement(value: Json): fc.Arbitrary<Json> {
	const umum = fc.constantFrom(...REPLACEMENT);
	if (typeof value === 'string') return fc.oneof(limitText, umum);
	if (typeof value === 'number') return fc.oneof(fc.constantFrom(...FIGURE_LIMIT), umum);
	return umum;
}

const valueAt = (doc: JsonDoc, jalur: Step): Json =>
	jalur.reduce<Json>((v, step) => (v as Record<string | number, Json>)[step]!, doc);

/** A valid document with one field broken (or removed, or an unknown field added). */
export function mutatedDocument(
	kind: DocumentKind
): fc.Arbitrary<{ doc: JsonDoc; mutasi: Mutation }> {
	return validDocument(kind).chain((doc) => {
		const paths = allPaths(doc);
		return fc
			.constantFrom(...paths)
			.chain((jalur) =>
				fc.record({
					jalur: fc.constant(jalur),
					jadi: fc.oneof(
						{ weight: 6, arbitrary: replacement(valueAt(doc, jalur)) },
						{ weight: 2, arbitrary: fc.constant<'hapus'>('hapus') },
						{ weight: 1, arbitrary: fc.constant<'tambah'>('tambah') }
					)
				})
			)
			.map((mutasi) => ({ doc: apply(doc, mutasi), mutasi }));
	});
}
