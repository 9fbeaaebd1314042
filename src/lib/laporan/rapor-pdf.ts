/**
 * The Rapor OPD as PDF blocks: the ranking with zones and movement, its bar chart, the trend
 * across the year's triwulan, then per OPD its components, indicators and trend.
 */
import { zonaDari, type Zona } from '$lib/domain/indeks';
import type { RankingRow } from '$lib/view/ranking';
import { ringkasBlok, tabelBlok } from './blok';
import { WARNA, type Blok, type Warna } from './dokumen';
import type { LaporanRapor } from './rapor-model';
import {
	barisIndikator,
	barisKomponen,
	catatanOpd,
	judulRapor,
	kolomIndikator,
	kolomKomponen,
	teksGerak,
	teksZona
} from './rapor-tabel';
import { angka, teksSel, type Sel } from './sel';
import { kalimatSetelan, type Teks } from './teks';

const WARNA_ZONA: Record<Zona, Warna> = {
	hijau: WARNA.hijau,
	kuning: WARNA.kuning,
	merah: WARNA.merah
};
const warnaZona = (z: Zona | null) => (z ? WARNA_ZONA[z] : WARNA.redup);

function garisZona(l: LaporanRapor) {
	const { zona } = l.view.pengaturan;
	return [
		{ nilai: zona.kuning, label: String(zona.kuning) },
		{ nilai: zona.hijau, label: String(zona.hijau) }
	];
}

function peringkat(l: LaporanRapor, teks: Teks): Blok[] {
	const lokal = teks.locale;
	const baris = l.view.rows.map((row): Sel[] => [
		row.baris.peringkat === null ? null : angka(row.baris.peringkat, 'bulat'),
		row.unit.nama,
		angka(row.hasil.indeks, 'desimal2'),
		teksZona(row.hasil.zona, teks),
		teksGerak(row.baris, teks),
		angka(row.baris.selisihIndeks, 'desimal2'),
		catatanOpd(row, teks)
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('peringkat.caption') },
		tabelBlok(
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
			garis: garisZona(l),
			batang: l.view.rows.map((row) => ({
				label: row.unit.nama,
				nilai: row.hasil.indeks,
				teks: teksSel(angka(row.hasil.indeks, 'desimal2'), lokal),
				warna: warnaZona(row.hasil.zona)
			}))
		}
	];
}

function tren(l: LaporanRapor, teks: Teks): Blok[] {
	const baris = l.view.rows.map((row): Sel[] => [
		row.unit.nama,
		...l.tren.map((t) => angka(t.indeks.get(row.unit.id), 'desimal2'))
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('opd.tren') },
		tabelBlok(
			[teks.t('peringkat.opd'), ...l.tren.map((t) => teks.periode(t.periodeId))],
			baris,
			[4, ...l.tren.map(() => 1)],
			teks.locale
		)
	];
}

function opd(row: RankingRow, l: LaporanRapor, teks: Teks): Blok[] {
	const lokal = teks.locale;
	const { hasil, baris, realisasi } = row;
	const nomor = baris.peringkat === null ? '–' : String(baris.peringkat);
	const ringkas: [string, Sel][] = [
		[teks.t('peringkat.indeks'), angka(hasil.indeks, 'desimal2')],
		[teks.t('peringkat.zona'), teksZona(hasil.zona, teks)],
		[teks.t('peringkat.gerak'), teksGerak(baris, teks)],
		[
			teks.t('laporan.indeksLalu', { periode: teks.periode(l.view.periodeLalu) }),
			angka(row.sebelumnya.indeks, 'desimal2')
		],
		[teks.t('opd.pagu'), angka(realisasi?.pagu, 'rupiah')],
		[teks.t('opd.realisasiAnggaran'), angka(realisasi?.realisasiAnggaran, 'rupiah')],
		[teks.t('opd.status'), realisasi ? teks.t(`status.${realisasi.status}`) : null]
	];
	const catatan = catatanOpd(row, teks);
	const blok: Blok[] = [
		{ jenis: 'judul', tingkat: 2, teks: `${nomor}. ${row.unit.nama}` },
		ringkasBlok(ringkas, [teks.t('laporan.butir'), teks.t('laporan.nilai')], lokal),
		tabelBlok(
			kolomKomponen(teks),
			[
				...barisKomponen(hasil, teks),
				[teks.t('peringkat.indeks'), '', '', '', angka(hasil.indeks, 'desimal2')]
			],
			[3, 1, 1, 1, 1],
			lokal,
			true
		)
	];
	if (catatan) blok.push({ jenis: 'paragraf', warna: WARNA.merah, teks: catatan });
	blok.push(
		hasil.indikator.length > 0
			? tabelBlok(
					kolomIndikator(teks),
					hasil.indikator.map((b) => barisIndikator(b, teks)),
					[4, 1, 1.5, 1.1, 1.1, 1.1, 1.4],
					lokal
				)
			: { jenis: 'paragraf', teks: teks.t('opd.tanpaIndikator') },
		{ jenis: 'paragraf', kecil: true, tebal: true, teks: teks.t('opd.tren') },
		{
			jenis: 'grafik',
			maks: 100,
			garis: garisZona(l),
			batang: l.tren.map((t) => {
				const indeks = t.indeks.get(row.unit.id) ?? null;
				return {
					label: teks.periode(t.periodeId),
					nilai: indeks,
					teks: teksSel(angka(indeks, 'desimal2'), lokal),
					warna: warnaZona(indeks === null ? null : zonaDari(indeks, l.view.pengaturan.zona))
				};
			})
		}
	);
	return blok;
}

export function blokRapor(l: LaporanRapor, teks: Teks, dibuat: string): Blok[] {
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
		{ jenis: 'judul', tingkat: 1, teks: judulRapor(l, teks) },
		{
			jenis: 'paragraf',
			teks: teks.t('laporan.dibuatDi', { dibuat: teksSel({ tanggal: dibuat }, teks.locale) })
		},
		{ jenis: 'paragraf', teks: basis + belum },
		{
			jenis: 'paragraf',
			kecil: true,
			teks: kalimatSetelan(view.pengaturan, 'indeks', teks).join(' ')
		},
		...peringkat(l, teks),
		...tren(l, teks),
		{ jenis: 'judul', tingkat: 1, halamanBaru: true, teks: teks.t('laporan.rincianOpd') },
		...view.rows.flatMap((row) => opd(row, l, teks))
	];
}
