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

function raporSummarySheet(l: RaporReport, teks: ReportText, dibuat: string): ReportTable {
	const { view } = l;
	const p = view.pengaturan;
	const b = p.bobotIndeks;
	const baris: [string, Cell][] = [
		[teks.t('laporan.laporan'), raporTitle(l, teks)],
		[teks.t('periode.label'), teks.periode(view.periodeId)],
		[teks.t('laporan.dibuat'), toDateCell(dibuat)],
		[teks.t('laporan.opdDinilai'), toNumberCell(view.rows.length, 'bulat')],
		[teks.t('laporan.entriRealisasi'), toNumberCell(view.jumlahRealisasi, 'bulat')],
		[teks.t('laporan.belumDiverifikasi'), toNumberCell(view.belumDiverifikasi, 'bulat')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.anggaran')}`, toNumberCell(b.anggaran, 'persen')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.fisik')}`, toNumberCell(b.fisik, 'persen')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.kinerja')}`, toNumberCell(b.kinerja, 'persen')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.p3dn')}`, toNumberCell(b.p3dn, 'persen')],
		[teks.t('pengaturan.batasCapaian'), toNumberCell(p.batasCapaian, 'persen')],
		[teks.t('pengaturan.rumusNegatif'), teks.t(`setelan.negatif.${p.rumusNegatif}`)],
		[teks.t('pengaturan.rumusP3dn'), teks.t(`setelan.p3dn.${p.rumusP3dn}`)],
		[teks.t('pengaturan.zonaHijau'), toNumberCell(p.zona.hijau, 'desimal2')],
		[teks.t('pengaturan.zonaKuning'), toNumberCell(p.zona.kuning, 'desimal2')]
	];
	return {
		nama: teks.t('laporan.ringkasan'),
		kolom: [teks.t('laporan.butir'), teks.t('laporan.nilai')],
		baris
	};
}

/** The ranking screen's table: rank, OPD, index, zone, movement, missing data. */
export function rankingTable(l: RaporReport, teks: ReportText): ReportTable {
	const lalu = teks.periode(l.view.periodeLalu);
	return {
		nama: teks.t('peringkat.peringkat'),
		kolom: [
			teks.t('peringkat.peringkat'),
			teks.t('laporan.kodeUnit'),
			teks.t('peringkat.opd'),
			teks.t('peringkat.indeks'),
			teks.t('peringkat.zona'),
			teks.t('laporan.peringkatLalu', { periode: lalu }),
			teks.t('laporan.naikPeringkat'),
			teks.t('laporan.indeksLalu', { periode: lalu }),
			teks.t('laporan.selisih'),
			teks.t('opd.status'),
			teks.t('laporan.catatan')
		],
		baris: l.view.rows.map((row): Cell[] => [
			toNumberCell(row.baris.peringkat, 'bulat'),
			row.unit.id,
			row.unit.nama,
			toNumberCell(row.hasil.indeks, 'desimal2'),
			zonaText(row.hasil.zona, teks),
			toNumberCell(row.baris.sebelumnya?.peringkat, 'bulat'),
			toNumberCell(row.baris.naik, 'bulat'),
			toNumberCell(row.sebelumnya.indeks, 'desimal2'),
			toNumberCell(row.baris.selisihIndeks, 'desimal2'),
			row.hasil.status ? teks.t(`status.${row.hasil.status}`) : null,
			opdNote(row, teks)
		])
	};
}

function komponen(l: RaporReport, teks: ReportText): ReportTable {
	return {
		nama: teks.t('opd.komponen'),
		kolom: [teks.t('laporan.kodeUnit'), teks.t('peringkat.opd'), ...komponenColumns(teks)],
		baris: l.view.rows.flatMap((row) =>
			komponenRows(row.hasil, teks).map((b) => [row.unit.id, row.unit.nama, ...b])
		)
	};
}

function indikator(l: RaporReport, teks: ReportText): ReportTable {
	return {
		nama: teks.t('laporan.lembarIndikator'),
		kolom: [
			teks.t('laporan.kodeUnit'),
			teks.t('peringkat.opd'),
			teks.t('laporan.kodeIndikator'),
			...indikatorColumns(teks),
			`${teks.t('laporan.capaianDipakai')} (%)`
		],
		baris: l.view.rows.flatMap((row) =>
			row.hasil.indikator.map((b): Cell[] => [
				row.unit.id,
				row.unit.nama,
				b.indikator.id,
				...indikatorRows(b, teks),
				toNumberCell(b.hasil.status === 'ok' ? b.hasil.dipakai : null, 'persen')
			])
		)
	};
}

function realisasi(l: RaporReport, teks: ReportText): ReportTable {
	return {
		nama: teks.t('opd.realisasi'),
		kolom: [
			teks.t('laporan.kodeUnit'),
			teks.t('peringkat.opd'),
			teks.t('opd.pagu'),
			teks.t('opd.realisasiAnggaran'),
			`${teks.t('komponen.fisik')} (%)`,
			teks.t('opd.realisasiPdn'),
			teks.t('opd.komitmenPdn'),
			teks.t('laporan.totalPengadaan'),
			teks.t('opd.status')
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
			r ? teks.t(`status.${r.status}`) : null
		])
	};
}

function trendSheet(l: RaporReport, teks: ReportText): ReportTable {
	return {
		nama: teks.t('laporan.lembarTren'),
		kolom: [
			teks.t('laporan.kodeUnit'),
			teks.t('peringkat.opd'),
			...l.tren.map((t) => teks.periode(t.periodeId))
		],
		baris: l.view.rows.map((row): Cell[] => [
			row.unit.id,
			row.unit.nama,
			...l.tren.map((t) => toNumberCell(t.indeks.get(row.unit.id), 'desimal2'))
		])
	};
}

export function raporSheet(l: RaporReport, teks: ReportText, dibuat: string): ReportTable[] {
	return [
		raporSummarySheet(l, teks, dibuat),
		rankingTable(l, teks),
		komponen(l, teks),
		indikator(l, teks),
		realisasi(l, teks),
		trendSheet(l, teks)
	];
}
