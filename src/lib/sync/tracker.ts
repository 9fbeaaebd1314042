/**
 * The outbox, kept by the database itself: a Dexie middleware that, in the same transaction as
 * every change to a synced table, gives the record a new revision and queues it for the next push
 * (table `sinkron`). So a record the user sees as "tersimpan" is already queued, whatever write
 * path stored it, and a crash can never leave a change stored but not queued (or the reverse).
 *
 * Writes that come from the server (a pull, a conflict resolution's bookkeeping) run in a
 * transaction marked with `withoutTracking` and are not queued again.
 */
import Dexie, {
	type DBCore,
	type DBCoreMutateRequest,
	type DBCoreMutateResponse,
	type DBCoreTable,
	type DBCoreTransaction,
	type Middleware,
	type Transaction
} from 'dexie';
import { KIND_DATABASE, documentId, type DocumentKind } from '$lib/domain/document-id';
import { withStatus, type SyncRow } from '$lib/db/sync';
import { sameDocument } from '$lib/db/validate';
import { nextRevision } from './revision';
import { kindOfTable } from './tables';

const TRACKING_TABLE = 'sinkron';
const untrackedSet = new WeakSet<object>();

/** Marks a transaction whose writes must not be queued (they came from the server). */
export function withoutTracking(tx: Transaction): void {
	untrackedSet.add(tx.idbtrans);
}

/** A transaction on `fn`'s tables whose writes are not queued for push. */
export function serverTransaction<T>(
	db: Dexie,
	tables: readonly string[],
	fn: () => Promise<T>
): Promise<T> {
	return db.transaction('rw', [...tables, TRACKING_TABLE], async (tx) => {
		withoutTracking(tx);
		return fn();
	});
}

interface TrackedChange {
	key: string;
	dihapus: boolean;
}

async function rangeKeys(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
	if (req.type !== 'deleteRange') return [];
	const res = await table.query({
		trans: req.trans,
		values: false,
		query: { index: table.schema.primaryKey, range: req.range }
	});
	return res.result as string[];
}

function valueKeys(table: DBCoreTable, req: DBCoreMutateRequest): string[] {
	if (req.type === 'delete') return req.keys as string[];
	if (req.type === 'deleteRange') return [];
	const extract = table.schema.primaryKey.extractKey;
	return req.values.map((v, i) => (req.keys?.[i] ?? extract?.(v)) as string);
}

/** The changes a successful mutation made, leaving out puts that stored the same value again. */
function changesOf(
	req: DBCoreMutateRequest,
	res: DBCoreMutateResponse,
	keys: readonly string[],
	old: readonly unknown[]
): TrackedChange[] {
	const out: TrackedChange[] = [];
	keys.forEach((key, i) => {
		if (res.failures[i]) return;
		if (req.type === 'delete' || req.type === 'deleteRange') {
			if (old[i] !== undefined) out.push({ key, dihapus: true });
			return;
		}
		if (!sameDocument(old[i], req.values[i])) out.push({ key, dihapus: false });
	});
	return out;
}

async function enqueue(
	sync: DBCoreTable,
	trans: DBCoreTransaction,
	kind: DocumentKind,
	list: readonly TrackedChange[]
): Promise<void> {
	if (list.length === 0) return;
	const ids = list.map((p) => documentId(kind, p.key));
	const old = (await sync.getMany({ trans, keys: ids })) as (SyncRow | undefined)[];
	const changed = new Date().toISOString();
	const values = list.map((p, i) => {
		const before = old[i];
		const { rev, riwayat: history } = nextRevision(before?.rev, before?.riwayat ?? []);
		const row: Omit<SyncRow, 'status'> = {
			id: ids[i]!,
			db: KIND_DATABASE[kind],
			rev,
			riwayat: history,
			antre: 1,
			diubah: changed,
			...(p.dihapus ? { dihapus: true as const } : {}),
			...(before?.lain ? { lain: before.lain } : {}),
			...(before?.tutup ? { tutup: before.tutup } : {})
		};
		return withStatus(row);
	});
	await sync.mutate({ type: 'put', trans, values });
}

function trackTable(down: DBCore, table: DBCoreTable, kind: DocumentKind): DBCoreTable {
	return {
		...table,
		async mutate(req) {
			if (untrackedSet.has(req.trans)) return table.mutate(req);
			const keys = req.type === 'deleteRange' ? await rangeKeys(table, req) : valueKeys(table, req);
			const old =
				req.type === 'add'
					? keys.map(() => undefined)
					: await table.getMany({ trans: req.trans, keys });
			const res = await table.mutate(req);
			await enqueue(down.table(TRACKING_TABLE), req.trans, kind, changesOf(req, res, keys, old));
			return res;
		}
	};
}

/** The middleware; install with `db.use(changeTracker)` before the database is opened. */
export const changeTracker: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'rapor-outbox',
	create(down) {
		return {
			...down,
			transaction(stores, mode, options) {
				const lacak =
					mode === 'readwrite' &&
					stores.some((s) => kindOfTable(s) !== undefined) &&
					!stores.includes(TRACKING_TABLE);
				return down.transaction(lacak ? [...stores, TRACKING_TABLE] : stores, mode, options);
			},
			table(name) {
				const table = down.table(name);
				const kind = kindOfTable(name);
				return kind ? trackTable(down, table, kind) : table;
			}
		};
	}
};
