import type { z } from 'zod';
import type { MasterReference } from '$lib/domain/master';
import { RowReader } from './cells';
import type { MasterImportError } from './errors';
import type { MasterRow, MasterFormat, MasterContext } from './format';
import { columnMap, type Table } from '../table/table';

/**
 * Planning an import of master data, all or nothing: every row is read and checked against the
 * file and the device's data before anything is written; the plan lists the new, changed and
 * unchanged documents, or every error and no documents at all.
 */

export interface MasterPlan<T> {
	/** Empty when the import may go ahead. */
	errors: MasterImportError[];
	/** Data rows read from the file (or documents given by a form). */
	jumlahBaris: number;
	/** Documents to add, to replace, and already stored exactly so; all empty on any error. */
	baru: T[];
	berubah: T[];
	tetap: T[];
}

/** Reads every data row; a row with any problem gives errors instead of a document. */
export function readMasterTable<T extends { id: string }, K extends string>(
	format: MasterFormat<T, K>,
	table: Table
): { rows: MasterRow<T>[]; errors: MasterImportError[] } {
	const { kolom: column, errors: fileErrors } = columnMap(table, format.kolom, []);
	if (fileErrors.length > 0) return { rows: [], errors: fileErrors };
	if (table.rows.length === 0) {
		return { rows: [], errors: [{ line: null, key: 'master.tanpaBaris' }] };
	}
	const rows: MasterRow<T>[] = [];
	const errors: MasterImportError[] = [];
	for (const baris of table.rows) {
		const r = new RowReader(baris, column);
		const doc = format.baca(r);
		if (r.errors.length > 0 || doc === undefined) {
			for (const e of r.errors) errors.push({ line: baris.line, ...e });
		} else rows.push({ line: baris.line, doc });
	}
	return { rows, errors };
}

const keyLabel = (key: string) => key.split('\u0000').join(' / ');

/** Rows whose id or natural key repeats an earlier row's; the later row is named. */
function duplicatesInFile<T extends { id: string }, K extends string>(
	format: MasterFormat<T, K>,
	rows: readonly MasterRow<T>[],
	errors: MasterImportError[]
): MasterRow<T>[] {
	const perId = new Map<string, number>();
	const perKey = new Map<string, number>();
	const remaining: MasterRow<T>[] = [];
	for (const row of rows) {
		const { line, doc } = row;
		const otherId = doc.id === '' ? undefined : perId.get(doc.id);
		const kunci = format.kunci?.(doc);
		const otherKey = kunci === undefined ? undefined : perKey.get(kunci);
		if (otherId !== undefined) {
			errors.push({
				line,
				column: format.kolomId ?? 'id',
				key: 'master.idGanda',
				value: doc.id,
				params: { lineLain: otherId }
			});
		} else if (kunci !== undefined && otherKey !== undefined) {
			errors.push({
				line,
				key: 'master.barisGanda',
				value: keyLabel(kunci),
				params: { lineLain: otherKey, pilihan: format.kolomKunci ?? '' }
			});
		} else remaining.push(row);
		if (doc.id !== '' && otherId === undefined) perId.set(doc.id, line);
		if (kunci !== undefined && otherKey === undefined) perKey.set(kunci, line);
	}
	return remaining;
}

/**
 * A blank id takes the id of the stored document with the same natural key, or a new one; an id
 * that two rows end up sharing (one by matching) is an error on the later row.
 */
function assignId<T extends { id: string }, K extends string>(
	format: MasterFormat<T, K>,
	rows: readonly MasterRow<T>[],
	saved: readonly T[],
	errors: MasterImportError[]
): MasterRow<T>[] {
	const perKey = new Map<string, string>();
	if (format.kunci) for (const doc of saved) perKey.set(format.kunci(doc), doc.id);
	const dipakai = new Map<string, number>();
	for (const { line, doc } of rows) if (doc.id !== '') dipakai.set(doc.id, line);
	const out: MasterRow<T>[] = [];
	for (const { line, doc } of rows) {
		if (doc.id !== '') {
			out.push({ line, doc });
			continue;
		}
		const kunci = format.kunci?.(doc);
		const id = (kunci === undefined ? undefined : perKey.get(kunci)) ?? format.idBaru?.(doc);
		const other = id === undefined ? undefined : dipakai.get(id);
		if (id === undefined || other !== undefined) {
			errors.push({
				line,
				column: format.kolomId ?? 'id',
				key: id === undefined ? 'master.wajibDiisi' : 'master.idGanda',
				...(id === undefined ? {} : { value: id, params: { lineLain: other ?? line } })
			});
			continue;
		}
		dipakai.set(id, line);
		out.push({ line, doc: { ...doc, id } });
	}
	return out;
}

