/** The Rapor OPD as spreadsheet tables, one per sheet, with the codes a lookup needs. */
import type { LaporanRapor } from './rapor-model';
import type { TabelLaporan } from './lembar';
import {
	barisIndikator,
	barisKomponen,
	catatanOpd,
	judulRapor,
	kolomIndikator,
	kolomKomponen,
	teksZona
} from './rapor-tabel';
import { angka, tanggal, type Sel } from './sel';
import type { Teks } from './teks';

function ringkasan(l: LaporanRapor, teks: Teks, dibuat: string): TabelLaporan {
	const { view } = l;
	const p = view.pengaturan;
	const b = p.bobotIndeks;
	const baris: [string, Sel][] = [
		[teks.t('laporan.laporan'), judulRapor(l, teks)],
		[teks.t('periode.label'), teks.periode(view.periodeId)],
		[teks.t('laporan.dibuat'), tanggal(dibuat)],
		[teks.t('laporan.opdDinilai'), angka(view.rows.length, 'bulat')],
		[teks.t('laporan.entriRealisasi'), angka(view.jumlahRealisasi, 'bulat')],
		[teks.t('laporan.belumDiverifikasi'), angka(view.belumDiverifikasi, 'bulat')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.anggaran')}`, angka(b.anggaran, 'persen')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.fisik')}`, angka(b.fisik, 'persen')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.kinerja')}`, angka(b.kinerja, 'persen')],
		[`${teks.t('opd.bobot')}: ${teks.t('komponen.p3dn')}`, angka(b.p3dn, 'persen')],
		[teks.t('pengaturan.batasCapaian'), angka(p.batasCapaian, 'persen')],
		[teks.t('pengaturan.rumusNegatif'), teks.t(`setelan.negatif.${p.rumusNegatif}`)],
		[teks.t('pengaturan.rumusP3dn'), teks.t(`setelan.p3dn.${p.rumusP3dn}`)],
		[teks.t('pengaturan.zonaHijau'), angka(p.zona.hijau, 'desimal2')],
		[teks.t('pengaturan.zonaKuning'), angka(p.zona.kuning, 'desimal2')]
	];
	return {
		nama: teks.t('laporan.ringkasan'),
		kolom: [teks.t('laporan.butir'), teks.t('laporan.nilai')],
		baris
	};
}

/** The ranking screen's table: rank, OPD, index, zone, movement, missing data. */
export function tabelPeringkat(l: LaporanRapor, teks: Teks): TabelLaporan {
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
		baris: l.view.rows.map((row): Sel[] => [
			angka(row.baris.peringkat, 'bulat'),
			row.unit.id,
			row.unit.nama,
			angka(row.hasil.indeks, 'desimal2'),
			teksZona(row.hasil.zona, teks),
			angka(row.baris.sebelumnya?.peringkat, 'bulat'),
			angka(row.baris.naik, 'bulat'),
			angka(row.sebelumnya.indeks, 'desimal2'),
			angka(row.baris.selisihIndeks, 'desimal2'),
			row.hasil.status ? teks.t(`status.${row.hasil.status}`) : null,
			catatanOpd(row, teks)
		])
	};
}

function komponen(l: LaporanRapor, teks: Teks): TabelLaporan {
	return {
		nama: teks.t('opd.komponen'),
		kolom: [teks.t('laporan.kodeUnit'), teks.t('peringkat.opd'), ...kolomKomponen(teks)],
		baris: l.view.rows.flatMap((row) =>
			barisKomponen(row.hasil, teks).map((b) => [row.unit.id, row.unit.nama, ...b])
		)
	};
}

function indikator(l: LaporanRapor, teks: Teks): TabelLaporan {
	return {
		nama: teks.t('laporan.lembarIndikator'),
		kolom: [
			teks.t('laporan.kodeUnit'),
			teks.t('peringkat.opd'),
			teks.t('laporan.kodeIndikator'),
			...kolomIndikator(teks),
			`${teks.t('laporan.capaianDipakai')} (%)`
		],
		baris: l.view.rows.flatMap((row) =>
			row.hasil.indikator.map((b): Sel[] => [
				row.unit.id,
				row.unit.nama,
				b.indikator.id,
				...barisIndikator(b, teks),
				angka(b.hasil.status === 'ok' ? b.hasil.dipakai : null, 'persen')
			])
		)
	};
}

function realisasi(l: LaporanRapor, teks: Teks): TabelLaporan {
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
		baris: l.view.rows.map(({ unit, realisasi: r }): Sel[] => [
			unit.id,
			unit.nama,
			angka(r?.pagu, 'rupiah'),
			angka(r?.realisasiAnggaran, 'rupiah'),
			angka(r?.realisasiFisik, 'persen'),
			angka(r?.p3dn.realisasiPdn, 'rupiah'),
			angka(r?.p3dn.komitmenPdn, 'rupiah'),
			angka(r?.p3dn.totalPengadaan, 'rupiah'),
			r ? teks.t(`status.${r.status}`) : null
		])
	};
}

function tren(l: LaporanRapor, teks: Teks): TabelLaporan {
	return {
		nama: teks.t('laporan.lembarTren'),
		kolom: [
			teks.t('laporan.kodeUnit'),
			teks.t('peringkat.opd'),
			...l.tren.map((t) => teks.periode(t.periodeId))
		],
		baris: l.view.rows.map((row): Sel[] => [
			row.unit.id,
			row.unit.nama,
			...l.tren.map((t) => angka(t.indeks.get(row.unit.id), 'desimal2'))
		])
	};
}

export function lembarRapor(l: LaporanRapor, teks: Teks, dibuat: string): TabelLaporan[] {
	return [
		ringkasan(l, teks, dibuat),
		tabelPeringkat(l, teks),
		komponen(l, teks),
		indikator(l, teks),
		realisasi(l, teks),
		tren(l, teks)
	];
}
