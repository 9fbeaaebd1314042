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
export const JENIS_MASTER = ['unit', 'jenis-layanan', 'populasi', 'indikator'] as const;
export type JenisMaster = (typeof JENIS_MASTER)[number];

/** The document each master table holds. */
export interface DokumenMaster {
	unit: Unit;
	'jenis-layanan': JenisLayanan;
	populasi: Populasi;
	indikator: Indikator;
}

const SKEMA_MASTER: { readonly [J in JenisMaster]: z.ZodType<DokumenMaster[J]> } = {
	unit: unitSchema,
	'jenis-layanan': jenisLayananSchema,
	populasi: populasiSchema,
	indikator: indikatorSchema
};

/** The zod schema of a master table's documents. */
export function skemaMaster<J extends JenisMaster>(jenis: J): z.ZodType<DokumenMaster[J]> {
	return SKEMA_MASTER[jenis];
}

/** What the device holds that the rows are checked against. */
export interface AcuanMaster<T> {
	unitIds: ReadonlySet<string>;
	periodeIds: ReadonlySet<string>;
	tahun: ReadonlySet<number>;
	/** The stored documents of the table being imported. */
	tersimpan: readonly T[];
}
