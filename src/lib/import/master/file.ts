import { csvEkspor } from '../table/csv-export';
import type { SelMaster } from './cells';
import { contohUntukPerangkat, type IsiPerangkat } from './example';
import type { DokumenMaster, JenisMaster } from '../../domain/master';
import { formatMaster } from './kinds';
import { MIME_XLSX, tulisXlsx } from '../table/xlsx-write';

/**
 * Templates and exports of the master tables as CSV and XLSX files, built on the device. CSV
 * follows the app's one CSV rule (../table/csv-export.ts); XLSX keeps numbers as number cells.
 */

export interface BerkasMaster {
	nama: string;
	mime: string;
	isi: Uint8Array;
}

export const MIME_CSV = 'text/csv;charset=utf-8';

/** Rows of an export in the format's order. */
export function barisEkspor<J extends JenisMaster>(
	jenis: J,
	docs: readonly DokumenMaster[J][]
): SelMaster[][] {
	const f = formatMaster(jenis);
	return [...docs].sort(f.urut).map(f.tulis);
}

function berkas(
	namaDasar: string,
	jenis: string,
	kolom: readonly string[],
	rows: readonly (readonly SelMaster[])[],
	ext: 'csv' | 'xlsx'
): BerkasMaster {
	const nama = `${namaDasar}.${ext}`;
	if (ext === 'csv') {
		return { nama, mime: MIME_CSV, isi: new TextEncoder().encode(csvEkspor(kolom, rows)) };
	}
	return { nama, mime: MIME_XLSX, isi: tulisXlsx({ nama: jenis, header: kolom, rows }) };
}

/**
 * The header row and one example row: the generic one, or one naming what `perangkat` holds (see
 * contohUntukPerangkat), so the template imports as it is downloaded.
 */
export function templat(
	jenis: JenisMaster,
	ext: 'csv' | 'xlsx',
	perangkat?: IsiPerangkat
): BerkasMaster {
	const f = formatMaster(jenis);
	const contoh = perangkat ? contohUntukPerangkat(jenis, perangkat) : f.contoh;
	return berkas(`rapor-templat-${jenis}`, jenis, f.kolom, [contoh], ext);
}

/** The stored documents in the import format; `tanggal` (YYYY-MM-DD) goes in the file name. */
export function ekspor<J extends JenisMaster>(
	jenis: J,
	docs: readonly DokumenMaster[J][],
	ext: 'csv' | 'xlsx',
	tanggal: string
): BerkasMaster {
	const f = formatMaster(jenis);
	return berkas(`rapor-${jenis}-${tanggal}`, jenis, f.kolom, barisEkspor(jenis, docs), ext);
}
