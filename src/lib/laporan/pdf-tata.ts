/**
 * Places report blocks on A4 pages: wrapped text, tables that continue on the next page with their
 * header repeated, horizontal bar charts drawn from rectangles, QR codes as module squares, and a
 * footer with the page number on every page.
 */
import { WARNA, type Batang, type Blok, type Warna } from './dokumen';
import { A4, tulisPdf } from './pdf-berkas';
import { objekFontCid } from './pdf-cid';
import { bungkus, Cetak, potong, type Huruf } from './pdf-huruf';
import type { FontTtf } from './ttf';

const TEPI = { kiri: 42, kanan: 42, atas: 48, bawah: 54 } as const;
const LEBAR = A4.lebar - TEPI.kiri - TEPI.kanan;
const SPASI = 1.3;
const UKURAN = { teks: 9.5, kecil: 8, tabel: 8.5, grafik: 8, kaki: 7.5 } as const;
const JUDUL = { 1: 16, 2: 12.5, 3: 10.5 } as const;
const PAD = 3;
const TINGGI_HALAMAN = A4.tinggi - TEPI.atas - TEPI.bawah;
/** Tables up to this height move to the next page whole rather than split. */
const UTUH = TINGGI_HALAMAN / 3;

const angka = (x: number) => String(Math.round(x * 100) / 100);
const rgb = (w: Warna) => w.map((c) => angka(c)).join(' ');
/** Stroke width of bold drawn with the regular embedded font, per point of type size. */
const TEBAL_SINTETIS = 0.035;
/** Distance from the top of a line to its baseline. */
const turun = (ukuran: number) => ukuran * 0.95;

export interface OpsiPdf {
	/** The report's title: the document title and the left of every footer. */
	judul: string;
	/** The right of every footer, e.g. "Halaman 2 dari 9". */
	kaki: (halaman: number, jumlah: number) => string;
	/** ISO date-time with offset, for the document's creation date. */
	dibuat: string;
	/** The Unicode font for text the standard fonts lack; without it such text shows "?". */
	font?: FontTtf;
}

class Penata {
	readonly halaman: string[][] = [];
	private ops: string[] = [];
	/** The top of the free space on the current page. */
	y = 0;
	readonly terukur = new WeakMap<Blok, TabelTerukur>();

	constructor(readonly cetak: Cetak) {
		this.baru();
	}

	/** Text-showing operators for prepared text at a baseline. */
	opsTeks(x: number, baseline: number, teks: string, huruf: Huruf, ukuran: number, warna: Warna) {
		const { font, hex } = this.cetak.tampil(teks, huruf);
		const posisi = `${rgb(warna)} rg ${angka(x)} ${angka(baseline)} Td ${hex} Tj`;
		if (font !== 'F3' || huruf !== 'tebal') return `BT /${font} ${angka(ukuran)} Tf ${posisi} ET`;
		// The embedded font has no bold: its outline is stroked too, in the text's colour.
		const w = angka(ukuran * TEBAL_SINTETIS);
		return `q BT /F3 ${angka(ukuran)} Tf 2 Tr ${w} w ${rgb(warna)} RG ${posisi} ET Q`;
	}

	baru(): void {
		this.ops = [];
		this.halaman.push(this.ops);
		this.y = A4.tinggi - TEPI.atas;
	}

	get kosong(): boolean {
		return this.y === A4.tinggi - TEPI.atas;
	}

	sisa(): number {
		return this.y - TEPI.bawah;
	}

	/** Starts a new page unless `tinggi` points still fit (or the page is still empty). */
	pastikan(tinggi: number): void {
		if (tinggi > this.sisa() && !this.kosong) this.baru();
	}

	teks(x: number, baseline: number, teks: string, huruf: Huruf, ukuran: number, warna: Warna) {
		if (teks === '') return;
		this.ops.push(this.opsTeks(x, baseline, teks, huruf, ukuran, warna));
	}

