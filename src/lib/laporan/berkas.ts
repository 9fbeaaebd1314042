/**
 * The report files, built on the device from data already in IndexedDB: the one module the app
 * loads (with a dynamic import) when a person asks for a report, so the writers stay out of the
 * first download.
 */
import type { Locale } from '$lib/domain/format';
import { MIME_CSV } from '$lib/import/master/file';
import { MIME_XLSX } from '$lib/import/table/xlsx-write';
import { bukuXlsx, csvTabel, type TabelLaporan } from './lembar';
import { MIME_PDF } from './pdf-berkas';
import { buatPdf } from './pdf-tata';
import { blokPoster } from './poster';
import type { LaporanRapor } from './rapor-model';
import { blokRapor } from './rapor-pdf';
import { lembarRapor, tabelPeringkat } from './rapor-lembar';
import { judulRapor } from './rapor-tabel';
import type { LaporanSkm } from './skm-model';
import { blokSkm } from './skm-pdf';
import { lembarSkm, tabelUnitSkm } from './skm-lembar';
import { barisNrr, judulSkm, kolomNrr } from './skm-tabel';
import type { Blok } from './dokumen';
import { teksUntuk, type Teks } from './teks';
import type { FontTtf } from './ttf';

export { laporanRapor, periodeRapor } from './rapor-model';
export { laporanSkmPemda, laporanSkmUnit } from './skm-model';
export { muatFontUnicode } from './huruf-unicode';

export interface BerkasLaporan {
	nama: string;
	mime: string;
	isi: Uint8Array;
}

export type FormatLaporan = 'pdf' | 'xlsx';

/**
 * Where and when a report is made: the reader's language, and now with the device's offset; and
 * the Unicode font for PDF text the standard fonts lack (`muatFontUnicode`).
 */
export interface Konteks {
	locale: Locale;
	dibuat: string;
	font?: FontTtf;
}

function pdf(nama: string, judul: string, blok: Blok[], teks: Teks, k: Konteks): BerkasLaporan {
	const kaki = (halaman: number, jumlah: number) => teks.t('laporan.halaman', { halaman, jumlah });
	const catatan = (n: number, ganti: string) =>
		teks.t('laporan.takTercetak', { n: teks.bilangan(n), ganti });
	const opsi = { judul, kaki, dibuat: k.dibuat, font: k.font };
	return { nama: `${nama}.pdf`, mime: MIME_PDF, isi: buatPdf(blok, opsi, catatan) };
}

function xlsx(nama: string, lembar: TabelLaporan[]): BerkasLaporan {
	return { nama: `${nama}.xlsx`, mime: MIME_XLSX, isi: bukuXlsx(lembar) };
}

function csv(nama: string, tabel: TabelLaporan): BerkasLaporan {
	return { nama: `${nama}.csv`, mime: MIME_CSV, isi: new TextEncoder().encode(csvTabel(tabel)) };
}

const namaSkm = (l: LaporanSkm) =>
	l.pemda ? `laporan-skm-${l.periodeId}` : `laporan-skm-${l.unit[0]!.unit.id}-${l.periodeId}`;

export function berkasSkm(l: LaporanSkm, format: FormatLaporan, k: Konteks): BerkasLaporan {
	const teks = teksUntuk(k.locale);
	return format === 'pdf'
		? pdf(namaSkm(l), judulSkm(l, teks), blokSkm(l, teks, k.dibuat), teks, k)
		: xlsx(namaSkm(l), lembarSkm(l, teks, k.dibuat));
}

export function berkasRapor(l: LaporanRapor, format: FormatLaporan, k: Konteks): BerkasLaporan {
	const teks = teksUntuk(k.locale);
	const nama = `rapor-opd-${l.view.periodeId}`;
	return format === 'pdf'
		? pdf(nama, judulRapor(l, teks), blokRapor(l, teks, k.dibuat), teks, k)
		: xlsx(nama, lembarRapor(l, teks, k.dibuat));
}

/** The ranking table of the ranking screen. */
export function csvPeringkat(l: LaporanRapor, locale: Locale): BerkasLaporan {
	return csv(`peringkat-opd-${l.view.periodeId}`, tabelPeringkat(l, teksUntuk(locale)));
}

/** The units' table of the pemda SKM screen, or the NRR table of one unit's screen. */
export function csvSkm(l: LaporanSkm, locale: Locale): BerkasLaporan {
	const teks = teksUntuk(locale);
	if (l.pemda) return csv(`skm-unit-layanan-${l.periodeId}`, tabelUnitSkm(l, teks));
	const d = l.unit[0]!;
	return csv(`skm-nrr-${d.unit.id}-${l.periodeId}`, {
		nama: teks.t('skm.nrr'),
		kolom: kolomNrr(teks),
		baris: barisNrr(d, l.pengaturan, teks)
	});
}

/** One A4 poster per unit; `dasarKiosk` is the absolute address of the kiosk page. */
export function berkasPoster(
	units: readonly { id: string; nama: string }[],
	dasarKiosk: string,
	k: Konteks
): BerkasLaporan {
	const teks = teksUntuk(k.locale);
	const nama = units.length === 1 ? `poster-kiosk-${units[0]!.id}` : 'poster-kiosk-semua-unit';
	const judul = teks.t('poster.judul');
	return pdf(nama, judul, blokPoster(units, dasarKiosk, teks), teks, k);
}
