/**
 * The report files, built on the device from data already in IndexedDB: the one module the app
 * loads (with a dynamic import) when a person asks for a report, so the writers stay out of the
 * first download.
 */
import type { Locale } from '$lib/domain/format';
import { MIME_CSV } from '$lib/import/master/file';
import { MIME_XLSX } from '$lib/import/table/xlsx-write';
import { xlsxWorkbook, csvTable, type ReportTable } from './sheet';
import { MIME_PDF, type PageSize } from './pdf-file';
import { createPdf } from './pdf-layout';
import { posterBlock } from './poster';
import {
	publicPosterBlocks,
	publicPosterName,
	publicPosterTitle,
	type PublicPosterInput
} from './public-poster';
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

function pdf(
	name: string,
	title: string,
	blok: Block[],
	text: ReportText,
	k: Context,
	ukuran?: PageSize
): ReportFile {
	const kaki = (page: number, count: number) =>
		text.t('laporan.halaman', { halaman: page, jumlah: count });
	const catatan = (n: number, ganti: string) =>
		text.t('laporan.takTercetak', { n: text.bilangan(n), ganti });
	const opsi = { judul: title, kaki, dibuat: k.dibuat, font: k.font, ukuran };
	return { nama: `${name}.pdf`, mime: MIME_PDF, isi: createPdf(blok, opsi, catatan) };
}

function xlsx(name: string, sheet: ReportTable[]): ReportFile {
	return { nama: `${name}.xlsx`, mime: MIME_XLSX, isi: xlsxWorkbook(sheet) };
}

function csv(name: string, table: ReportTable): ReportFile {
	return { nama: `${name}.csv`, mime: MIME_CSV, isi: new TextEncoder().encode(csvTable(table)) };
}

const skmName = (l: SkmReport) =>
	l.pemda ? `laporan-skm-${l.periodeId}` : `laporan-skm-${l.unit[0]!.unit.id}-${l.periodeId}`;

export function skmFile(l: SkmReport, format: ReportFormat, k: Context): ReportFile {
	const text = textFor(k.locale);
	return format === 'pdf'
		? pdf(skmName(l), skmTitle(l, text), skmBlocks(l, text, k.dibuat), text, k)
		: xlsx(skmName(l), skmSheet(l, text, k.dibuat));
}

export function raporFile(l: RaporReport, format: ReportFormat, k: Context): ReportFile {
	const text = textFor(k.locale);
	const name = `rapor-opd-${l.view.periodeId}`;
	return format === 'pdf'
		? pdf(name, raporTitle(l, text), raporBlocks(l, text, k.dibuat), text, k)
		: xlsx(name, raporSheet(l, text, k.dibuat));
}

/** The ranking table of the ranking screen. */
export function rankingCsv(l: RaporReport, locale: Locale): ReportFile {
	return csv(`peringkat-opd-${l.view.periodeId}`, rankingTable(l, textFor(locale)));
}

/** The units' table of the pemda SKM screen, or the NRR table of one unit's screen. */
export function skmCsv(l: SkmReport, locale: Locale): ReportFile {
	const text = textFor(locale);
	if (l.pemda) return csv(`skm-unit-layanan-${l.periodeId}`, skmUnitTable(l, text));
	const d = l.unit[0]!;
	return csv(`skm-nrr-${d.unit.id}-${l.periodeId}`, {
		nama: text.t('skm.nrr'),
		kolom: nrrColumns(text),
		baris: nrrRows(d, l.pengaturan, text)
	});
}

/** One A4 poster per unit; `kioskBase` is the absolute address of the kiosk page. */
export function posterFile(
	units: readonly { id: string; nama: string }[],
	baseKiosk: string,
	k: Context
): ReportFile {
	const text = textFor(k.locale);
	const name = units.length === 1 ? `poster-kiosk-${units[0]!.id}` : 'poster-kiosk-semua-unit';
	const title = text.t('poster.judul');
	return pdf(name, title, posterBlock(units, baseKiosk, text), text, k);
}

/** The one-page public result poster of a publication (or unpublished figures), on A4 or A3. */
export function publicPosterFile(
	input: PublicPosterInput,
	ukuran: PageSize,
	k: Context
): ReportFile {
	const text = textFor(k.locale);
	const p = input.publikasi;
	const blok = publicPosterBlocks(input, text, k.font);
	return pdf(publicPosterName(p, ukuran), publicPosterTitle(p, text), blok, text, k, ukuran);
}
