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

function rankingBlocks(l: RaporReport, teks: ReportText): Block[] {
	const lokal = teks.locale;
	const baris = l.view.rows.map((row): Cell[] => [
		row.baris.peringkat === null ? null : toNumberCell(row.baris.peringkat, 'bulat'),
		row.unit.nama,
		toNumberCell(row.hasil.indeks, 'desimal2'),
		zonaText(row.hasil.zona, teks),
		movementText(row.baris, teks),
		toNumberCell(row.baris.selisihIndeks, 'desimal2'),
		opdNote(row, teks)
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('peringkat.caption') },
		tableBlock(
			[
				teks.t('laporan.no'),
				teks.t('peringkat.opd'),
				teks.t('peringkat.indeks'),
				teks.t('peringkat.zona'),
				teks.t('peringkat.gerak'),
				teks.t('laporan.selisih'),
				teks.t('laporan.catatan')
			],
			baris,
			[0.5, 3.6, 1, 0.9, 1.6, 1, 3],
			lokal
		),
		{ jenis: 'paragraf', kecil: true, tebal: true, teks: teks.t('grafik.peringkat') },
		{
			jenis: 'grafik',
			maks: 100,
			garis: zonaLine(l),
			batang: l.view.rows.map((row) => ({
				label: row.unit.nama,
				nilai: row.hasil.indeks,
				teks: cellText(toNumberCell(row.hasil.indeks, 'desimal2'), lokal),
				warna: zonaColor(row.hasil.zona)
			}))
		}
	];
}

function trendBlocks(l: RaporReport, teks: ReportText): Block[] {
	const baris = l.view.rows.map((row): Cell[] => [
		row.unit.nama,
		...l.tren.map((t) => toNumberCell(t.indeks.get(row.unit.id), 'desimal2'))
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('opd.tren') },
		tableBlock(
			[teks.t('peringkat.opd'), ...l.tren.map((t) => teks.periode(t.periodeId))],
			baris,
			[4, ...l.tren.map(() => 1)],
			teks.locale
		)
	];
}

function opd(row: RankingRow, l: RaporReport, teks: ReportText): Block[] {
	const lokal = teks.locale;
	const { hasil, baris, realisasi } = row;
	const nomor = baris.peringkat === null ? '–' : String(baris.peringkat);
	const ringkas: [string, Cell][] = [
		[teks.t('peringkat.indeks'), toNumberCell(hasil.indeks, 'desimal2')],
		[teks.t('peringkat.zona'), zonaText(hasil.zona, teks)],
		[teks.t('peringkat.gerak'), movementText(baris, teks)],
		[
			teks.t('laporan.indeksLalu', { periode: teks.periode(l.view.periodeLalu) }),
			toNumberCell(row.sebelumnya.indeks, 'desimal2')
		],
		[teks.t('opd.pagu'), toNumberCell(realisasi?.pagu, 'rupiah')],
		[teks.t('opd.realisasiAnggaran'), toNumberCell(realisasi?.realisasiAnggaran, 'rupiah')],
		[teks.t('opd.status'), realisasi ? teks.t(`status.${realisasi.status}`) : null]
	];
	const catatan = opdNote(row, teks);
	const blok: Block[] = [
		{ jenis: 'judul', tingkat: 2, teks: `${nomor}. ${row.unit.nama}` },
		summaryBlock(ringkas, [teks.t('laporan.butir'), teks.t('laporan.nilai')], lokal),
		tableBlock(
			komponenColumns(teks),
			[
				...komponenRows(hasil, teks),
				[teks.t('peringkat.indeks'), '', '', '', toNumberCell(hasil.indeks, 'desimal2')]
			],
			[3, 1, 1, 1, 1],
			lokal,
			true
		)
	];
	if (catatan) blok.push({ jenis: 'paragraf', warna: COLORS.merah, teks: catatan });
	blok.push(
		hasil.indikator.length > 0
			? tableBlock(
					indikatorColumns(teks),
					hasil.indikator.map((b) => indikatorRows(b, teks)),
					[4, 1, 1.5, 1.1, 1.1, 1.1, 1.4],
					lokal
				)
			: { jenis: 'paragraf', teks: teks.t('opd.tanpaIndikator') },
		{ jenis: 'paragraf', kecil: true, tebal: true, teks: teks.t('opd.tren') },
		{
			jenis: 'grafik',
			maks: 100,
			garis: zonaLine(l),
			batang: l.tren.map((t) => {
				const indeks = t.indeks.get(row.unit.id) ?? null;
				return {
					label: teks.periode(t.periodeId),
					nilai: indeks,
					teks: cellText(toNumberCell(indeks, 'desimal2'), lokal),
					warna: zonaColor(indeks === null ? null : zonaOf(indeks, l.view.pengaturan.zona))
				};
			})
		}
	);
	return blok;
}

export function raporBlocks(l: RaporReport, teks: ReportText, dibuat: string): Block[] {
	const { view } = l;
	const basis = teks.t('peringkat.basis', {
		periode: teks.periode(view.periodeId),
		n: view.jumlahRealisasi,
		opd: view.rows.length
	});
	const belum =
		view.belumDiverifikasi > 0
			? ` ${teks.t('peringkat.belumDiverifikasi', { n: view.belumDiverifikasi })}`
			: '';
	return [
		{ jenis: 'judul', tingkat: 1, teks: raporTitle(l, teks) },
		{
			jenis: 'paragraf',
			teks: teks.t('laporan.dibuatDi', { dibuat: cellText({ tanggal: dibuat }, teks.locale) })
		},
		{ jenis: 'paragraf', teks: basis + belum },
		{
			jenis: 'paragraf',
			kecil: true,
			teks: settingsSentence(view.pengaturan, 'indeks', teks).join(' ')
		},
		...rankingBlocks(l, teks),
		...trendBlocks(l, teks),
		{ jenis: 'judul', tingkat: 1, halamanBaru: true, teks: teks.t('laporan.rincianOpd') },
		...view.rows.flatMap((row) => opd(row, l, teks))
	];
}
