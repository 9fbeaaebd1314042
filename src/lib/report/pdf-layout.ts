/**
 * Places report blocks on A4 pages: wrapped text, tables that continue on the next page with their
 * header repeated, horizontal bar charts drawn from rectangles, QR codes as module squares, and a
 * footer with the page number on every page.
 */
import { COLORS, type Bar, type Block, type Color } from './document';
import { A4, writePdf, type PageSize } from './pdf-file';
import { cidFontObject } from './pdf-cid';
import { wrap, Printer, truncate, type Font } from './pdf-font';
import type { TtfFont } from './ttf';

const MARGIN = { kiri: 42, kanan: 42, atas: 48, bawah: 54 } as const;
const WIDTH = A4.lebar - MARGIN.kiri - MARGIN.kanan;
const SPACING = 1.3;
const SIZE = { teks: 9.5, kecil: 8, tabel: 8.5, grafik: 8, kaki: 7.5 } as const;
const TITLE = { 1: 16, 2: 12.5, 3: 10.5 } as const;
const PAD = 3;
const PAGE_HEIGHT = A4.tinggi - MARGIN.atas - MARGIN.bawah;
/** Tables up to this height move to the next page whole rather than split. */
const KEEP_WHOLE = PAGE_HEIGHT / 3;

const pdfNumber = (x: number) => String(Math.round(x * 100) / 100);
const rgb = (w: Color) => w.map((c) => pdfNumber(c)).join(' ');
/** Stroke width of bold drawn with the regular embedded font, per point of type size. */
const SYNTHETIC_BOLD = 0.035;
/** Distance from the top of a line to its baseline. */
const moveDown = (size: number) => size * 0.95;

export interface PdfOptions {
	/** The report's title: the document title and the left of every footer. */
	judul: string;
	/** The right of every footer, e.g. "Page 2 dari 9". */
	kaki: (halaman: number, jumlah: number) => string;
	/** ISO date-time with offset, for the document's creation date. */
	dibuat: string;
	/** The Unicode font for text the standard fonts lack; without it such text shows "?". */
	font?: TtfFont;
	/** A3 prints the A4 layout scaled up; A4 when not given. */
	ukuran?: PageSize;
}

class Layouter {
	readonly halaman: string[][] = [];
	private ops: string[] = [];
	/** The top of the free space on the current page. */
	y = 0;
	readonly terukur = new WeakMap<Block, MeasuredTable>();

	constructor(readonly cetak: Printer) {
		this.baru();
	}

	/** Text-showing operators for prepared text at a baseline. */
	opsTeks(x: number, baseline: number, teks: string, huruf: Font, size: number, color: Color) {
		const { font, hex } = this.cetak.tampil(teks, huruf);
		const position = `${rgb(color)} rg ${pdfNumber(x)} ${pdfNumber(baseline)} Td ${hex} Tj`;
		if (font !== 'F3' || huruf !== 'tebal')
			return `BT /${font} ${pdfNumber(size)} Tf ${position} ET`;
		// The embedded font has no bold: its outline is stroked too, in the text's colour.
		const w = pdfNumber(size * SYNTHETIC_BOLD);
		return `q BT /F3 ${pdfNumber(size)} Tf 2 Tr ${w} w ${rgb(color)} RG ${position} ET Q`;
	}

	baru(): void {
		this.ops = [];
		this.halaman.push(this.ops);
		this.y = A4.tinggi - MARGIN.atas;
	}

	get kosong(): boolean {
		return this.y === A4.tinggi - MARGIN.atas;
	}

	sisa(): number {
		return this.y - MARGIN.bawah;
	}

	/** Starts a new page unless `tinggi` points still fit (or the page is still empty). */
	pastikan(height: number): void {
		if (height > this.sisa() && !this.kosong) this.baru();
	}

	teks(x: number, baseline: number, text: string, font: Font, size: number, color: Color) {
		if (text === '') return;
		this.ops.push(this.opsTeks(x, baseline, text, font, size, color));
	}

