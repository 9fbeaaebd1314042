/**
 * The outbox, kept by the database itself: a Dexie middleware that, in the same transaction as
 * every change to a synced table, gives the record a new revision and queues it for the next push
 * (table `sinkron`). So a record the user sees as "tersimpan" is already queued, whatever write
 * path stored it, and a crash can never leave a change stored but not queued (or the reverse).
 *
 * Writes that come from the server (a pull, a conflict resolution's bookkeeping) run in a
 * transaction marked with `tanpaPelacakan` and are not queued again.
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
import { DATABASE_JENIS, idDokumen, type JenisDokumen } from '$lib/domain/dokumen-id';
import { denganStatus, type SinkronRow } from '$lib/db/sinkron';
import { sameDocument } from '$lib/db/validate';
import { revisiBerikut } from './revisi';
import { jenisTabel } from './tabel';

const TABEL_PELACAKAN = 'sinkron';
const tanpaPelacakanSet = new WeakSet<object>();

/** Marks a transaction whose writes must not be queued (they came from the server). */
export function tanpaPelacakan(tx: Transaction): void {
	tanpaPelacakanSet.add(tx.idbtrans);
}

/** A transaction on `fn`'s tables whose writes are not queued for push. */
export function transaksiServer<T>(
	db: Dexie,
	tables: readonly string[],
	fn: () => Promise<T>
): Promise<T> {
	return db.transaction('rw', [...tables, TABEL_PELACAKAN], async (tx) => {
		tanpaPelacakan(tx);
		return fn();
	});
}

interface Perubahan {
	key: string;
	dihapus: boolean;
}

async function kunciRentang(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
	if (req.type !== 'deleteRange') return [];
	const res = await table.query({
		trans: req.trans,
		values: false,
		query: { index: table.schema.primaryKey, range: req.range }
	});
	return res.result as string[];
}

function kunciNilai(table: DBCoreTable, req: DBCoreMutateRequest): string[] {
	if (req.type === 'delete') return req.keys as string[];
	if (req.type === 'deleteRange') return [];
	const extract = table.schema.primaryKey.extractKey;
	return req.values.map((v, i) => (req.keys?.[i] ?? extract?.(v)) as string);
}

/** The changes a successful mutation made, leaving out puts that stored the same value again. */
function perubahan(
	req: DBCoreMutateRequest,
	res: DBCoreMutateResponse,
	keys: readonly string[],
	lama: readonly unknown[]
): Perubahan[] {
	const out: Perubahan[] = [];
	keys.forEach((key, i) => {
		if (res.failures[i]) return;
		if (req.type === 'delete' || req.type === 'deleteRange') {
			if (lama[i] !== undefined) out.push({ key, dihapus: true });
			return;
		}
		if (!sameDocument(lama[i], req.values[i])) out.push({ key, dihapus: false });
	});
	return out;
}

async function antrekan(
	sinkron: DBCoreTable,
	trans: DBCoreTransaction,
	jenis: JenisDokumen,
	daftar: readonly Perubahan[]
): Promise<void> {
	if (daftar.length === 0) return;
	const ids = daftar.map((p) => idDokumen(jenis, p.key));
	const lama = (await sinkron.getMany({ trans, keys: ids })) as (SinkronRow | undefined)[];
	const diubah = new Date().toISOString();
	const values = daftar.map((p, i) => {
		const sebelum = lama[i];
		const { rev, riwayat } = revisiBerikut(sebelum?.rev, sebelum?.riwayat ?? []);
		const row: Omit<SinkronRow, 'status'> = {
			id: ids[i]!,
			db: DATABASE_JENIS[jenis],
			rev,
			riwayat,
			antre: 1,
			diubah,
			...(p.dihapus ? { dihapus: true as const } : {}),
			...(sebelum?.lain ? { lain: sebelum.lain } : {}),
			...(sebelum?.tutup ? { tutup: sebelum.tutup } : {})
		};
		return denganStatus(row);
	});
	await sinkron.mutate({ type: 'put', trans, values });
}

function lacakTabel(down: DBCore, table: DBCoreTable, jenis: JenisDokumen): DBCoreTable {
	return {
		...table,
		async mutate(req) {
			if (tanpaPelacakanSet.has(req.trans)) return table.mutate(req);
			const keys =
				req.type === 'deleteRange' ? await kunciRentang(table, req) : kunciNilai(table, req);
			const lama =
				req.type === 'add'
					? keys.map(() => undefined)
					: await table.getMany({ trans: req.trans, keys });
			const res = await table.mutate(req);
			await antrekan(
				down.table(TABEL_PELACAKAN),
				req.trans,
				jenis,
				perubahan(req, res, keys, lama)
			);
			return res;
		}
	};
}

/** The middleware; install with `db.use(pelacakPerubahan)` before the database is opened. */
export const pelacakPerubahan: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'rapor-outbox',
	create(down) {
		return {
			...down,
			transaction(stores, mode, options) {
				const lacak =
					mode === 'readwrite' &&
					stores.some((s) => jenisTabel(s) !== undefined) &&
					!stores.includes(TABEL_PELACAKAN);
				return down.transaction(lacak ? [...stores, TABEL_PELACAKAN] : stores, mode, options);
			},
			table(name) {
				const table = down.table(name);
				const jenis = jenisTabel(name);
				return jenis ? lacakTabel(down, table, jenis) : table;
			}
		};
	}
};