	lebar(teks: string, huruf: Huruf, ukuran: number): number {
		return this.cetak.lebar(teks, huruf, ukuran);
	}

	/** Text as printed, wrapped into lines of at most `maks` points. */
	bungkus(teks: string, huruf: Huruf, ukuran: number, maks: number): string[] {
		return bungkus(this.cetak, this.cetak.siapkan(teks), huruf, ukuran, maks);
	}

	kotak(x: number, y: number, w: number, h: number, warna: Warna): void {
		this.isi([[x, y, w, h]], warna);
	}

	/** Rectangles [x, y, w, h] filled as one path. */
	isi(kotak: readonly (readonly [number, number, number, number])[], warna: Warna): void {
		const re = kotak.map((k) => `${k.map(angka).join(' ')} re`).join(' ');
		this.ops.push(`${rgb(warna)} rg ${re} f`);
	}

	garis(x1: number, y1: number, x2: number, y2: number, warna: Warna, putus = false): void {
		const dash = putus ? '[2 2] 0 d ' : '';
		const reset = putus ? ' [] 0 d' : '';
		this.ops.push(
			`${dash}${rgb(warna)} RG 0.5 w ${angka(x1)} ${angka(y1)} m ${angka(x2)} ${angka(y2)} l S${reset}`
		);
	}

	/**
	 * Wrapped lines from the cursor down, breaking pages between lines; `x` null centres each
	 * line on the page.
	 */
	baris(
		lines: readonly string[],
		x: number | null,
		huruf: Huruf,
		ukuran: number,
		warna: Warna,
		awalan?: string
	) {
		const tinggi = ukuran * SPASI;
		lines.forEach((line, i) => {
			if (tinggi > this.sisa()) this.baru();
			const baseline = this.y - turun(ukuran);
			if (i === 0 && awalan) this.teks(TEPI.kiri, baseline, awalan, huruf, ukuran, warna);
			const kiri = x ?? TEPI.kiri + (LEBAR - this.lebar(line, huruf, ukuran)) / 2;
			this.teks(kiri, baseline, line, huruf, ukuran, warna);
			this.y -= tinggi;
		});
	}
}

function judul(p: Penata, blok: Extract<Blok, { jenis: 'judul' }>, berikut?: Blok): void {
	if (blok.halamanBaru && !p.kosong) p.baru();
	const ukuran = blok.ukuran ?? JUDUL[blok.tingkat];
	const lines = p.bungkus(blok.teks, 'tebal', ukuran, LEBAR);
	const tinggi = lines.length * ukuran * SPASI;
	if (!p.kosong) p.y -= blok.tingkat === 3 ? 4 : 8;
	// A heading never ends a page alone: it goes with the start of what follows it.
	p.pastikan(tinggi + 8 + (berikut ? tinggiAwal(p, berikut) : 0));
	const warna = blok.tingkat === 3 ? WARNA.hitam : WARNA.utama;
	p.baris(lines, blok.tengah ? null : TEPI.kiri, 'tebal', ukuran, warna);
	if (blok.tingkat === 1) {
		p.garis(TEPI.kiri, p.y + 2, TEPI.kiri + LEBAR, p.y + 2, WARNA.utama);
		p.y -= 6;
	} else p.y -= 2;
}

function paragraf(p: Penata, blok: Extract<Blok, { jenis: 'paragraf' }>): void {
	const ukuran = blok.ukuran ?? (blok.kecil ? UKURAN.kecil : UKURAN.teks);
	const huruf: Huruf = blok.tebal ? 'tebal' : 'biasa';
	const lines = p.bungkus(blok.teks, huruf, ukuran, LEBAR);
	p.baris(lines, blok.tengah ? null : TEPI.kiri, huruf, ukuran, blok.warna ?? WARNA.hitam);
	p.y -= 4;
}

