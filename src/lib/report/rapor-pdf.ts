/**
 * The Rapor OPD as PDF blocks: the ranking with zones and movement, its bar chart, the trend
 * across the year's triwulan, then per OPD its components, indicators and trend.
 */
import { zonaOf, type Zona } from '$lib/domain/indeks';
import type { RankingRow } from '$lib/view/ranking';
import { summaryBlock, tableBlock } from './block';
import { COLORS, type Block, type Color } from './document';
import type { RaporReport } from './rapor-model';
import {
	indikatorRows,
	komponenRows,
	opdNote,
	raporTitle,
	indikatorColumns,
	komponenColumns,
	movementText,
	zonaText
} from './rapor-table';
import { toNumberCell, cellText, type Cell } from './cell';
import { settingsSentence, type ReportText } from './text';

const ZONA_COLORS: Record<Zona, Color> = {
	hijau: COLORS.hijau,
	kuning: COLORS.kuning,
	merah: COLORS.merah
};
const zonaColor = (z: Zona | null) => (z ? ZONA_COLORS[z] : COLORS.redup);

function zonaLine(l: RaporReport) {
	const { zona } = l.view.pengaturan;
	return [
		{ nilai: zona.kuning, label: String(zona.kuning) },
		{ nilai: zona.hijau, label: String(zona.hijau) }
	];
}

function rankingBlocks(l: RaporReport, text: ReportText): Block[] {
	const local = text.locale;
	const baris = l.view.rows.map((row): Cell[] => [
		row.baris.peringkat === null ? null : toNumberCell(row.baris.peringkat, 'bulat'),
		row.unit.nama,
		toNumberCell(row.hasil.indeks, 'desimal2'),
		zonaText(row.hasil.zona, text),
		movementText(row.baris, text),
		toNumberCell(row.baris.selisihIndeks, 'selisih2'),
		opdNote(row, text)
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: text.t('peringkat.caption') },
		tableBlock(
			[
				text.t('laporan.no'),
				text.t('peringkat.opd'),
				text.t('peringkat.indeks'),
				text.t('peringkat.zona'),
				text.t('peringkat.gerak'),
				text.t('laporan.selisih'),
				text.t('laporan.catatan')
			],
			baris,
			[0.5, 3.6, 1, 0.9, 1.6, 1, 3],
			local
		),
		{ jenis: 'paragraf', kecil: true, tebal: true, teks: text.t('grafik.peringkat') },
		{
			jenis: 'grafik',
			maks: 100,
			garis: zonaLine(l),
			batang: l.view.rows.map((row) => ({
				label: row.unit.nama,
				nilai: row.hasil.indeks,
				teks: cellText(toNumberCell(row.hasil.indeks, 'desimal2'), local),
				warna: zonaColor(row.hasil.zona)
			}))
		}
	];
}

function trendBlocks(l: RaporReport, text: ReportText): Block[] {
	const baris = l.view.rows.map((row): Cell[] => [
		row.unit.nama,
		...l.tren.map((t) => toNumberCell(t.indeks.get(row.unit.id), 'desimal2'))
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: text.t('opd.tren') },
		tableBlock(
			[text.t('peringkat.opd'), ...l.tren.map((t) => text.periode(t.periodeId))],
			baris,
			[4, ...l.tren.map(() => 1)],
			text.locale
		)
	];
}

function opd(row: RankingRow, l: RaporReport, text: ReportText): Block[] {
	const local = text.locale;
	const { hasil: result, baris, realisasi } = row;
	const number = baris.peringkat === null ? '–' : String(baris.peringkat);
	const brief: [string, Cell][] = [
		[text.t('peringkat.indeks'), toNumberCell(result.indeks, 'desimal2')],
		[text.t('peringkat.zona'), zonaText(result.zona, text)],
		[text.t('peringkat.gerak'), movementText(baris, text)],
		[
			text.t('laporan.indeksLalu', { periode: text.periode(l.view.periodeLalu) }),
			toNumberCell(row.sebelumnya.indeks, 'desimal2')
		],
		[text.t('opd.pagu'), toNumberCell(realisasi?.pagu, 'rupiah')],
		[text.t('opd.realisasiAnggaran'), toNumberCell(realisasi?.realisasiAnggaran, 'rupiah')],
		[text.t('opd.status'), realisasi ? text.t(`status.${realisasi.status}`) : null]
	];
	const catatan = opdNote(row, text);
	const blok: Block[] = [
		{ jenis: 'judul', tingkat: 2, teks: `${number}. ${row.unit.nama}` },
		summaryBlock(brief, [text.t('laporan.butir'), text.t('laporan.nilai')], local),
		tableBlock(
			komponenColumns(text),
			[
				...komponenRows(result, text),
				[text.t('peringkat.indeks'), '', '', '', toNumberCell(result.indeks, 'desimal2')]
			],
			[3, 1, 1, 1, 1],
			local,
			true
		)
	];
	if (catatan) blok.push({ jenis: 'paragraf', warna: COLORS.merah, teks: catatan });
	blok.push(
		result.indikator.length > 0
			? tableBlock(
					indikatorColumns(text),
					result.indikator.map((b) => indikatorRows(b, text)),
					[4, 1, 1.5, 1.1, 1.1, 1.1, 1.4],
					local
				)
			: { jenis: 'paragraf', teks: text.t('opd.tanpaIndikator') },
		{ jenis: 'paragraf', kecil: true, tebal: true, teks: text.t('opd.tren') },
		{
			jenis: 'grafik',
			maks: 100,
			garis: zonaLine(l),
			batang: l.tren.map((t) => {
				const indeks = t.indeks.get(row.unit.id) ?? null;
				return {
					label: text.periode(t.periodeId),
					nilai: indeks,
					teks: cellText(toNumberCell(indeks, 'desimal2'), local),
					warna: zonaColor(indeks === null ? null : zonaOf(indeks, l.view.pengaturan.zona))
				};
			})
		}
	);
	return blok;
}

export function raporBlocks(l: RaporReport, text: ReportText, created: string): Block[] {
	const { view } = l;
	const basis = text.t('peringkat.basis', {
		periode: text.periode(view.periodeId),
		n: view.jumlahRealisasi,
		opd: view.rows.length
	});
	const belum =
		view.belumDiverifikasi > 0
			? ` ${text.t('peringkat.belumDiverifikasi', { n: view.belumDiverifikasi })}`
			: '';
	return [
		{ jenis: 'judul', tingkat: 1, teks: raporTitle(l, text) },
		{
			jenis: 'paragraf',
			teks: text.t('laporan.dibuatDi', { dibuat: cellText({ tanggal: created }, text.locale) })
		},
		{ jenis: 'paragraf', teks: basis + belum },
		{
			jenis: 'paragraf',
			kecil: true,
			teks: settingsSentence(view.pengaturan, 'indeks', text).join(' ')
		},
		...rankingBlocks(l, text),
		...trendBlocks(l, text),
		{ jenis: 'judul', tingkat: 1, halamanBaru: true, teks: text.t('laporan.rincianOpd') },
		...view.rows.flatMap((row) => opd(row, l, text))
	];
}
