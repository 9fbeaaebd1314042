/**
 * The SKM report as spreadsheet tables, one per sheet, in long form (one row per unit and unsur,
 * per profile category, per saran) so that a pivot table or filter works on them directly.
 */
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SkmUnitDetail } from '$lib/view/skm';
import type { ReportTable } from './sheet';
import { toNumberCell, toDateCell, type Cell } from './cell';
import type { SkmReport } from './skm-model';
import {
	nrrRows,
	profilRows,
	saranRows,
	skmTitle,
	nrrColumns,
	profilColumns,
	saranColumns,
	unitSummary,
	sampelText
} from './skm-table';
import type { ReportText } from './text';

function skmSummarySheet(l: SkmReport, teks: ReportText, dibuat: string): ReportTable {
	const judul: [string, Cell][] = [
		[teks.t('laporan.laporan'), skmTitle(l, teks)],
		[teks.t('periode.label'), teks.periode(l.periodeId)],
		[teks.t('laporan.dibuat'), toDateCell(dibuat)]
	];
	const hasil: [string, Cell][] = l.pemda
		? [
				[teks.t('skm.ikmUnit'), toNumberCell(l.pemda.hasil.nilai, 'desimal2')],
				[teks.t('laporan.ikmSkala'), toNumberCell(l.pemda.hasil.ikm, 'desimal4')],
				[teks.t('laporan.mutuPelayanan'), l.pemda.hasil.mutu],
				[
					teks.t('laporan.kinerjaUnit'),
					l.pemda.hasil.mutu ? teks.t(`kinerja.${l.pemda.hasil.mutu}`) : null
				],
				[teks.t('laporan.unitDinilai'), toNumberCell(l.pemda.hasil.unit, 'bulat')],
				[teks.t('skm.responden'), toNumberCell(l.pemda.hasil.responden, 'bulat')]
			]
		: [[teks.t('skm.unit'), l.unit[0]!.unit.nama], ...unitSummary(l.unit[0]!, teks)];
	const p = l.pengaturan;
	const setelan: [string, Cell][] = [
		[teks.t('pengaturan.bobotSkm'), teks.t(`setelan.bobotSkm.${p.bobotSkm}`)],
		[teks.t('pengaturan.ikmPemda'), teks.t(`setelan.ikmPemda.${p.ikmPemda}`)],
		[teks.t('pengaturan.penomoranUnsur'), teks.t(`pengaturan.penomoran.${p.penomoranUnsur}`)]
	];
	return {
		nama: teks.t('laporan.ringkasan'),
		kolom: [teks.t('laporan.butir'), teks.t('laporan.nilai')],
		baris: [...judul, ...hasil, ...setelan]
	};
}

/** The units' table of the SKM screen, one row per unit with its NRR per unsur. */
export function skmUnitTable(l: SkmReport, teks: ReportText): ReportTable {
	const kolom = [
		teks.t('laporan.kodeUnit'),
		teks.t('skm.unit'),
		teks.t('skm.responden'),
		teks.t('laporan.populasi'),
		teks.t('laporan.sampelMinimal'),
		teks.t('laporan.kurangResponden'),
		teks.t('skm.sampel'),
		teks.t('laporan.ikmSkala'),
		teks.t('skm.ikmUnit'),
		teks.t('skm.mutu'),
		teks.t('laporan.kinerjaUnit'),
		...UNSUR_KEYS.map((k) => `${teks.t('skm.nrr')} ${k.toUpperCase()}`),
		teks.t('skm.prioritas')
	];
	const baris = l.unit.map(({ unit, hasil, sampel }: SkmUnitDetail): Cell[] => [
		unit.id,
		unit.nama,
		toNumberCell(hasil.responden, 'bulat'),
		toNumberCell(sampel?.populasi, 'bulat'),
		toNumberCell(sampel?.dibutuhkan, 'bulat'),
		toNumberCell(sampel?.kurang, 'bulat'),
		sampelText(sampel, teks),
		toNumberCell(hasil.ikm, 'desimal4'),
		toNumberCell(hasil.nilai, 'desimal2'),
		hasil.mutu,
		hasil.mutu ? teks.t(`kinerja.${hasil.mutu}`) : null,
		...UNSUR_KEYS.map((k) => toNumberCell(hasil.nrr[k], 'desimal3')),
		hasil.unsurTerendah.map((k) => k.toUpperCase()).join(', ')
	]);
	return { nama: teks.t('laporan.lembarUnit'), kolom, baris };
}

/** Each of the unit's rows, after its code and name. */
function byUnit(
	nama: string,
	kolom: readonly string[],
	l: SkmReport,
	baris: (d: SkmUnitDetail) => Cell[][],
	teks: ReportText
): ReportTable {
	return {
		nama,
		kolom: [teks.t('laporan.kodeUnit'), teks.t('skm.unit'), ...kolom],
		baris: l.unit.flatMap((d) => baris(d).map((b) => [d.unit.id, d.unit.nama, ...b]))
	};
}

export function skmSheet(l: SkmReport, teks: ReportText, dibuat: string): ReportTable[] {
	const lembar = [
		skmSummarySheet(l, teks, dibuat),
		skmUnitTable(l, teks),
		byUnit(teks.t('skm.nrr'), nrrColumns(teks), l, (d) => nrrRows(d, l.pengaturan, teks), teks),
		byUnit(teks.t('skm.profil'), profilColumns(teks), l, (d) => profilRows(d.profil, teks), teks),
		byUnit(teks.t('laporan.saran'), saranColumns(teks), l, saranRows, teks)
	];
	if (l.pemda) {
		lembar.push({
			nama: teks.t('laporan.profilPemda'),
			kolom: profilColumns(teks),
			baris: profilRows(l.pemda.profil, teks)
		});
	}
	return lembar;
}
