/** The parts of the Rapor OPD shared by its PDF and its XLSX: labels and typed rows. */
import { KOMPONEN_KEYS, type CapaianRow, type IndeksResult, type Zona } from '$lib/domain/indeks';
import type { UnitRank } from '$lib/domain/ranking';
import { movementMessage } from '$lib/i18n/movement';
import type { RankingRow } from '$lib/view/ranking';
import type { RaporReport } from './rapor-model';
import { toNumberCell, type Cell } from './cell';
import type { ReportText } from './text';

export function raporTitle(l: RaporReport, teks: ReportText): string {
	return teks.t('laporan.judulRapor', { periode: teks.periode(l.view.periodeId) });
}

export function zonaText(zona: Zona | null, teks: ReportText): string {
	return zona ? teks.t(`zona.${zona}`) : teks.t('zona.tidakAda');
}

/** "naik 2 peringkat", "peringkat tetap", or no rank last triwulan. */
export function movementText(b: UnitRank, teks: ReportText): string {
	const gerak = movementMessage(b.naik);
	return teks.t(gerak.key, { n: gerak.n });
}

/** The missing data, unscored indicators and unverified status, as the ranking screen names them. */
export function opdNote(row: RankingRow, teks: ReportText): string {
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

export function komponenColumns(teks: ReportText): string[] {
	return [
		teks.t('opd.komponen'),
		`${teks.t('opd.nilai')} (%)`,
		`${teks.t('opd.dipakai')} (%)`,
		`${teks.t('opd.bobot')} (%)`,
		teks.t('opd.kontribusi')
	];
}

export function komponenRows(hasil: IndeksResult, teks: ReportText): Cell[][] {
	return KOMPONEN_KEYS.map((key) => {
		const k = hasil.komponen[key];
		return [
			teks.t(`komponen.${key}`),
			toNumberCell(k.nilai, 'persen'),
			toNumberCell(k.dipakai, 'persen'),
			toNumberCell(k.bobot, 'persen'),
			toNumberCell(k.kontribusi, 'desimal2')
		];
	});
}

export function indikatorColumns(teks: ReportText): string[] {
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
function kategori(b: CapaianRow, teks: ReportText): string {
	if (b.hasil.status !== 'ok') return teks.t(`capaian.${b.hasil.status}`);
	return b.kategori ? teks.t(`kategori.${b.kategori}`) : '';
}

export function indikatorRows(b: CapaianRow, teks: ReportText): Cell[] {
	return [
		b.indikator.nama,
		b.indikator.satuan,
		teks.t(`polaritas.${b.indikator.polaritas}`),
		toNumberCell(b.target, 'desimal2'),
		toNumberCell(b.realisasi, 'desimal2'),
		toNumberCell(b.hasil.status === 'ok' ? b.hasil.nilai : null, 'persen'),
		kategori(b, teks)
	];
}
