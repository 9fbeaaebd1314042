/** The parts of the Rapor OPD shared by its PDF and its XLSX: labels and typed rows. */
import { KOMPONEN_KEYS, type CapaianBaris, type HasilIndeks, type Zona } from '$lib/domain/indeks';
import type { BarisPeringkat } from '$lib/domain/ranking';
import { pesanGerak } from '$lib/i18n/gerak';
import type { RankingRow } from '$lib/view/ranking';
import type { LaporanRapor } from './rapor-model';
import { angka, type Sel } from './sel';
import type { Teks } from './teks';

export function judulRapor(l: LaporanRapor, teks: Teks): string {
	return teks.t('laporan.judulRapor', { periode: teks.periode(l.view.periodeId) });
}

export function teksZona(zona: Zona | null, teks: Teks): string {
	return zona ? teks.t(`zona.${zona}`) : teks.t('zona.tidakAda');
}

/** "naik 2 peringkat", "peringkat tetap", or no rank last triwulan. */
export function teksGerak(b: BarisPeringkat, teks: Teks): string {
	const gerak = pesanGerak(b.naik);
	return teks.t(gerak.key, { n: gerak.n });
}

/** The missing data, unscored indicators and unverified status, as the ranking screen names them. */
export function catatanOpd(row: RankingRow, teks: Teks): string {
	const { hasil } = row;
	const catatan: string[] = [];
	if (hasil.kekurangan.length > 0) {
		const kurang = hasil.kekurangan.map((k) => teks.t(`kurang.${k}`)).join(', ');
		catatan.push(`${teks.t('peringkat.dataKurang')}: ${kurang}`);
	}
	if (hasil.indikatorTanpaRealisasi > 0) {
		catatan.push(teks.t('peringkat.indikatorKosong', { n: hasil.indikatorTanpaRealisasi }));
	}
	if (hasil.status && hasil.status !== 'diverifikasi')
		catatan.push(teks.t(`status.${hasil.status}`));
	return catatan.join('; ');
}

export function kolomKomponen(teks: Teks): string[] {
	return [
		teks.t('opd.komponen'),
		`${teks.t('opd.nilai')} (%)`,
		`${teks.t('opd.dipakai')} (%)`,
		`${teks.t('opd.bobot')} (%)`,
		teks.t('opd.kontribusi')
	];
}

export function barisKomponen(hasil: HasilIndeks, teks: Teks): Sel[][] {
	return KOMPONEN_KEYS.map((key) => {
		const k = hasil.komponen[key];
		return [
			teks.t(`komponen.${key}`),
			angka(k.nilai, 'persen'),
			angka(k.dipakai, 'persen'),
			angka(k.bobot, 'persen'),
			angka(k.kontribusi, 'desimal2')
		];
	});
}

export function kolomIndikator(teks: Teks): string[] {
	return [
		teks.t('opd.indikator'),
		teks.t('laporan.satuan'),
		teks.t('laporan.polaritas'),
		teks.t('opd.target'),
		teks.t('opd.realisasi'),
		`${teks.t('opd.capaian')} (%)`,
		teks.t('laporan.kategori')
	];
}

/** The Permendagri 86/2017 category, or why the indicator is not scored. */
function kategori(b: CapaianBaris, teks: Teks): string {
	if (b.hasil.status !== 'ok') return teks.t(`capaian.${b.hasil.status}`);
	return b.kategori ? teks.t(`kategori.${b.kategori}`) : '';
}

export function barisIndikator(b: CapaianBaris, teks: Teks): Sel[] {
	return [
		b.indikator.nama,
		b.indikator.satuan,
		teks.t(`polaritas.${b.indikator.polaritas}`),
		angka(b.target, 'desimal2'),
		angka(b.realisasi, 'desimal2'),
		angka(b.hasil.status === 'ok' ? b.hasil.nilai : null, 'persen'),
		kategori(b, teks)
	];
}
