/**
 * Writes of master data (units, jenis layanan, populasi, indikator), from an imported file or from
 * the admin's forms, all or nothing: the caller's plan (import/master/plan.ts, which checks every
 * row against the file and the stored data) is made inside the transaction that writes, from what
 * acuanMaster read there, and its documents are written only when it found nothing wrong. The
 * plan is passed in: db/ does not depend on import/ (state/master-import.ts puts the two together).
 */
import type { Table } from 'dexie';
import type { AcuanMaster, DokumenMaster, JenisMaster } from '$lib/domain/master';
import { periodeId } from '$lib/domain/periode';
import {
	periodeSchema,
	tahunSchema,
	TAHUN_MAX,
	TAHUN_MIN,
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
export type MasterPlanner<T, P> = (acuan: AcuanMaster<T>) => P;

/** The Dexie table of each master table. */
function tabelMaster<J extends JenisMaster>(
	db: RaporDb,
	jenis: J
): Table<DokumenMaster[J], string> {
	const tables: { [K in JenisMaster]: Table<DokumenMaster[K], string> } = {
		unit: db.units,
		'jenis-layanan': db.jenisLayanan,
		populasi: db.populasi,
		indikator: db.indikator
	};
	return tables[jenis];
}

/** Every table an import reads or writes, for one transaction. */
const tabelTransaksi = (db: RaporDb) => [
	db.units,
	db.periode,
	db.populasi,
	db.indikator,
	db.jenisLayanan
];

/** What the rows are checked against; call inside the transaction that writes. */
export async function acuanMaster<J extends JenisMaster>(
	db: RaporDb,
	jenis: J
): Promise<AcuanMaster<DokumenMaster[J]>> {
	const [unitIds, periode, tersimpan] = await Promise.all([
		db.units.toCollection().primaryKeys(),
		db.periode.toArray(),
		tabelMaster(db, jenis).toArray()
	]);
	return {
		unitIds: new Set(unitIds),
		periodeIds: new Set(periode.map((p) => p.id)),
		tahun: new Set(periode.map((p) => p.tahun)),
		tersimpan
	};
}

/** A plan against the stored data, for the preview: nothing is written. */
export async function readMasterPlan<J extends JenisMaster, P>(
	db: RaporDb,
	jenis: J,
	plan: MasterPlanner<DokumenMaster[J], P>
): Promise<P> {
	return db.transaction('r', tabelTransaksi(db), async () => plan(await acuanMaster(db, jenis)));
}

async function tulis<T extends { id: string }>(
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
	J extends JenisMaster,
	P extends MasterPlan<DokumenMaster[J]>
>(db: RaporDb, jenis: J, plan: MasterPlanner<DokumenMaster[J], P>): Promise<P> {
	return db.transaction('rw', tabelTransaksi(db), async () => {
		const rencana = plan(await acuanMaster(db, jenis));
		if (rencana.errors.length === 0) await tulis(tabelMaster(db, jenis), rencana);
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
	hapus: ReadonlySet<string>,
	plan: MasterPlanner<Populasi, P>
): Promise<P & { dihapus: number }> {
	return db.transaction('rw', tabelTransaksi(db), async () => {
		const acuan = await acuanMaster(db, 'populasi');
		const rencana = plan(acuan);
		if (rencana.errors.length > 0) return { ...rencana, dihapus: 0 };
		await tulis(db.populasi, rencana);
		const ids = acuan.tersimpan
			.filter((p) => p.periodeId === periodeId && hapus.has(p.unitId))
			.map((p) => p.id);
		await db.populasi.bulkDelete(ids);
		return { ...rencana, dihapus: ids.length };
	});
}

/** The stored documents of a table, for an export. */
export async function dokumenMaster<J extends JenisMaster>(
	db: RaporDb,
	jenis: J
): Promise<DokumenMaster[J][]> {
	return tabelMaster(db, jenis).toArray();
}

export class TahunTidakValidError extends RangeError {
	override readonly name = 'TahunTidakValidError';
	constructor(readonly tahun: number) {
		super(`tahun must be a whole number ${TAHUN_MIN}–${TAHUN_MAX}: ${tahun}`);
	}
}

/** Adds a year's four triwulan to the period table; returns those that were not there yet. */
export async function tambahTahun(db: RaporDb, tahun: number): Promise<Periode[]> {
	if (!tahunSchema.safeParse(tahun).success) throw new TahunTidakValidError(tahun);
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
