/**
 * Keeps the SKM rekap (skm-rekap.ts) right, whatever path writes responses or corrections: a
 * Dexie DBCore middleware that widens every read-write transaction on `responses` or `koreksi`
 * to `skmRekap` and, on each mutation, takes the touched responses' effective form before the
 * write out of their rekap and adds their effective form after it. So a saved response, a
 * correction, a void, a pulled batch, the demo and an import all update the rekap atomically.
 *
 * Upgrade transactions are left alone: the v6 upgrade recounts from scratch after them.
 */
import Dexie, {
	type DBCore,
	type DBCoreKeyRange,
	type DBCoreMutateRequest,
	type DBCoreMutateResponse,
	type DBCoreRangeType,
	type DBCoreTable,
	type DBCoreTransaction,
	type Middleware
} from 'dexie';
import { koreksiByResponse } from '$lib/domain/koreksi';
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { updateSkmRekap } from '$lib/domain/skm-rekap';
import {
	SKM_REKAP_TABLE,
	rekapKey,
	emptyRekapRow,
	effectiveResponse,
	type SkmRekapRow
} from './skm-rekap';

const RESPONSES = 'responses';
const KOREKSI = 'koreksi';

// DBCoreRangeType is a const enum, which isolated modules cannot read: its values, as declared.
const ALL: DBCoreKeyRange = { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined };
const equalRange = (key: string): DBCoreKeyRange => ({
	type: 1 as DBCoreRangeType,
	lower: key,
	upper: key
});

/** Above this ratio of stored corrections to wanted responses, one scan beats a lookup each. */
const SCAN_PER_ID = 4;

function isTracked(trans: DBCoreTransaction): boolean {
	const idb = trans as unknown as IDBTransaction;
	return idb.mode !== 'versionchange' && idb.objectStoreNames.contains(SKM_REKAP_TABLE);
}

/** The rekap changes one mutation makes: effective responses to add (1) or take away (-1). */
class Difference {
	private readonly perKunci = new Map<string, { response: SkmResponse; arah: 1 | -1 }[]>();

	ganti(before: SkmResponse | null, after: SkmResponse | null): void {
		if (before === after) return;
		if (before) this.catat(before, -1);
		if (after) this.catat(after, 1);
	}

	private catat(response: SkmResponse, arah: 1 | -1): void {
		const key = rekapKey(response.periodeId, response.unitId);
		const list = this.perKunci.get(key);
		if (list) list.push({ response, arah });
		else this.perKunci.set(key, [{ response, arah }]);
	}

	async terapkan(rekap: DBCoreTable, trans: DBCoreTransaction): Promise<void> {
		if (this.perKunci.size === 0) return;
		const keys = [...this.perKunci.keys()];
		const rows = (await rekap.getMany({ trans, keys })) as (SkmRekapRow | undefined)[];
		const save: SkmRekapRow[] = [];
		const remove: string[] = [];
		keys.forEach((key, i) => {
			const ops = this.perKunci.get(key)!;
			const { periodeId, unitId } = ops[0]!.response;
			const row = rows[i] ?? emptyRekapRow(periodeId, unitId);
			for (const { response, arah } of ops) updateSkmRekap(row, response, arah);
			if (row.responden === 0) remove.push(key);
			else save.push(row);
		});
		if (remove.length > 0) await rekap.mutate({ type: 'delete', trans, keys: remove });
		if (save.length > 0) await rekap.mutate({ type: 'put', trans, values: save });
	}
}

/** Every correction and void of the given responses, grouped and in the order they apply. */
async function koreksiOfResponses(
	koreksi: DBCoreTable,
	trans: DBCoreTransaction,
	responseIds: readonly string[]
): Promise<Map<string, readonly SkmKoreksi[]>> {
	if (responseIds.length === 0) return new Map();
	const primaryKey = koreksi.schema.primaryKey;
	const total = await koreksi.count({ trans, query: { index: primaryKey, range: ALL } });
	if (total === 0) return new Map();
	let rows: SkmKoreksi[];
	if (total <= responseIds.length * SCAN_PER_ID) {
		const wanted = new Set(responseIds);
		const all = await koreksi.query({
			trans,
			values: true,
			query: { index: primaryKey, range: ALL }
		});
		rows = (all.result as SkmKoreksi[]).filter((k) => wanted.has(k.responseId));
	} else {
		const index = koreksi.schema.getIndexByKeyPath('responseId')!;
		const results = await Dexie.Promise.all(
			responseIds.map((id) =>
				koreksi.query({ trans, values: true, query: { index, range: equalRange(id) } })
			)
		);
		rows = results.flatMap((r) => r.result as SkmKoreksi[]);
	}
	return koreksiByResponse(rows);
}

