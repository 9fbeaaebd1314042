/**
 * The four master tables (units, jenis layanan, populasi, indikator) as documents: their kinds,
 * the document type and schema of each kind (the one typed kind → type mapping), and what the
 * rows of an import or a form are checked against. The file formats are import/master/'s.
 */
import type { z } from 'zod';
import {
	indikatorSchema,
	jenisLayananSchema,
	populasiSchema,
	unitSchema,
	type Indikator,
	type JenisLayanan,
	type Populasi,
	type Unit
} from './schemas';

/** The four master tables that can be imported and exported. */
export const MASTER_KINDS = ['unit', 'jenis-layanan', 'populasi', 'indikator'] as const;
export type MasterKind = (typeof MASTER_KINDS)[number];

/** The document each master table holds. */
export interface MasterDocument {
	unit: Unit;
	'jenis-layanan': JenisLayanan;
	populasi: Populasi;
	indikator: Indikator;
}

const MASTER_SCHEMAS: { readonly [J in MasterKind]: z.ZodType<MasterDocument[J]> } = {
	unit: unitSchema,
	'jenis-layanan': jenisLayananSchema,
	populasi: populasiSchema,
	indikator: indikatorSchema
};

/** The zod schema of a master table's documents. */
export function masterSchema<J extends MasterKind>(kind: J): z.ZodType<MasterDocument[J]> {
	return MASTER_SCHEMAS[kind];
}

/** What the device holds that the rows are checked against. */
export interface MasterReference<T> {
	unitIds: ReadonlySet<string>;
	periodeIds: ReadonlySet<string>;
	tahun: ReadonlySet<number>;
	/** The stored documents of the table being imported. */
	tersimpan: readonly T[];
}