	lebar(text: string, font: Font, size: number): number {
		return this.cetak.lebar(text, font, size);
	}

	/** Text as printed, wrapped into lines of at most `maks` points. */
	bungkus(text: string, font: Font, size: number, max: number): string[] {
		return wrap(this.cetak, this.cetak.siapkan(text), font, size, max);
	}

	kotak(x: number, y: number, w: number, h: number, color: Color): void {
		this.isi([[x, y, w, h]], color);
	}

	/** Rectangles [x, y, w, h] filled as one path. */
	isi(box: readonly (readonly [number, number, number, number])[], color: Color): void {
		const re = box.map((k) => `${k.map(pdfNumber).join(' ')} re`).join(' ');
		this.ops.push(`${rgb(color)} rg ${re} f`);
	}

	garis(x1: number, y1: number, x2: number, y2: number, color: Color, putus = false): void {
		const dash = putus ? '[2 2] 0 d ' : '';
		const reset = putus ? ' [] 0 d' : '';
		this.ops.push(
			`${dash}${rgb(color)} RG 0.5 w ${pdfNumber(x1)} ${pdfNumber(y1)} m ${pdfNumber(x2)} ${pdfNumber(y2)} l S${reset}`
		);
	}

	/**
	 * Wrapped lines from the cursor down, breaking pages between lines; `x` null centres each
	 * line on the page.
	 */
	baris(
		lines: readonly string[],
		x: number | null,
		font: Font,
		size: number,
		color: Color,
		awalan?: string
	) {
		const height = size * SPACING;
		lines.forEach((line, i) => {
			if (height > this.sisa()) this.baru();
			const baseline = this.y - moveDown(size);
			if (i === 0 && awalan) this.teks(MARGIN.kiri, baseline, awalan, font, size, color);
			const left = x ?? MARGIN.kiri + (WIDTH - this.lebar(line, font, size)) / 2;
			this.teks(left, baseline, line, font, size, color);
			this.y -= height;
		});
	}
}

function layoutTitle(p: Layouter, blok: Extract<Block, { jenis: 'judul' }>, berikut?: Block): void {
	if (blok.halamanBaru && !p.kosong) p.baru();
	const size = blok.ukuran ?? TITLE[blok.tingkat];
	const lines = p.bungkus(blok.teks, 'tebal', size, WIDTH);
	const height = lines.length * size * SPACING;
	if (!p.kosong) p.y -= blok.tingkat === 3 ? 4 : 8;
	// A heading never ends a page alone: it goes with the start of what follows it.
	p.pastikan(height + 8 + (berikut ? initialHeight(p, berikut) : 0));
	const color = blok.tingkat === 3 ? COLORS.hitam : COLORS.utama;
	p.baris(lines, blok.tengah ? null : MARGIN.kiri, 'tebal', size, color);
	if (blok.tingkat === 1) {
		p.garis(MARGIN.kiri, p.y + 2, MARGIN.kiri + WIDTH, p.y + 2, COLORS.utama);
		p.y -= 6;
	} else p.y -= 2;
}

function layoutParagraph(p: Layouter, blok: Extract<Block, { jenis: 'paragraf' }>): void {
	const size = blok.ukuran ?? (blok.kecil ? SIZE.kecil : SIZE.teks);
	const font: Font = blok.tebal ? 'tebal' : 'biasa';
	const lines = p.bungkus(blok.teks, font, size, WIDTH);
	p.baris(lines, blok.tengah ? null : MARGIN.kiri, font, size, blok.warna ?? COLORS.hitam);
	p.y -= 4;
}

function layoutBulletList(p: Layouter, blok: Extract<Block, { jenis: 'daftar' }>): void {
	const indent = 16;
	blok.butir.forEach((butir, i) => {
		const awalan = blok.bernomor ? `${i + 1}.` : '\u2022';
		const lines = p.bungkus(butir, 'biasa', SIZE.teks, WIDTH - indent);
		p.baris(lines, MARGIN.kiri + indent, 'biasa', SIZE.teks, COLORS.hitam, awalan);
		p.y -= 1.5;
	});
	p.y -= 3;
}