interface Operation<T> {
	key: string;
	/** The stored value after this operation; undefined for a delete. */
	nilai: T | undefined;
	/** The index in the request, to look up its failure. */
	indeks: number;
}

/** The keys a mutation touches and, for deleteRange, the rows it is about to delete. */
async function operation<T>(
	table: DBCoreTable,
	req: DBCoreMutateRequest
): Promise<{ ops: Operation<T>[]; lama: Map<string, T | undefined> | null }> {
	if (req.type === 'deleteRange') {
		const res = await table.query({
			trans: req.trans,
			values: true,
			query: { index: table.schema.primaryKey, range: req.range }
		});
		const extract = table.schema.primaryKey.extractKey!;
		const rows = res.result as T[];
		const ops = rows.map((row, indeks) => ({
			key: extract(row) as string,
			nilai: undefined,
			indeks
		}));
		return { ops, lama: new Map(ops.map((op, i) => [op.key, rows[i]])) };
	}
	if (req.type === 'delete') {
		const ops = (req.keys as string[]).map((key, indeks) => ({ key, nilai: undefined, indeks }));
		return { ops, lama: null };
	}
	const extract = table.schema.primaryKey.extractKey;
	const ops = (req.values as T[]).map((value, indeks) => ({
		key: (req.keys?.[indeks] ?? extract?.(value)) as string,
		nilai: value,
		indeks
	}));
	return { ops, lama: null };
}

/** Below this many keys a lookup each is as cheap as anything. */
const MIN_KEYS_FOR_RANGE = 64;
/** Above this ratio of stored keys in the batch's key range to batch keys, look up each. */
const RANGE_PER_KEY = 2;

/**
 * Which of `keys` are already stored, when the range from the smallest to the largest holds few
 * other keys (a batch of new, ordered ids: an import, the demo, a seeded bench); else null. One
 * count and one key-only read then replace a `get` per key, which for new keys finds nothing.
 */
async function storedKeys(
	table: DBCoreTable,
	trans: DBCoreTransaction,
	keys: readonly string[]
): Promise<Set<string> | null> {
	if (keys.length < MIN_KEYS_FOR_RANGE || keys.some((k) => typeof k !== 'string')) return null;
	let lower = keys[0]!;
	let upper = keys[0]!;
	for (const k of keys) {
		if (k < lower) lower = k;
		if (k > upper) upper = k;
	}
	const index = table.schema.primaryKey;
	const range: DBCoreKeyRange = { type: 2 as DBCoreRangeType, lower, upper };
	const stored = await table.count({ trans, query: { index, range } });
	if (stored > keys.length * RANGE_PER_KEY) return null;
	if (stored === 0) return new Set();
	const res = await table.query({ trans, values: false, query: { index, range } });
	return new Set(res.result as string[]);
}

async function readPrevious<T>(
	table: DBCoreTable,
	trans: DBCoreTransaction,
	ops: readonly Operation<T>[],
	old: Map<string, T | undefined> | null
): Promise<Map<string, T | undefined>> {
	if (old) return old;
	const keys = [...new Set(ops.map((op) => op.key))];
	const saved = await storedKeys(table, trans, keys);
	const read = saved ? keys.filter((k) => saved.has(k)) : keys;
	const rows =
		read.length > 0 ? ((await table.getMany({ trans, keys: read })) as (T | undefined)[]) : [];
	const before = new Map<string, T | undefined>(keys.map((key) => [key, undefined]));
	read.forEach((key, i) => before.set(key, rows[i]));
	return before;
}

/** Applies the successful operations in order to the values before, giving the values after. */
function valuesAfter<T>(
	sebelum: ReadonlyMap<string, T | undefined>,
	ops: readonly Operation<T>[],
	res: DBCoreMutateResponse
): Map<string, T | undefined> {
	const after = new Map(sebelum);
	for (const op of ops) if (!res.failures[op.indeks]) after.set(op.key, op.nilai);
	return after;
}

/** The tables below this middleware, each call run in the zone of the mutation being handled. */
type Down = (name: string) => DBCoreTable;

async function mutateResponses(
	down: Down,
	table: DBCoreTable,
	req: DBCoreMutateRequest
): Promise<DBCoreMutateResponse> {
	const { trans } = req;
	const rekap = down(SKM_REKAP_TABLE);
	if (req.type === 'deleteRange' && req.range.type === ALL.type) {
		// Every response gone (a clear): so is every rekap.
		const res = await table.mutate(req);
		await rekap.mutate({ type: 'deleteRange', trans, range: ALL });
		return res;
	}
	const { ops, lama: old } = await operation<SkmResponse>(table, req);
	const sebelum = await readPrevious(table, trans, ops, old);
	const koreksi = await koreksiOfResponses(down(KOREKSI), trans, [...sebelum.keys()]);
	const res = await table.mutate(req);
	const after = valuesAfter(sebelum, ops, res);
	const difference = new Difference();
	for (const [id, before] of sebelum) {
		const urut = koreksi.get(id);
		difference.ganti(effectiveResponse(before, urut), effectiveResponse(after.get(id), urut));
	}
	await difference.terapkan(rekap, trans);
	return res;
}

