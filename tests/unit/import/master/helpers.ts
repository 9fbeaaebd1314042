/** Shared helpers of the master-data import tests. */
import { sameDocument } from '$lib/db/validate';
import { parseCsv } from '$lib/import/table/csv';
import { formatMasterError, type MasterImportError } from '$lib/import/master/errors';
import {
	masterSchema,
	type MasterReference,
	type MasterDocument,
	type MasterKind
} from '$lib/domain/master';
import { formatMaster } from '$lib/import/master/kinds';
import { importPlan, type MasterPlan } from '$lib/import/master/plan';
import type { Table } from '$lib/import/table/table';

export function reference<T = never>(over: Partial<MasterReference<T>> = {}): MasterReference<T> {
	return {
		unitIds: new Set(['dinkes', 'kec-utara', 'kel-sukamaju']),
		periodeIds: new Set(['2026-TW1', '2026-TW2', '2026-TW3', '2026-TW4']),
		tahun: new Set([2026]),
		tersimpan: [],
		...over
	};
}

/** A CSV with the format's header and the given data lines. */
export function csv(kind: MasterKind, ...lines: string[]): Table {
	return parseCsv([formatMaster(kind).kolom.join(','), ...lines].join('\n'));
}

export function plan<J extends MasterKind>(
	kind: J,
	table: Table,
	a: MasterReference<MasterDocument[J]> = reference()
): MasterPlan<MasterDocument[J]> {
	return importPlan(formatMaster(kind), masterSchema(kind), table, a, sameDocument);
}

export const message = (errors: readonly MasterImportError[]) =>
	errors.map((e) => formatMasterError(e));