function daftarButir(p: Penata, blok: Extract<Blok, { jenis: 'daftar' }>): void {
	const indent = 16;
	blok.butir.forEach((butir, i) => {
		const awalan = blok.bernomor ? `${i + 1}.` : '\u2022';
		const lines = p.bungkus(butir, 'biasa', UKURAN.teks, LEBAR - indent);
		p.baris(lines, TEPI.kiri + indent, 'biasa', UKURAN.teks, WARNA.hitam, awalan);
		p.y -= 1.5;
	});
	p.y -= 3;
}

interface BarisTerukur {
	/** Lines of each cell. */
	isi: string[][];
	tinggi: number;
	tebal: boolean;
}

interface TabelTerukur {
	lebar: number[];
	xKiri: number[];
	kepala: BarisTerukur;
	rows: BarisTerukur[];
	total: number;
}

const TINGGI_BARIS = UKURAN.tabel * SPASI;

/** Column widths and every row wrapped, measured once per table. */
function ukurTabel(p: Penata, blok: Extract<Blok, { jenis: 'tabel' }>): TabelTerukur {
	const ada = p.terukur.get(blok);
	if (ada) return ada;
	const jumlah = blok.kolom.reduce((s, k) => s + k.lebar, 0);
	const lebar = blok.kolom.map((k) => (k.lebar / jumlah) * LEBAR);
	const xKiri = lebar.map((_, i) => TEPI.kiri + lebar.slice(0, i).reduce((s, w) => s + w, 0));
	const maksBaris = Math.floor((TINGGI_HALAMAN - 4 * TINGGI_BARIS) / TINGGI_BARIS);
	const ukur = (sel: readonly string[], tebal: boolean): BarisTerukur => {
		const huruf: Huruf = tebal ? 'tebal' : 'biasa';
		const isi = lebar.map((w, i) => p.bungkus(sel[i] ?? '', huruf, UKURAN.tabel, w - 2 * PAD));
		// A row taller than a page keeps what fits (never happens with the app's own limits).
		const n = Math.min(Math.max(...isi.map((l) => l.length)), maksBaris);
		return { isi: isi.map((l) => l.slice(0, n)), tinggi: n * TINGGI_BARIS + 2 * PAD, tebal };
	};
	const kepala = ukur(
		blok.kolom.map((k) => k.judul),
		true
	);
	const rows = blok.baris.map((b) => ukur(b.sel, b.tebal === true));
	const total = kepala.tinggi + rows.reduce((s, r) => s + r.tinggi, 0);
	const hasil = { lebar, xKiri, kepala, rows, total };
	p.terukur.set(blok, hasil);
	return hasil;
}

function tabel(p: Penata, blok: Extract<Blok, { jenis: 'tabel' }>): void {
	const { lebar, xKiri, kepala, rows } = ukurTabel(p, blok);
	const gambar = (row: BarisTerukur) => {
		const huruf: Huruf = row.tebal ? 'tebal' : 'biasa';
		row.isi.forEach((lines, i) => {
			lines.forEach((line, j) => {
				const baseline = p.y - PAD - j * TINGGI_BARIS - turun(UKURAN.tabel);
				const x = blok.kolom[i]!.kanan
					? xKiri[i]! + lebar[i]! - PAD - p.lebar(line, huruf, UKURAN.tabel)
					: xKiri[i]! + PAD;
				p.teks(x, baseline, line, huruf, UKURAN.tabel, WARNA.hitam);
			});
		});
		p.y -= row.tinggi;
		p.garis(TEPI.kiri, p.y, TEPI.kiri + LEBAR, p.y, WARNA.garis);
	};
	const kepalaTabel = () => {
		p.kotak(TEPI.kiri, p.y - kepala.tinggi, LEBAR, kepala.tinggi, WARNA.latar);
		gambar(kepala);
	};

	p.pastikan(tinggiAwal(p, blok));
	kepalaTabel();
	for (const row of rows) {
		if (row.tinggi > p.sisa()) {
			p.baru();
			kepalaTabel();
		}
		gambar(row);
	}
	p.y -= 8;
}