interface MeasuredRow {
	/** Lines of each cell. */
	isi: string[][];
	tinggi: number;
	tebal: boolean;
}

interface MeasuredTable {
	lebar: number[];
	xKiri: number[];
	kepala: MeasuredRow;
	rows: MeasuredRow[];
	total: number;
}

const ROW_HEIGHT = SIZE.tabel * SPACING;

/** Column widths and every row wrapped, measured once per table. */
function measureTable(p: Layouter, blok: Extract<Block, { jenis: 'tabel' }>): MeasuredTable {
	const ada = p.terukur.get(blok);
	if (ada) return ada;
	const count = blok.kolom.reduce((s, k) => s + k.lebar, 0);
	const width = blok.kolom.map((k) => (k.lebar / count) * WIDTH);
	const xKiri = width.map((_, i) => MARGIN.kiri + width.slice(0, i).reduce((s, w) => s + w, 0));
	const maxRow = Math.floor((PAGE_HEIGHT - 4 * ROW_HEIGHT) / ROW_HEIGHT);
	const ukur = (cell: readonly string[], tebal: boolean): MeasuredRow => {
		const font: Font = tebal ? 'tebal' : 'biasa';
		const content = width.map((w, i) => p.bungkus(cell[i] ?? '', font, SIZE.tabel, w - 2 * PAD));
		// A row taller than a page keeps what fits (never happens with the app's own limits).
		const n = Math.min(Math.max(...content.map((l) => l.length)), maxRow);
		return { isi: content.map((l) => l.slice(0, n)), tinggi: n * ROW_HEIGHT + 2 * PAD, tebal };
	};
	const kepala = ukur(
		blok.kolom.map((k) => k.judul),
		true
	);
	const rows = blok.baris.map((b) => ukur(b.sel, b.tebal === true));
	const total = kepala.tinggi + rows.reduce((s, r) => s + r.tinggi, 0);
	const result = { lebar: width, xKiri, kepala, rows, total };
	p.terukur.set(blok, result);
	return result;
}

function layoutTable(p: Layouter, blok: Extract<Block, { jenis: 'tabel' }>): void {
	const { lebar: width, xKiri, kepala, rows } = measureTable(p, blok);
	const image = (row: MeasuredRow) => {
		const font: Font = row.tebal ? 'tebal' : 'biasa';
		row.isi.forEach((lines, i) => {
			lines.forEach((line, j) => {
				const baseline = p.y - PAD - j * ROW_HEIGHT - moveDown(SIZE.tabel);
				const x = blok.kolom[i]!.kanan
					? xKiri[i]! + width[i]! - PAD - p.lebar(line, font, SIZE.tabel)
					: xKiri[i]! + PAD;
				p.teks(x, baseline, line, font, SIZE.tabel, COLORS.hitam);
			});
		});
		p.y -= row.tinggi;
		p.garis(MARGIN.kiri, p.y, MARGIN.kiri + WIDTH, p.y, COLORS.garis);
	};
	const kepalaTabel = () => {
		p.kotak(MARGIN.kiri, p.y - kepala.tinggi, WIDTH, kepala.tinggi, COLORS.latar);
		image(kepala);
	};

	p.pastikan(initialHeight(p, blok));
	kepalaTabel();
	for (const row of rows) {
		if (row.tinggi > p.sisa()) {
			p.baru();
			kepalaTabel();
		}
		image(row);
	}
	p.y -= 8;
}

const CHART = { baris: 12.5, batang: 7.5, sumbu: 11, nilai: 58, jarak: 6 } as const;

