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
	jenis: J,
	docs: readonly MasterDocument[J][]
): MasterCell[][] {
	const f = formatMaster(jenis);
	return [...docs].sort(f.urut).map(f.tulis);
}

function toFile(
	namaDasar: string,
	jenis: string,
	kolom: readonly string[],
	rows: readonly (readonly MasterCell[])[],
	ext: 'csv' | 'xlsx'
): MasterFile {
	const nama = `${namaDasar}.${ext}`;
	if (ext === 'csv') {
		return { nama, mime: MIME_CSV, isi: new TextEncoder().encode(csvExport(kolom, rows)) };
	}
	return { nama, mime: MIME_XLSX, isi: writeXlsx({ nama: jenis, header: kolom, rows }) };
}

/**
 * The header row and one example row: the generic one, or one naming what `perangkat` holds (see
 * exampleForDevice), so the template imports as it is downloaded.
 */
export function template(
	jenis: MasterKind,
	ext: 'csv' | 'xlsx',
	perangkat?: DeviceContent
): MasterFile {
	const f = formatMaster(jenis);
	const contoh = perangkat ? exampleForDevice(jenis, perangkat) : f.contoh;
	return toFile(`rapor-templat-${jenis}`, jenis, f.kolom, [contoh], ext);
}

/** The stored documents in the import format; `tanggal` (YYYY-MM-DD) goes in the file name. */
export function exportMaster<J extends MasterKind>(
	jenis: J,
	docs: readonly MasterDocument[J][],
	ext: 'csv' | 'xlsx',
	tanggal: string
): MasterFile {
	const f = formatMaster(jenis);
	return toFile(`rapor-${jenis}-${tanggal}`, jenis, f.kolom, exportRows(jenis, docs), ext);
}