const GRAFIK = { baris: 12.5, batang: 7.5, sumbu: 11, nilai: 58, jarak: 6 } as const;

function grafik(p: Penata, blok: Extract<Blok, { jenis: 'grafik' }>): void {
	const lebarLabel = LEBAR * 0.36;
	const x0 = TEPI.kiri + lebarLabel + GRAFIK.jarak;
	const lebarBatang = LEBAR - lebarLabel - GRAFIK.nilai - 2 * GRAFIK.jarak;
	const xDari = (v: number) => x0 + (Math.min(Math.max(v, 0), blok.maks) / blok.maks) * lebarBatang;
	const ukuran = UKURAN.grafik;

	const satuBaris = (b: Batang) => {
		const tengah = p.y - GRAFIK.baris / 2;
		const label = potong(p.cetak, p.cetak.siapkan(b.label), 'biasa', ukuran, lebarLabel);
		p.teks(TEPI.kiri, tengah - ukuran * 0.35, label, 'biasa', ukuran, WARNA.hitam);
		p.kotak(x0, tengah - GRAFIK.batang / 2, lebarBatang, GRAFIK.batang, WARNA.latar);
		if (b.nilai !== null && b.nilai > 0) {
			p.kotak(x0, tengah - GRAFIK.batang / 2, xDari(b.nilai) - x0, GRAFIK.batang, b.warna);
		}
		const nilai = p.cetak.siapkan(b.teks);
		const w = p.lebar(nilai, 'tebal', ukuran);
		p.teks(TEPI.kiri + LEBAR - w, tengah - ukuran * 0.35, nilai, 'tebal', ukuran, WARNA.hitam);
		p.y -= GRAFIK.baris;
	};

	let i = 0;
	while (i < blok.batang.length) {
		p.pastikan(i === 0 ? tinggiAwal(p, blok) : GRAFIK.sumbu + GRAFIK.baris);
		// Reference values on top of each part of the chart, their lines across its bars.
		for (const g of blok.garis) {
			const label = p.cetak.siapkan(g.label);
			const w = p.lebar(label, 'biasa', UKURAN.kaki);
			p.teks(xDari(g.nilai) - w / 2, p.y - UKURAN.kaki, label, 'biasa', UKURAN.kaki, WARNA.redup);
		}
		p.y -= GRAFIK.sumbu;
		const atas = p.y;
		while (i < blok.batang.length && p.sisa() >= GRAFIK.baris) satuBaris(blok.batang[i++]!);
		for (const g of blok.garis)
			p.garis(xDari(g.nilai), atas, xDari(g.nilai), p.y, WARNA.redup, true);
		if (i < blok.batang.length) p.baru();
	}
	p.y -= 8;
}

/** Quiet zone of a QR code: four modules on every side (ISO/IEC 18004). */
const TEPI_QR = 4;

function qr(p: Penata, blok: Extract<Blok, { jenis: 'qr' }>): void {
	const n = blok.modul.length;
	const m = blok.sisi / (n + 2 * TEPI_QR);
	p.pastikan(blok.sisi);
	const x0 = TEPI.kiri + (LEBAR - blok.sisi) / 2 + TEPI_QR * m;
	const y0 = p.y - TEPI_QR * m;
	const kotak: [number, number, number, number][] = [];
	blok.modul.forEach((baris, r) => {
		// Runs of dark modules as one rectangle each.
		let c = 0;
		while (c < n) {
			if (!baris[c]) {
				c++;
				continue;
			}
			const mulai = c;
			while (c < n && baris[c]) c++;
			kotak.push([x0 + mulai * m, y0 - (r + 1) * m, (c - mulai) * m, m]);
		}
	});
	// One filled path, so neighbouring modules print without hairline seams between them.
	p.isi(kotak, [0, 0, 0]);
	p.y -= blok.sisi + 4;
}