function layoutChart(p: Layouter, blok: Extract<Block, { jenis: 'grafik' }>): void {
	const lebarLabel = WIDTH * 0.36;
	const x0 = MARGIN.kiri + lebarLabel + CHART.jarak;
	const lebarBatang = WIDTH - lebarLabel - CHART.nilai - 2 * CHART.jarak;
	const xDari = (v: number) => x0 + (Math.min(Math.max(v, 0), blok.maks) / blok.maks) * lebarBatang;
	const size = SIZE.grafik;

	const oneRow = (b: Bar) => {
		const middle = p.y - CHART.baris / 2;
		const label = truncate(p.cetak, p.cetak.siapkan(b.label), 'biasa', size, lebarLabel);
		p.teks(MARGIN.kiri, middle - size * 0.35, label, 'biasa', size, COLORS.hitam);
		p.kotak(x0, middle - CHART.batang / 2, lebarBatang, CHART.batang, COLORS.latar);
		if (b.nilai !== null && b.nilai > 0) {
			p.kotak(x0, middle - CHART.batang / 2, xDari(b.nilai) - x0, CHART.batang, b.warna);
		}
		const value = p.cetak.siapkan(b.teks);
		const w = p.lebar(value, 'tebal', size);
		p.teks(MARGIN.kiri + WIDTH - w, middle - size * 0.35, value, 'tebal', size, COLORS.hitam);
		p.y -= CHART.baris;
	};

	let i = 0;
	while (i < blok.batang.length) {
		p.pastikan(i === 0 ? initialHeight(p, blok) : CHART.sumbu + CHART.baris);
		// Reference values on top of each part of the chart, their lines across its bars.
		for (const g of blok.garis) {
			const label = p.cetak.siapkan(g.label);
			const w = p.lebar(label, 'biasa', SIZE.kaki);
			p.teks(xDari(g.nilai) - w / 2, p.y - SIZE.kaki, label, 'biasa', SIZE.kaki, COLORS.redup);
		}
		p.y -= CHART.sumbu;
		const atas = p.y;
		while (i < blok.batang.length && p.sisa() >= CHART.baris) oneRow(blok.batang[i++]!);
		for (const g of blok.garis)
			p.garis(xDari(g.nilai), atas, xDari(g.nilai), p.y, COLORS.redup, true);
		if (i < blok.batang.length) p.baru();
	}
	p.y -= 8;
}

/** Quiet zone of a QR code: four modules on every side (ISO/IEC 18004). */
const QR_MARGIN = 4;

function qr(p: Layouter, blok: Extract<Block, { jenis: 'qr' }>): void {
	const n = blok.modul.length;
	const m = blok.sisi / (n + 2 * QR_MARGIN);
	p.pastikan(blok.sisi);
	const x0 = MARGIN.kiri + (WIDTH - blok.sisi) / 2 + QR_MARGIN * m;
	const y0 = p.y - QR_MARGIN * m;
	const box: [number, number, number, number][] = [];
	blok.modul.forEach((row, r) => {
		// Runs of dark modules as one rectangle each.
		let c = 0;
		while (c < n) {
			if (!row[c]) {
				c++;
				continue;
			}
			const start = c;
			while (c < n && row[c]) c++;
			box.push([x0 + start * m, y0 - (r + 1) * m, (c - start) * m, m]);
		}
	});
	// One filled path, so neighbouring modules print without hairline seams between them.
	p.isi(box, [0, 0, 0]);
	p.y -= blok.sisi + 4;
}

/** The height a block needs on the page it starts on. */
function initialHeight(p: Layouter, blok: Block): number {
	switch (blok.jenis) {
		case 'tabel': {
			const t = measureTable(p, blok);
			return t.total <= KEEP_WHOLE ? t.total : t.kepala.tinggi + (t.rows[0]?.tinggi ?? 0);
		}
		case 'grafik': {
			const total = CHART.sumbu + blok.batang.length * CHART.baris;
			return total <= PAGE_HEIGHT ? total : CHART.sumbu + 3 * CHART.baris;
		}
		case 'qr':
			return blok.sisi;
		case 'paragraf':
		case 'daftar':
			return 2 * SIZE.teks * SPACING;
		case 'judul':
			return (blok.ukuran ?? TITLE[blok.tingkat]) * SPACING;
		case 'jarak':
			return 0;
	}
}

