/**
 * Validated writes of master data (units, jenis layanan, populasi, indikator), from an imported
 * file or from the admin's forms, all or nothing: every row is checked against the file and the
 * stored data first (import/master/plan.ts), and the writes happen in one transaction only when
 * nothing is wrong (db/master-import.ts).
 */
import { readMasterPlan, writeMasterPlan, writePopulasiPlan } from '$lib/db/master-import';
import type { RaporDb } from '$lib/db/schema';
import { sameDocument } from '$lib/db/validate';
import { masterSchema, type MasterDocument, type MasterKind } from '$lib/domain/master';
import { formatMaster } from '$lib/import/master/kinds';
import { importPlan, plan, type MasterPlan } from '$lib/import/master/plan';
import type { Table } from '$lib/import/table/table';

export type { MasterPlan };

/** The plan of an import, for the preview: nothing is written. */
export async function previewImport<J extends MasterKind>(
	db: RaporDb,
	kind: J,
	table: Table
): Promise<MasterPlan<MasterDocument[J]>> {
	return readMasterPlan(db, kind, (acuan) =>
		importPlan(formatMaster(kind), masterSchema(kind), table, acuan, sameDocument)
	);
}

/**
 * Imports a file: checked again inside the one transaction that writes it (the data may have
 * changed since the preview). With any error nothing is written and the errors are returned.
 */
export async function importMaster<J extends MasterKind>(
	db: RaporDb,
	kind: J,
	table: Table
): Promise<MasterPlan<MasterDocument[J]>> {
	return writeMasterPlan(db, kind, (acuan) =>
		importPlan(formatMaster(kind), masterSchema(kind), table, acuan, sameDocument)
	);
}

/**
 * Saves documents from a form with the same checks as an import (references, duplicates, the
 * schema). An empty id is matched or made as in a file. Errors name the field's column
 * (e.g. 'induk_id') and line = position in `docs` + 1.
 */
export async function saveMaster<J extends MasterKind>(
	db: RaporDb,
	kind: J,
	docs: readonly MasterDocument[J][]
): Promise<MasterPlan<MasterDocument[J]>> {
	const rows = docs.map((doc, i) => ({ line: i + 1, doc }));
	return writeMasterPlan(db, kind, (acuan) =>
		plan(formatMaster(kind), masterSchema(kind), rows, acuan, { sama: sameDocument })
	);
}

/**
 * The populations of one triwulan as edited in a table: a number per unit, null to remove the
 * unit's number. One transaction; nothing is written when a number is invalid.
 */
export async function savePopulasiPeriode(
	db: RaporDb,
	periodeId: string,
	isian: readonly { unitId: string; jumlah: number | null }[]
): Promise<MasterPlan<MasterDocument['populasi']> & { dihapus: number }> {
	const hapus = new Set(isian.filter((i) => i.jumlah === null).map((i) => i.unitId));
	const docs = isian.flatMap((i) =>
		i.jumlah === null ? [] : [{ id: '', unitId: i.unitId, periodeId, jumlah: i.jumlah }]
	);
	const rows = docs.map((doc, i) => ({ line: i + 1, doc }));
	return writePopulasiPlan(db, periodeId, hapus, (acuan) =>
		plan(formatMaster('populasi'), masterSchema('populasi'), rows, acuan, {
			sama: sameDocument
		})
	);
}
