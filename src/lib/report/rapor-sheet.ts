/** The Rapor OPD as spreadsheet tables, one per sheet, with the codes a lookup needs. */
import type { RaporReport } from './rapor-model';
import type { ReportTable } from './sheet';
import {
	indikatorRows,
	komponenRows,
	opdNote,
	raporTitle,
	indikatorColumns,
	komponenColumns,
	zonaText
} from './rapor-table';
import { toNumberCell, toDateCell, type Cell } from './cell';
import type { ReportText } from './text';

function raporSummarySheet(l: RaporReport, text: ReportText, created: string): ReportTable {
	const { view } = l;
	const p = view.pengaturan;
	const b = p.bobotIndeks;
	const row: [string, Cell][] = [
		[text.t('laporan.laporan'), raporTitle(l, text)],
		[text.t('periode.label'), text.periode(view.periodeId)],
		[text.t('laporan.dibuat'), toDateCell(created)],
		[text.t('laporan.opdDinilai'), toNumberCell(view.rows.length, 'bulat')],
		[text.t('laporan.entriRealisasi'), toNumberCell(view.jumlahRealisasi, 'bulat')],
		[text.t('laporan.belumDiverifikasi'), toNumberCell(view.belumDiverifikasi, 'bulat')],
		[`${text.t('opd.bobot')}: ${text.t('komponen.anggaran')}`, toNumberCell(b.anggaran, 'persen')],
		[`${text.t('opd.bobot')}: ${text.t('komponen.fisik')}`, toNumberCell(b.fisik, 'persen')],
		[`${text.t('opd.bobot')}: ${text.t('komponen.kinerja')}`, toNumberCell(b.kinerja, 'persen')],
		[`${text.t('opd.bobot')}: ${text.t('komponen.p3dn')}`, toNumberCell(b.p3dn, 'persen')],
		[text.t('pengaturan.batasCapaian'), toNumberCell(p.batasCapaian, 'persen')],
		[text.t('pengaturan.rumusNegatif'), text.t(`setelan.negatif.${p.rumusNegatif}`)],
		[text.t('pengaturan.rumusP3dn'), text.t(`setelan.p3dn.${p.rumusP3dn}`)],
		[text.t('pengaturan.zonaHijau'), toNumberCell(p.zona.hijau, 'desimal2')],
		[text.t('pengaturan.zonaKuning'), toNumberCell(p.zona.kuning, 'desimal2')]
	];
	return {
		nama: text.t('laporan.ringkasan'),
		kolom: [text.t('laporan.butir'), text.t('laporan.nilai')],
		baris: row
	};
}

/** The ranking screen's table: rank, OPD, index, zone, movement, missing data. */
export function rankingTable(l: RaporReport, text: ReportText): ReportTable {
	const lalu = text.periode(l.view.periodeLalu);
	return {
		nama: text.t('peringkat.peringkat'),
		kolom: [
			text.t('peringkat.peringkat'),
			text.t('laporan.kodeUnit'),
			text.t('peringkat.opd'),
			text.t('peringkat.indeks'),
			text.t('peringkat.zona'),
			text.t('laporan.peringkatLalu', { periode: lalu }),
			text.t('laporan.naikPeringkat'),
			text.t('laporan.indeksLalu', { periode: lalu }),
			text.t('laporan.selisih'),
			text.t('opd.status'),
			text.t('laporan.catatan')
		],
		baris: l.view.rows.map((row): Cell[] => [
			toNumberCell(row.baris.peringkat, 'bulat'),
			row.unit.id,
			row.unit.nama,
			toNumberCell(row.hasil.indeks, 'desimal2'),
			zonaText(row.hasil.zona, text),
			toNumberCell(row.baris.sebelumnya?.peringkat, 'bulat'),
			toNumberCell(row.baris.naik, 'bulat'),
			toNumberCell(row.sebelumnya.indeks, 'desimal2'),
			toNumberCell(row.baris.selisihIndeks, 'selisih2'),
			row.hasil.status ? text.t(`status.${row.hasil.status}`) : null,
			opdNote(row, text)
		])
	};
}

function komponen(l: RaporReport, text: ReportText): ReportTable {
	return {
		nama: text.t('opd.komponen'),
		kolom: [text.t('laporan.kodeUnit'), text.t('peringkat.opd'), ...komponenColumns(text)],
		baris: l.view.rows.flatMap((row) =>
			komponenRows(row.hasil, text).map((b) => [row.unit.id, row.unit.nama, ...b])
		)
	};
}

function indikator(l: RaporReport, text: ReportText): ReportTable {
	return {
		nama: text.t('laporan.lembarIndikator'),
		kolom: [
			text.t('laporan.kodeUnit'),
			text.t('peringkat.opd'),
			text.t('laporan.kodeIndikator'),
			...indikatorColumns(text),
			`${text.t('laporan.capaianDipakai')} (%)`
		],
		baris: l.view.rows.flatMap((row) =>
			row.hasil.indikator.map((b): Cell[] => [
				row.unit.id,
				row.unit.nama,
				b.indikator.id,
				...indikatorRows(b, text),
				toNumberCell(b.hasil.status === 'ok' ? b.hasil.dipakai : null, 'persen')
			])
		)
	};
}

function realisasi(l: RaporReport, text: ReportText): ReportTable {
	return {
		nama: text.t('opd.realisasi'),
		kolom: [
			text.t('laporan.kodeUnit'),
			text.t('peringkat.opd'),
			text.t('opd.pagu'),
			text.t('opd.realisasiAnggaran'),
			`${text.t('komponen.fisik')} (%)`,
			text.t('opd.realisasiPdn'),
			text.t('opd.komitmenPdn'),
			text.t('laporan.totalPengadaan'),
			text.t('opd.status')
		],
		baris: l.view.rows.map(({ unit, realisasi: r }): Cell[] => [
			unit.id,
			unit.nama,
			toNumberCell(r?.pagu, 'rupiah'),
			toNumberCell(r?.realisasiAnggaran, 'rupiah'),
			toNumberCell(r?.realisasiFisik, 'persen'),
			toNumberCell(r?.p3dn.realisasiPdn, 'rupiah'),
			toNumberCell(r?.p3dn.komitmenPdn, 'rupiah'),
			toNumberCell(r?.p3dn.totalPengadaan, 'rupiah'),
			r ? text.t(`status.${r.status}`) : null
		])
	};
}

function trendSheet(l: RaporReport, text: ReportText): ReportTable {
	return {
		nama: text.t('laporan.lembarTren'),
		kolom: [
			text.t('laporan.kodeUnit'),
			text.t('peringkat.opd'),
			...l.tren.map((t) => text.periode(t.periodeId))
		],
		baris: l.view.rows.map((row): Cell[] => [
			row.unit.id,
			row.unit.nama,
			...l.tren.map((t) => toNumberCell(t.indeks.get(row.unit.id), 'desimal2'))
		])
	};
}

export function raporSheet(l: RaporReport, text: ReportText, created: string): ReportTable[] {
	return [
		raporSummarySheet(l, text, created),
		rankingTable(l, text),
		komponen(l, text),
		indikator(l, text),
		realisasi(l, text),
		trendSheet(l, text)
	];
}
