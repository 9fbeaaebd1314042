/** Report tables as PDF blocks: typed cells printed in the reader's language, numbers right. */
import type { Locale } from '$lib/domain/format';
import type { Block } from './document';
import { cellText, type Cell } from './cell';

const numberCell = (cell: Cell | undefined) =>
	cell != null && typeof cell !== 'string' && ('angka' in cell || 'tanggal' in cell);

/**
 * A table block; `lebar` are the relative column widths. A column holding numbers or dates is
 * right-aligned. `tebalTerakhir` prints the last row bold (a total).
 */
export function tableBlock(
	kolom: readonly string[],
	baris: readonly (readonly Cell[])[],
	width: readonly number[],
	locale: Locale,
	tebalTerakhir = false
): Block {
	return {
		jenis: 'tabel',
		kolom: kolom.map((title, i) => ({
			judul: title,
			lebar: width[i] ?? 1,
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
	title: readonly [string, string],
	locale: Locale
): Block {
	return {
		jenis: 'tabel',
		kolom: [
			{ judul: title[0], lebar: 2 },
			{ judul: title[1], lebar: 3 }
		],
		baris: pasangan.map(([label, value]) => ({ sel: [label, cellText(value, locale)] }))
	};
}
