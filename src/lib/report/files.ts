/**
 * The report files, built on the device from data already in IndexedDB: the one module the app
 * loads (with a dynamic import) when a person asks for a report, so the writers stay out of the
 * first download.
 */
import type { Locale } from '$lib/domain/format';
import { MIME_CSV } from '$lib/import/master/file';
import { MIME_XLSX } from '$lib/import/table/xlsx-write';
import { xlsxWorkbook, csvTable, type ReportTable } from './sheet';
import { MIME_PDF } from './pdf-file';
import { createPdf } from './pdf-layout';
import { posterBlock } from './poster';
import type { RaporReport } from './rapor-model';
import { raporBlocks } from './rapor-pdf';
import { raporSheet, rankingTable } from './rapor-sheet';
import { raporTitle } from './rapor-table';
import type { SkmReport } from './skm-model';
import { skmBlocks } from './skm-pdf';
import { skmSheet, skmUnitTable } from './skm-sheet';
import { nrrRows, skmTitle, nrrColumns } from './skm-table';
import type { Block } from './document';
import { textFor, type ReportText } from './text';
import type { TtfFont } from './ttf';

export { buildRaporReport, raporPeriode } from './rapor-model';
export { buildSkmPemdaReport, buildSkmUnitReport } from './skm-model';
export { loadUnicodeFont } from './unicode-font';

export interface ReportFile {
	nama: string;
	mime: string;
	isi: Uint8Array;
}

export type ReportFormat = 'pdf' | 'xlsx';

/**
 * Where and when a report is made: the reader's language, and now with the device's offset; and
 * the Unicode font for PDF text the standard fonts lack (`loadUnicodeFont`).
 */
export interface Context {
	locale: Locale;
	dibuat: string;
	font?: TtfFont;
}

function pdf(nama: string, judul: string, blok: Block[], teks: ReportText, k: Context): ReportFile {
	const kaki = (halaman: number, jumlah: number) => teks.t('laporan.halaman', { halaman, jumlah });
	const catatan = (n: number, ganti: string) =>
		teks.t('laporan.takTercetak', { n: teks.bilangan(n), ganti });
	const opsi = { judul, kaki, dibuat: k.dibuat, font: k.font };
	return { nama: `${nama}.pdf`, mime: MIME_PDF, isi: createPdf(blok, opsi, catatan) };
}

function xlsx(nama: string, lembar: ReportTable[]): ReportFile {
	return { nama: `${nama}.xlsx`, mime: MIME_XLSX, isi: xlsxWorkbook(lembar) };
}

function csv(nama: string, tabel: ReportTable): ReportFile {
	return { nama: `${nama}.csv`, mime: MIME_CSV, isi: new TextEncoder().encode(csvTable(tabel)) };
}

const skmName = (l: SkmReport) =>
	l.pemda ? `laporan-skm-${l.periodeId}` : `laporan-skm-${l.unit[0]!.unit.id}-${l.periodeId}`;

export function skmFile(l: SkmReport, format: ReportFormat, k: Context): ReportFile {
	const teks = textFor(k.locale);
	return format === 'pdf'
		? pdf(skmName(l), skmTitle(l, teks), skmBlocks(l, teks, k.dibuat), teks, k)
		: xlsx(skmName(l), skmSheet(l, teks, k.dibuat));
}

export function raporFile(l: RaporReport, format: ReportFormat, k: Context): ReportFile {
	const teks = textFor(k.locale);
	const nama = `rapor-opd-${l.view.periodeId}`;
	return format === 'pdf'
		? pdf(nama, raporTitle(l, teks), raporBlocks(l, teks, k.dibuat), teks, k)
		: xlsx(nama, raporSheet(l, teks, k.dibuat));
}

/** The ranking table of the ranking screen. */
export function rankingCsv(l: RaporReport, locale: Locale): ReportFile {
	return csv(`peringkat-opd-${l.view.periodeId}`, rankingTable(l, textFor(locale)));
}

/** The units' table of the pemda SKM screen, or the NRR table of one unit's screen. */
export function skmCsv(l: SkmReport, locale: Locale): ReportFile {
	const teks = textFor(locale);
	if (l.pemda) return csv(`skm-unit-layanan-${l.periodeId}`, skmUnitTable(l, teks));
	const d = l.unit[0]!;
	return csv(`skm-nrr-${d.unit.id}-${l.periodeId}`, {
		nama: teks.t('skm.nrr'),
		kolom: nrrColumns(teks),
		baris: nrrRows(d, l.pengaturan, teks)
	});
}

/** One A4 poster per unit; `kioskBase` is the absolute address of the kiosk page. */
export function posterFile(
	units: readonly { id: string; nama: string }[],
	dasarKiosk: string,
	k: Context
): ReportFile {
	const teks = textFor(k.locale);
	const nama = units.length === 1 ? `poster-kiosk-${units[0]!.id}` : 'poster-kiosk-semua-unit';
	const judul = teks.t('poster.judul');
	return pdf(nama, judul, posterBlock(units, dasarKiosk, teks), teks, k);
}
