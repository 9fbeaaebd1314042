/**
 * Validated writes of master data (units, jenis layanan, populasi, indikator), from an imported
 * file or from the admin's forms, all or nothing: every row is checked against the file and the
 * stored data first, and the writes happen in one transaction only when nothing is wrong.
 */
import type { Table } from 'dexie';
import {
	periodeSchema,
	tahunSchema,
	TAHUN_MAX,
	TAHUN_MIN,
	type Periode
} from '$lib/domain/schemas';
import type { JenisMaster } from '$lib/import/master-format';
import {
	rencanaImpor,
	rencanakan,
	type AcuanMaster,
	type RencanaMaster
} from '$lib/import/master-rencana';
import { formatMaster, skemaMaster, type DokumenMaster } from '$lib/import/master-tabel';
import type { Tabel } from '$lib/import/tabel';
import type { RaporDb } from './schema';
import { sameDocument } from './validate';

export type { RencanaMaster };

function tabelMaster<J extends JenisMaster>(
	db: RaporDb,
	jenis: J
): Table<DokumenMaster[J], string> {
	const tables = {
		unit: db.units,
		'jenis-layanan': db.jenisLayanan,
		populasi: db.populasi,
		indikator: db.indikator
	};
	return tables[jenis] as unknown as Table<DokumenMaster[J], string>;
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

/** The plan of an import, for the preview: nothing is written. */
export async function pratinjauImpor<J extends JenisMaster>(
	db: RaporDb,
	jenis: J,
	tabel: Tabel
): Promise<RencanaMaster<DokumenMaster[J]>> {
	return db.transaction('r', tabelTransaksi(db), async () => {
		const acuan = await acuanMaster(db, jenis);
		return rencanaImpor(formatMaster(jenis), skemaMaster(jenis), tabel, acuan, sameDocument);
	});
}

async function tulis<T extends { id: string }>(
	table: Table<T, string>,
	rencana: RencanaMaster<T>
): Promise<void> {
	const docs = [...rencana.baru, ...rencana.berubah];
	if (docs.length > 0) await table.bulkPut(docs);
}

/**
 * Imports a file: checked again inside the one transaction that writes it (the data may have
 * changed since the preview). With any error nothing is written and the errors are returned.
 */
export async function imporMaster<J extends JenisMaster>(
	db: RaporDb,
	jenis: J,
	tabel: Tabel
): Promise<RencanaMaster<DokumenMaster[J]>> {
	return db.transaction('rw', tabelTransaksi(db), async () => {
		const acuan = await acuanMaster(db, jenis);
		const rencana = rencanaImpor(
			formatMaster(jenis),
			skemaMaster(jenis),
			tabel,
			acuan,
			sameDocument
		);
		if (rencana.errors.length === 0) await tulis(tabelMaster(db, jenis), rencana);
		return rencana;
	});
}

/**
 * Saves documents from a form with the same checks as an import (references, duplicates, the
 * schema). An empty id is matched or made as in a file. Errors name the field's column
 * (e.g. 'induk_id') and line = position in `docs` + 1.
 */
export async function simpanMaster<J extends JenisMaster>(
	db: RaporDb,
	jenis: J,
	docs: readonly DokumenMaster[J][]
): Promise<RencanaMaster<DokumenMaster[J]>> {
	return db.transaction('rw', tabelTransaksi(db), async () => {
		const acuan = await acuanMaster(db, jenis);
		const rows = docs.map((doc, i) => ({ line: i + 1, doc }));
		const rencana = rencanakan(formatMaster(jenis), skemaMaster(jenis), rows, acuan, {
			sama: sameDocument
		});
		if (rencana.errors.length === 0) await tulis(tabelMaster(db, jenis), rencana);
		return rencana;
	});
}

/**
 * The populations of one triwulan as edited in a table: a number per unit, null to remove the
 * unit's number. One transaction; nothing is written when a number is invalid.
 */
export async function simpanPopulasiPeriode(
	db: RaporDb,
	periodeId: string,
	isian: readonly { unitId: string; jumlah: number | null }[]
): Promise<RencanaMaster<DokumenMaster['populasi']> & { dihapus: number }> {
	return db.transaction('rw', tabelTransaksi(db), async () => {
		const hapus = new Set(isian.filter((i) => i.jumlah === null).map((i) => i.unitId));
		const docs = isian.flatMap((i) =>
			i.jumlah === null ? [] : [{ id: '', unitId: i.unitId, periodeId, jumlah: i.jumlah }]
		);
		const acuan = await acuanMaster(db, 'populasi');
		const rows = docs.map((doc, i) => ({ line: i + 1, doc }));
		const rencana = rencanakan(formatMaster('populasi'), skemaMaster('populasi'), rows, acuan, {
			sama: sameDocument
		});
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
		periodeSchema.parse({ id: `${tahun}-TW${triwulan}`, tahun, triwulan })
	);
	return db.transaction('rw', db.periode, async () => {
		const ada = new Set(await db.periode.where('tahun').equals(tahun).primaryKeys());
		const baru = periode.filter((p) => !ada.has(p.id));
		await db.periode.bulkPut(baru);
		return baru;
	});
}