async function mutateKoreksi(
	down: Down,
	table: DBCoreTable,
	req: DBCoreMutateRequest
): Promise<DBCoreMutateResponse> {
	const { trans } = req;
	const { ops, lama: old } = await operation<SkmKoreksi>(table, req);
	const before = await readPrevious(table, trans, ops, old);
	const responseIds = new Set<string>();
	for (const k of before.values()) if (k) responseIds.add(k.responseId);
	for (const op of ops) if (op.nilai) responseIds.add(op.nilai.responseId);
	const ids = [...responseIds];
	const koreksiBefore = await koreksiOfResponses(table, trans, ids);
	const responses = (await down(RESPONSES).getMany({ trans, keys: ids })) as (
		SkmResponse | undefined
	)[];
	const res = await table.mutate(req);

	const all = new Map<string, SkmKoreksi | undefined>();
	for (const list of koreksiBefore.values()) for (const k of list) all.set(k.id, k);
	for (const op of ops) if (!res.failures[op.indeks]) all.set(op.key, op.nilai);
	const koreksiAfter = koreksiByResponse(
		[...all.values()].filter((k): k is SkmKoreksi => k !== undefined)
	);

	const difference = new Difference();
	ids.forEach((id, i) => {
		const response = responses[i];
		difference.ganti(
			effectiveResponse(response, koreksiBefore.get(id)),
			effectiveResponse(response, koreksiAfter.get(id))
		);
	});
	await difference.terapkan(down(SKM_REKAP_TABLE), trans);
	return res;
}

/**
 * One mutation at a time per transaction: each reads the rekap rows, changes and writes them,
 * so two running side by side (e.g. Promise.all of two puts) would lose one's change. Dexie's
 * promise, not the native one: its `then` keeps Dexie's transaction zone, which the middlewares
 * below need.
 */
const queues = new WeakMap<object, Promise<unknown>>();

function inOrder<T>(trans: DBCoreTransaction, run: () => Promise<T>): Promise<T> {
	const sebelumnya = queues.get(trans) ?? Dexie.Promise.resolve();
	const result = sebelumnya.then(run, run);
	queues.set(
		trans,
		result.catch(() => undefined)
	);
	return result;
}

/**
 * Dexie's zone (its async context) of the mutation being handled. The middlewares below this one
 * read the current transaction from it, and a native `await` does not always carry it over.
 */
interface DexieZone {
	PSD: unknown;
	usePSD<T>(zona: unknown, fn: () => T): T;
}
const dexieZone = Dexie.Promise as unknown as DexieZone;

function inZone(table: DBCoreTable, zona: unknown): DBCoreTable {
	const run = <T>(fn: () => T): T => dexieZone.usePSD(zona, fn);
	return {
		...table,
		mutate: (req) => run(() => table.mutate(req)),
		get: (req) => run(() => table.get(req)),
		getMany: (req) => run(() => table.getMany(req)),
		query: (req) => run(() => table.query(req)),
		openCursor: (req) => run(() => table.openCursor(req)),
		count: (req) => run(() => table.count(req))
	};
}

function rekapTable(down: DBCore, table: DBCoreTable, mutate: typeof mutateResponses): DBCoreTable {
	return {
		...table,
		mutate(req) {
			if (!isTracked(req.trans)) return table.mutate(req);
			const zona = dexieZone.PSD;
			const bottom: Down = (name) => inZone(down.table(name), zona);
			return inOrder(req.trans, () => mutate(bottom, inZone(table, zona), req));
		}
	};
}

/** The middleware; RaporDb installs it in its constructor, so every connection keeps the rekap. */
export const rekapSkmMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'rapor-skm-rekap',
	create(down) {
		return {
			...down,
			transaction(stores, mode, options) {
				// A write to either table reads the other one, and writes the rekap.
				const lebarkan =
					mode === 'readwrite' && (stores.includes(RESPONSES) || stores.includes(KOREKSI));
				const all = lebarkan
					? [...new Set([...stores, RESPONSES, KOREKSI, SKM_REKAP_TABLE])]
					: stores;
				return down.transaction(all, mode, options);
			},
			table(name) {
				const table = down.table(name);
				if (name === RESPONSES) return rekapTable(down, table, mutateResponses);
				if (name === KOREKSI) return rekapTable(down, table, mutateKoreksi);
				return table;
			}
		};
	}
};
