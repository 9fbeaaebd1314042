/** Report tables as PDF blocks: typed cells printed in the reader's language, numbers right. */
import type { Locale } from '$lib/domain/format';
import type { Block } from './document';
import { cellText, type Cell } from './cell';

const numberCell = (sel: Cell | undefined) =>
	sel != null && typeof sel !== 'string' && ('angka' in sel || 'tanggal' in sel);

/**
 * A table block; `lebar` are the relative column widths. A column holding numbers or dates is
 * right-aligned. `tebalTerakhir` prints the last row bold (a total).
 */
export function tableBlock(
	kolom: readonly string[],
	baris: readonly (readonly Cell[])[],
	lebar: readonly number[],
	locale: Locale,
	tebalTerakhir = false
): Block {
	return {
		jenis: 'tabel',
		kolom: kolom.map((judul, i) => ({
			judul,
			lebar: lebar[i] ?? 1,
			kanan: baris.some((b) => numberCell(b[i]))
		})),
		baris: baris.map((b, i) => ({
			sel: b.map((s) => cellText(s, locale)),
			tebal: tebalTerakhir && i === baris.length - 1
		}))
	};
}

/** Label–value pairs as a two-column table, values left-aligned like the labels. */
export function summaryBlock(
	pasangan: readonly (readonly [string, Cell])[],
	judul: readonly [string, string],
	locale: Locale
): Block {
	return {
		jenis: 'tabel',
		kolom: [
			{ judul: judul[0], lebar: 2 },
			{ judul: judul[1], lebar: 3 }
		],
		baris: pasangan.map(([label, nilai]) => ({ sel: [label, cellText(nilai, locale)] }))
	};
}