function layoutFooter(p: Layouter, opsi: PdfOptions): void {
	const count = p.halaman.length;
	const judulKaki = truncate(p.cetak, p.cetak.siapkan(opsi.judul), 'biasa', SIZE.kaki, WIDTH * 0.7);
	p.halaman.forEach((ops, i) => {
		const y = MARGIN.bawah - 22;
		const right = p.cetak.siapkan(opsi.kaki(i + 1, count));
		const w = p.lebar(right, 'biasa', SIZE.kaki);
		const text = (x: number, s: string) => p.opsTeks(x, y, s, 'biasa', SIZE.kaki, COLORS.redup);
		ops.push(
			`${rgb(COLORS.garis)} RG 0.5 w ${MARGIN.kiri} ${y + 10} m ${pdfNumber(MARGIN.kiri + WIDTH)} ${y + 10} l S`,
			text(MARGIN.kiri, judulKaki),
			text(MARGIN.kiri + WIDTH - w, right)
		);
	});
}

/** The content stream of every page, printed with `cetak`. */
export function layoutPages(blok: readonly Block[], opsi: PdfOptions, cetak: Printer): string[] {
	const p = new Layouter(cetak);
	blok.forEach((b, i) => {
		switch (b.jenis) {
			case 'judul':
				layoutTitle(p, b, blok[i + 1]);
				break;
			case 'paragraf':
				layoutParagraph(p, b);
				break;
			case 'daftar':
				layoutBulletList(p, b);
				break;
			case 'tabel':
				layoutTable(p, b);
				break;
			case 'grafik':
				layoutChart(p, b);
				break;
			case 'qr':
				qr(p, b);
				break;
			case 'jarak':
				p.y = Math.max(MARGIN.bawah, p.y - b.tinggi);
				break;
		}
	});
	layoutFooter(p, opsi);
	return p.halaman.map((ops) => ops.join('\n'));
}

/** Every text a document prints, for counting what no font of it can print. */
function allText(blok: readonly Block[]): string[] {
	return blok.flatMap((b): string[] => {
		switch (b.jenis) {
			case 'judul':
			case 'paragraf':
				return [b.teks];
			case 'daftar':
				return [...b.butir];
			case 'tabel':
				return [...b.kolom.map((k) => k.judul), ...b.baris.flatMap((r) => r.sel)];
			case 'grafik':
				return [...b.garis.map((g) => g.label), ...b.batang.flatMap((t) => [t.label, t.teks])];
			case 'qr':
			case 'jarak':
				return [];
		}
	});
}

/**
 * The PDF file. `catatan(n, pengganti)` words the note placed under the first heading when `n`
 * characters could not be printed and show `pengganti` instead.
 */
export function createPdf(
	blok: readonly Block[],
	opsi: PdfOptions,
	catatan?: (n: number, pengganti: string) => string
): Uint8Array {
	const cetak = new Printer(opsi.font);
	const n = allText(blok).reduce((s, t) => s + cetak.takTercetak(t), 0);
	let content = blok;
	if (n > 0 && catatan) {
		const i = blok.findIndex((b) => b.jenis === 'judul') + 1;
		const message: Block = {
			jenis: 'paragraf',
			kecil: true,
			warna: COLORS.merah,
			teks: catatan(n, cetak.pengganti)
		};
		content = [...blok.slice(0, i), message, ...blok.slice(i)];
	}
	const page = layoutPages(content, opsi, cetak);
	const font = opsi.font;
	const objek =
		font && cetak.dipakai.size > 0
			? (ref: (i: number) => string) => cidFontObject(font, cetak.dipakai, ref)
			: undefined;
	return writePdf(page, { judul: opsi.judul, dibuat: opsi.dibuat, ukuran: opsi.ukuran }, objek);
}