/** A file document whose natural key a stored document of another id (not in the file) holds. */
function storedConflicts<T extends { id: string }, K extends string>(
	format: MasterFormat<T, K>,
	rows: readonly MasterRow<T>[],
	saved: readonly T[],
	errors: MasterImportError[]
): void {
	const kunciOf = format.kunci;
	if (!kunciOf) return;
	const diBerkas = new Set(rows.map((r) => r.doc.id));
	const perKey = new Map<string, string>();
	for (const doc of saved) if (!diBerkas.has(doc.id)) perKey.set(kunciOf(doc), doc.id);
	for (const { line, doc } of rows) {
		const kunci = kunciOf(doc);
		const other = perKey.get(kunci);
		if (other !== undefined && other !== doc.id) {
			errors.push({
				line,
				column: format.kolomId ?? 'id',
				key: 'master.sudahAda',
				value: keyLabel(kunci),
				params: { valueLain: other }
			});
		}
	}
}

/** The schema is the last word; the cell readers already keep to it. */
function checkSchema<T extends { id: string }, K extends string>(
	format: MasterFormat<T, K>,
	schema: z.ZodType<T>,
	row: MasterRow<T>,
	errors: MasterImportError[]
): T | null {
	const parsed = schema.safeParse(row.doc);
	if (parsed.success) return parsed.data;
	for (const issue of parsed.error.issues) {
		const path = issue.path.map(String).join('.');
		const column = format.kolomField[path] ?? format.kolomField[String(issue.path[0])];
		const e: MasterImportError = { line: row.line, key: 'import.tidakValid' };
		if (column !== undefined) e.column = column;
		const value = issue.path.reduce<unknown>(
			(v, k) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : v),
			row.doc
		);
		e.value = value === undefined ? '' : String(value);
		errors.push(e);
	}
	return null;
}

function sortPlan<K extends string>(errors: MasterImportError[], kolom: readonly K[]) {
	const position = (c: string | undefined) => (c === undefined ? -1 : kolom.indexOf(c as K));
	return errors.sort(
		(a, b) => (a.line ?? -1) - (b.line ?? -1) || position(a.column) - position(b.column)
	);
}

export interface PlanOptions {
	/** Structural equality of a stored and an imported document (db/validate's sameDocument). */
	sama: (a: unknown, b: unknown) => boolean;
	/** Errors of rows that could not be read, reported with the rest. */
	errors?: readonly MasterImportError[];
	/** Data rows in the file, counting the unreadable ones; rows.length by default. */
	jumlahBaris?: number;
}

/** Checks the rows against each other and the device's data, and sorts out what would change. */
export function plan<T extends { id: string }, K extends string>(
	format: MasterFormat<T, K>,
	schema: z.ZodType<T>,
	rows: readonly MasterRow<T>[],
	acuan: MasterReference<T>,
	opsi: PlanOptions
): MasterPlan<T> {
	const errors = [...(opsi.errors ?? [])];
	const unik = duplicatesInFile(format, rows, errors);
	const beridentitas = assignId(format, unik, acuan.tersimpan, errors);
	storedConflicts(format, beridentitas, acuan.tersimpan, errors);

	const gabungan = new Map(acuan.tersimpan.map((d) => [d.id, d]));
	for (const { doc } of beridentitas) gabungan.set(doc.id, doc);
	const konteks: MasterContext = {
		unitIds:
			format.jenis === 'unit'
				? new Set([...acuan.unitIds, ...beridentitas.map((r) => r.doc.id)])
				: acuan.unitIds,
		periodeIds: acuan.periodeIds,
		tahun: acuan.tahun
	};
	const valid: T[] = [];
	for (const row of beridentitas) {
		for (const e of format.periksa(row.doc, konteks)) errors.push({ line: row.line, ...e });
		const doc = checkSchema(format, schema, row, errors);
		if (doc) valid.push(doc);
	}
	if (format.periksaGabungan) errors.push(...format.periksaGabungan(beridentitas, gabungan));

	const rowCount = opsi.jumlahBaris ?? rows.length;
	const rencana: MasterPlan<T> = {
		errors: [],
		jumlahBaris: rowCount,
		baru: [],
		berubah: [],
		tetap: []
	};
	if (errors.length > 0) return { ...rencana, errors: sortPlan(errors, format.kolom) };
	const old = new Map(acuan.tersimpan.map((d) => [d.id, d]));
	for (const doc of valid) {
		const stored = old.get(doc.id);
		if (stored === undefined) rencana.baru.push(doc);
		else if (opsi.sama(stored, doc)) rencana.tetap.push(doc);
		else rencana.berubah.push(doc);
	}
	return rencana;
}

/** Reads a whole file and plans its import. */
export function importPlan<T extends { id: string }, K extends string>(
	format: MasterFormat<T, K>,
	schema: z.ZodType<T>,
	table: Table,
	acuan: MasterReference<T>,
	sama: PlanOptions['sama']
): MasterPlan<T> {
	const { rows, errors } = readMasterTable(format, table);
	const rowCount = table.rows.length;
	if (errors.some((e) => e.line === null || e.line === (table.headerLine ?? 1))) {
		// The file itself is wrong (no header, missing columns): rows cannot be checked.
		return { errors, jumlahBaris: rowCount, baru: [], berubah: [], tetap: [] };
	}
	return plan(format, schema, rows, acuan, { sama, errors, jumlahBaris: rowCount });
}
