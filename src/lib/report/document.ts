/**
 * A report as a list of blocks, independent of the page: the PDF layout (pdf-tata.ts) places them
 * on A4 pages, breaking tables and charts across pages.
 */

/** RGB, each 0–1. */
export type Color = readonly [number, number, number];

const hex = (h: string): Color => [
	parseInt(h.slice(1, 3), 16) / 255,
	parseInt(h.slice(3, 5), 16) / 255,
	parseInt(h.slice(5, 7), 16) / 255
];

/** The app's own colours (app.css), so a printed report looks like the screen. */
export const COLORS = {
	hitam: hex('#1a1f24'),
	redup: hex('#4f5b66'),
	garis: hex('#d5dce1'),
	latar: hex('#eef2f4'),
	utama: hex('#0b4f6c'),
	hijau: hex('#1b6e3a'),
	kuning: hex('#c99400'),
	merah: hex('#a4161a')
} as const;

export interface PdfColumn {
	judul: string;
	/** Relative width; the columns share the page width in these proportions. */
	lebar: number;
	kanan?: boolean;
}

export interface PdfRow {
	sel: readonly string[];
	tebal?: boolean;
}

export interface Bar {
	label: string;
	/** null draws no bar (no value). */
	nilai: number | null;
	/** The value as printed at the end of the bar. */
	teks: string;
	warna: Color;
}

export type Block =
	| {
			jenis: 'judul';
			teks: string;
			tingkat: 1 | 2 | 3;
			halamanBaru?: boolean;
			tengah?: boolean;
			/** Points, instead of the level's size (a poster's large title). */
			ukuran?: number;
	  }
	| {
			jenis: 'paragraf';
			teks: string;
			kecil?: boolean;
			tebal?: boolean;
			warna?: Color;
			tengah?: boolean;
			ukuran?: number;
	  }
	| { jenis: 'daftar'; butir: readonly string[]; bernomor?: boolean }
	| { jenis: 'tabel'; kolom: readonly PdfColumn[]; baris: readonly PdfRow[] }
	| {
			jenis: 'grafik';
			/** The value at the right end of the bars' track. */
			maks: number;
			/** Reference lines across the bars, e.g. zone or grade bounds. */
			garis: readonly { nilai: number; label: string }[];
			batang: readonly Bar[];
	  }
	| { jenis: 'qr'; modul: readonly (readonly boolean[])[]; sisi: number }
	| { jenis: 'jarak'; tinggi: number };
