import type { z } from 'zod';
import { indikatorSchema, jenisLayananSchema, populasiSchema, unitSchema } from '../domain/schemas';
import type { FormatMaster, JenisMaster } from './master-format';
import { FORMAT_INDIKATOR } from './master-indikator';
import { FORMAT_JENIS_LAYANAN } from './master-jenis-layanan';
import { FORMAT_POPULASI } from './master-populasi';
import { FORMAT_UNIT } from './master-unit';

/** The four master tables: file format and document schema of each. */
export const FORMAT_MASTER = {
	unit: FORMAT_UNIT,
	'jenis-layanan': FORMAT_JENIS_LAYANAN,
	populasi: FORMAT_POPULASI,
	indikator: FORMAT_INDIKATOR
} as const;

export type DokumenMaster = {
	[J in JenisMaster]: (typeof FORMAT_MASTER)[J] extends FormatMaster<infer T, string> ? T : never;
};

const SKEMA_MASTER = {
	unit: unitSchema,
	'jenis-layanan': jenisLayananSchema,
	populasi: populasiSchema,
	indikator: indikatorSchema
} as const;

export function formatMaster<J extends JenisMaster>(jenis: J): FormatMaster<DokumenMaster[J]> {
	return FORMAT_MASTER[jenis] as unknown as FormatMaster<DokumenMaster[J]>;
}

export function skemaMaster<J extends JenisMaster>(jenis: J): z.ZodType<DokumenMaster[J]> {
	return SKEMA_MASTER[jenis] as unknown as z.ZodType<DokumenMaster[J]>;
}
