/** The parts of the Rapor OPD shared by its PDF and its XLSX: labels and typed rows. */
import { KOMPONEN_KEYS, type CapaianRow, type IndeksResult, type Zona } from '$lib/domain/indeks';
import type { UnitRank } from '$lib/domain/ranking';
import { movementMessage } from '$lib/i18n/movement';
import type { RankingRow } from '$lib/view/ranking';
import type { RaporReport } from './rapor-model';
import { toNumberCell, type Cell } from './cell';
import type { ReportText } from './text';

export function raporTitle(l: RaporReport, text: ReportText): string {
	return text.t('laporan.judulRapor', { periode: text.periode(l.view.periodeId) });
}

export function zonaText(zona: Zona | null, text: ReportText): string {
	return zona ? text.t(`zona.${zona}`) : text.t('zona.tidakAda');
}

/** "naik 2 peringkat", "peringkat tetap", or no rank last triwulan. */
export function movementText(b: UnitRank, text: ReportText): string {
	const gerak = movementMessage(b.naik);
	return text.t(gerak.key, { n: gerak.n });
}

/** The missing data, unscored indicators and unverified status, as the ranking screen names them. */
export function opdNote(row: RankingRow, text: ReportText): string {
	const { hasil: result } = row;
	const catatan: string[] = [];
	if (result.kekurangan.length > 0) {
		const kurang = result.kekurangan.map((k) => text.t(`kurang.${k}`)).join(', ');
		catatan.push(`${text.t('peringkat.dataKurang')}: ${kurang}`);
	}
	if (result.indikatorTanpaRealisasi > 0) {
		catatan.push(text.t('peringkat.indikatorKosong', { n: result.indikatorTanpaRealisasi }));
	}
	if (result.status && result.status !== 'diverifikasi')
		catatan.push(text.t(`status.${result.status}`));
	return catatan.join('; ');
}

export function komponenColumns(text: ReportText): string[] {
	return [
		text.t('opd.komponen'),
		`${text.t('opd.nilai')} (%)`,
		`${text.t('opd.dipakai')} (%)`,
		`${text.t('opd.bobot')} (%)`,
		text.t('opd.kontribusi')
	];
}

export function komponenRows(result: IndeksResult, text: ReportText): Cell[][] {
	return KOMPONEN_KEYS.map((key) => {
		const k = result.komponen[key];
		return [
			text.t(`komponen.${key}`),
			toNumberCell(k.nilai, 'persen'),
			toNumberCell(k.dipakai, 'persen'),
			toNumberCell(k.bobot, 'persen'),
			toNumberCell(k.kontribusi, 'desimal2')
		];
	});
}

export function indikatorColumns(text: ReportText): string[] {
	return [
		text.t('opd.indikator'),
		text.t('laporan.satuan'),
		text.t('laporan.polaritas'),
		text.t('opd.target'),
		text.t('opd.realisasi'),
		`${text.t('opd.capaian')} (%)`,
		text.t('laporan.kategori')
	];
}

/** The Permendagri 86/2017 category, or why the indicator is not scored. */
function kategori(b: CapaianRow, text: ReportText): string {
	if (b.hasil.status !== 'ok') return text.t(`capaian.${b.hasil.status}`);
	return b.kategori ? text.t(`kategori.${b.kategori}`) : '';
}

export function indikatorRows(b: CapaianRow, text: ReportText): Cell[] {
	return [
		b.indikator.nama,
		b.indikator.satuan,
		text.t(`polaritas.${b.indikator.polaritas}`),
		toNumberCell(b.target, 'desimal2'),
		toNumberCell(b.realisasi, 'desimal2'),
		toNumberCell(b.hasil.status === 'ok' ? b.hasil.nilai : null, 'persen'),
		kategori(b, text)
	];
}
