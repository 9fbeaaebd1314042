import { csvExport } from '../table/csv-export';
import type { MasterCell } from './cells';
import { exampleForDevice, type DeviceContent } from './example';
import type { MasterDocument, MasterKind } from '$lib/domain/master';
import { formatMaster } from './kinds';
import { MIME_XLSX, writeXlsx } from '../table/xlsx-write';

/**
 * Templates and exports of the master tables as CSV and XLSX files, built on the device. CSV
 * follows the app's one CSV rule (../table/csv-export.ts); XLSX keeps numbers as number cells.
 */

export interface MasterFile {
	nama: string;
	mime: string;
	isi: Uint8Array;
}

export const MIME_CSV = 'text/csv;charset=utf-8';

/** Rows of an export in the format's order. */
export function exportRows<J extends MasterKind>(
	kind: J,
	docs: readonly MasterDocument[J][]
): MasterCell[][] {
	const f = formatMaster(kind);
	return [...docs].sort(f.urut).map(f.tulis);
}

function toFile(
	baseName: string,
	kind: string,
	column: readonly string[],
	rows: readonly (readonly MasterCell[])[],
	ext: 'csv' | 'xlsx'
): MasterFile {
	const name = `${baseName}.${ext}`;
	if (ext === 'csv') {
		return { nama: name, mime: MIME_CSV, isi: new TextEncoder().encode(csvExport(column, rows)) };
	}
	return { nama: name, mime: MIME_XLSX, isi: writeXlsx({ nama: kind, header: column, rows }) };
}

/**
 * The header row and one example row: the generic one, or one naming what `perangkat` holds (see
 * exampleForDevice), so the template imports as it is downloaded.
 */
export function template(
	kind: MasterKind,
	ext: 'csv' | 'xlsx',
	perangkat?: DeviceContent
): MasterFile {
	const f = formatMaster(kind);
	const contoh = perangkat ? exampleForDevice(kind, perangkat) : f.contoh;
	return toFile(`rapor-templat-${kind}`, kind, f.kolom, [contoh], ext);
}

/** The stored documents in the import format; `tanggal` (YYYY-MM-DD) goes in the file name. */
export function exportMaster<J extends MasterKind>(
	kind: J,
	docs: readonly MasterDocument[J][],
	ext: 'csv' | 'xlsx',
	date: string
): MasterFile {
	const f = formatMaster(kind);
	return toFile(`rapor-${kind}-${date}`, kind, f.kolom, exportRows(kind, docs), ext);
}