/** The height a block needs on the page it starts on. */
function tinggiAwal(p: Penata, blok: Blok): number {
	switch (blok.jenis) {
		case 'tabel': {
			const t = ukurTabel(p, blok);
			return t.total <= UTUH ? t.total : t.kepala.tinggi + (t.rows[0]?.tinggi ?? 0);
		}
		case 'grafik': {
			const total = GRAFIK.sumbu + blok.batang.length * GRAFIK.baris;
			return total <= TINGGI_HALAMAN ? total : GRAFIK.sumbu + 3 * GRAFIK.baris;
		}
		case 'qr':
			return blok.sisi;
		case 'paragraf':
		case 'daftar':
			return 2 * UKURAN.teks * SPASI;
		case 'judul':
			return (blok.ukuran ?? JUDUL[blok.tingkat]) * SPASI;
		case 'jarak':
			return 0;
	}
}

function kaki(p: Penata, opsi: OpsiPdf): void {
	const jumlah = p.halaman.length;
	const judulKaki = potong(p.cetak, p.cetak.siapkan(opsi.judul), 'biasa', UKURAN.kaki, LEBAR * 0.7);
	p.halaman.forEach((ops, i) => {
		const y = TEPI.bawah - 22;
		const kanan = p.cetak.siapkan(opsi.kaki(i + 1, jumlah));
		const w = p.lebar(kanan, 'biasa', UKURAN.kaki);
		const teks = (x: number, s: string) => p.opsTeks(x, y, s, 'biasa', UKURAN.kaki, WARNA.redup);
		ops.push(
			`${rgb(WARNA.garis)} RG 0.5 w ${TEPI.kiri} ${y + 10} m ${angka(TEPI.kiri + LEBAR)} ${y + 10} l S`,
			teks(TEPI.kiri, judulKaki),
			teks(TEPI.kiri + LEBAR - w, kanan)
		);
	});
}

/** The content stream of every page, printed with `cetak`. */
export function tataHalaman(blok: readonly Blok[], opsi: OpsiPdf, cetak: Cetak): string[] {
	const p = new Penata(cetak);
	blok.forEach((b, i) => {
		switch (b.jenis) {
			case 'judul':
				judul(p, b, blok[i + 1]);
				break;
			case 'paragraf':
				paragraf(p, b);
				break;
			case 'daftar':
				daftarButir(p, b);
				break;
			case 'tabel':
				tabel(p, b);
				break;
			case 'grafik':
				grafik(p, b);
				break;
			case 'qr':
				qr(p, b);
				break;
			case 'jarak':
				p.y = Math.max(TEPI.bawah, p.y - b.tinggi);
				break;
		}
	});
	kaki(p, opsi);
	return p.halaman.map((ops) => ops.join('\n'));
}

/** Every text a document prints, for counting what no font of it can print. */
function semuaTeks(blok: readonly Blok[]): string[] {
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
export function buatPdf(
	blok: readonly Blok[],
	opsi: OpsiPdf,
	catatan?: (n: number, pengganti: string) => string
): Uint8Array {
	const cetak = new Cetak(opsi.font);
	const n = semuaTeks(blok).reduce((s, t) => s + cetak.takTercetak(t), 0);
	let isi = blok;
	if (n > 0 && catatan) {
		const i = blok.findIndex((b) => b.jenis === 'judul') + 1;
		const pesan: Blok = {
			jenis: 'paragraf',
			kecil: true,
			warna: WARNA.merah,
			teks: catatan(n, cetak.pengganti)
		};
		isi = [...blok.slice(0, i), pesan, ...blok.slice(i)];
	}
	const halaman = tataHalaman(isi, opsi, cetak);
	const font = opsi.font;
	const objek =
		font && cetak.dipakai.size > 0
			? (ref: (i: number) => string) => objekFontCid(font, cetak.dipakai, ref)
			: undefined;
	return tulisPdf(halaman, { judul: opsi.judul, dibuat: opsi.dibuat }, objek);
}
