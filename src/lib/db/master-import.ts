/**
 * Writes of master data (units, jenis layanan, populasi, indikator), from an imported file or from
 * the admin's forms, all or nothing: the caller's plan (import/master/plan.ts, which checks every
 * row against the file and the stored data) is made inside the transaction that writes, from what
 * masterReference read there, and its documents are written only when it found nothing wrong. The
 * plan is passed in: db/ does not depend on import/ (state/master-import.ts puts the two together).
 */
import type { Table } from 'dexie';
import type { MasterReference, MasterDocument, MasterKind } from '$lib/domain/master';
import { periodeId } from '$lib/domain/periode';
import {
	periodeSchema,
	yearSchema,
	YEAR_MAX,
	YEAR_MIN,
	type Periode,
	type Populasi
} from '$lib/domain/schemas';
import type { RaporDb } from './schema';

/** What a write needs of a plan: nothing is written when it has errors. */
export interface MasterPlan<T> {
	errors: readonly unknown[];
	/** Documents to add and to replace. */
	baru: readonly T[];
	berubah: readonly T[];
}

/** A plan made from what the device holds, inside the transaction that reads (and writes) it. */
export type MasterPlanner<T, P> = (acuan: MasterReference<T>) => P;

/** The Dexie table of each master table. */
function masterTable<J extends MasterKind>(db: RaporDb, kind: J): Table<MasterDocument[J], string> {
	const tables: { [K in MasterKind]: Table<MasterDocument[K], string> } = {
		unit: db.units,
		'jenis-layanan': db.jenisLayanan,
		populasi: db.populasi,
		indikator: db.indikator
	};
	return tables[kind];
}

/** Every table an import reads or writes, for one transaction. */
const transactionTables = (db: RaporDb) => [
	db.units,
	db.periode,
	db.populasi,
	db.indikator,
	db.jenisLayanan
];

/** What the rows are checked against; call inside the transaction that writes. */
export async function masterReference<J extends MasterKind>(
	db: RaporDb,
	kind: J
): Promise<MasterReference<MasterDocument[J]>> {
	const [unitIds, periode, saved] = await Promise.all([
		db.units.toCollection().primaryKeys(),
		db.periode.toArray(),
		masterTable(db, kind).toArray()
	]);
	return {
		unitIds: new Set(unitIds),
		periodeIds: new Set(periode.map((p) => p.id)),
		tahun: new Set(periode.map((p) => p.tahun)),
		tersimpan: saved
	};
}

/** A plan against the stored data, for the preview: nothing is written. */
export async function readMasterPlan<J extends MasterKind, P>(
	db: RaporDb,
	kind: J,
	plan: MasterPlanner<MasterDocument[J], P>
): Promise<P> {
	return db.transaction('r', transactionTables(db), async () =>
		plan(await masterReference(db, kind))
	);
}

async function writeRows<T extends { id: string }>(
	table: Table<T, string>,
	rencana: MasterPlan<T>
): Promise<void> {
	const docs = [...rencana.baru, ...rencana.berubah];
	if (docs.length > 0) await table.bulkPut(docs);
}

/**
 * Plans against the stored data and writes the plan's documents in the same transaction (the
 * data may have changed since a preview). With any error nothing is written.
 */
export async function writeMasterPlan<
	J extends MasterKind,
	P extends MasterPlan<MasterDocument[J]>
>(db: RaporDb, kind: J, plan: MasterPlanner<MasterDocument[J], P>): Promise<P> {
	return db.transaction('rw', transactionTables(db), async () => {
		const rencana = plan(await masterReference(db, kind));
		if (rencana.errors.length === 0) await writeRows(masterTable(db, kind), rencana);
		return rencana;
	});
}

/**
 * The populations of one triwulan as edited in a table: the plan's documents are written and the
 * populations of `hapus` (unit ids) in `periodeId` removed, in one transaction; nothing is written
 * when the plan has errors.
 */
export async function writePopulasiPlan<P extends MasterPlan<Populasi>>(
	db: RaporDb,
	periodeId: string,
	remove: ReadonlySet<string>,
	plan: MasterPlanner<Populasi, P>
): Promise<P & { dihapus: number }> {
	return db.transaction('rw', transactionTables(db), async () => {
		const acuan = await masterReference(db, 'populasi');
		const rencana = plan(acuan);
		if (rencana.errors.length > 0) return { ...rencana, dihapus: 0 };
		await writeRows(db.populasi, rencana);
		const ids = acuan.tersimpan
			.filter((p) => p.periodeId === periodeId && remove.has(p.unitId))
			.map((p) => p.id);
		await db.populasi.bulkDelete(ids);
		return { ...rencana, dihapus: ids.length };
	});
}

/** The stored documents of a table, for an export. */
export async function masterDocuments<J extends MasterKind>(
	db: RaporDb,
	kind: J
): Promise<MasterDocument[J][]> {
	return masterTable(db, kind).toArray();
}

export class InvalidYearError extends RangeError {
	override readonly name = 'InvalidYearError';
	constructor(readonly year: number) {
		super(`tahun must be a whole number ${YEAR_MIN}–${YEAR_MAX}: ${year}`);
	}
}

/** Adds a year's four triwulan to the period table; returns those that were not there yet. */
export async function addYear(db: RaporDb, tahun: number): Promise<Periode[]> {
	if (!yearSchema.safeParse(tahun).success) throw new InvalidYearError(tahun);
	const periode = ([1, 2, 3, 4] as const).map((triwulan) =>
		periodeSchema.parse({ id: periodeId(tahun, triwulan), tahun, triwulan })
	);
	return db.transaction('rw', db.periode, async () => {
		const ada = new Set(await db.periode.where('tahun').equals(tahun).primaryKeys());
		const baru = periode.filter((p) => !ada.has(p.id));
		await db.periode.bulkPut(baru);
		return baru;
	});
}
