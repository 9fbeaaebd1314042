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
	sampelText,
	rtlColumns,
	rtlRows,
	rtlEffectColumns,
	rtlEffectRows
} from './skm-table';
import type { ReportText } from './text';

function skmSummarySheet(l: SkmReport, text: ReportText, created: string): ReportTable {
	const title: [string, Cell][] = [
		[text.t('laporan.laporan'), skmTitle(l, text)],
		[text.t('periode.label'), text.periode(l.periodeId)],
		[text.t('laporan.dibuat'), toDateCell(created)]
	];
	const result: [string, Cell][] = l.pemda
		? [
				[text.t('skm.ikmUnit'), toNumberCell(l.pemda.hasil.nilai, 'desimal2')],
				[text.t('laporan.ikmSkala'), toNumberCell(l.pemda.hasil.ikm, 'desimal4')],
				[text.t('laporan.mutuPelayanan'), l.pemda.hasil.mutu],
				[
					text.t('laporan.kinerjaUnit'),
					l.pemda.hasil.mutu ? text.t(`kinerja.${l.pemda.hasil.mutu}`) : null
				],
				[text.t('laporan.unitDinilai'), toNumberCell(l.pemda.hasil.unit, 'bulat')],
				[text.t('skm.responden'), toNumberCell(l.pemda.hasil.responden, 'bulat')]
			]
		: [[text.t('skm.unit'), l.unit[0]!.unit.nama], ...unitSummary(l.unit[0]!, text)];
	const p = l.pengaturan;
	const setelan: [string, Cell][] = [
		[text.t('pengaturan.bobotSkm'), text.t(`setelan.bobotSkm.${p.bobotSkm}`)],
		[text.t('pengaturan.ikmPemda'), text.t(`setelan.ikmPemda.${p.ikmPemda}`)],
		[text.t('pengaturan.penomoranUnsur'), text.t(`pengaturan.penomoran.${p.penomoranUnsur}`)]
	];
	return {
		nama: text.t('laporan.ringkasan'),
		kolom: [text.t('laporan.butir'), text.t('laporan.nilai')],
		baris: [...title, ...result, ...setelan]
	};
}

/** The units' table of the SKM screen, one row per unit with its NRR per unsur. */
export function skmUnitTable(l: SkmReport, text: ReportText): ReportTable {
	const column = [
		text.t('laporan.kodeUnit'),
		text.t('skm.unit'),
		text.t('skm.responden'),
		text.t('laporan.populasi'),
		text.t('laporan.sampelMinimal'),
		text.t('laporan.kurangResponden'),
		text.t('skm.sampel'),
		text.t('laporan.ikmSkala'),
		text.t('skm.ikmUnit'),
		text.t('skm.mutu'),
		text.t('laporan.kinerjaUnit'),
		...UNSUR_KEYS.map((k) => `${text.t('skm.nrr')} ${k.toUpperCase()}`),
		text.t('skm.prioritas')
	];
	const baris = l.unit.map(({ unit, hasil: result, sampel }: SkmUnitDetail): Cell[] => [
		unit.id,
		unit.nama,
		toNumberCell(result.responden, 'bulat'),
		toNumberCell(sampel?.populasi, 'bulat'),
		toNumberCell(sampel?.dibutuhkan, 'bulat'),
		toNumberCell(sampel?.kurang, 'bulat'),
		sampelText(sampel, text),
		toNumberCell(result.ikm, 'desimal4'),
		toNumberCell(result.nilai, 'desimal2'),
		result.mutu,
		result.mutu ? text.t(`kinerja.${result.mutu}`) : null,
		...UNSUR_KEYS.map((k) => toNumberCell(result.nrr[k], 'desimal3')),
		result.unsurTerendah.map((k) => k.toUpperCase()).join(', ')
	]);
	return { nama: text.t('laporan.lembarUnit'), kolom: column, baris };
}

/** Each of the unit's rows, after its code and name. */
function byUnit(
	nama: string,
	column: readonly string[],
	l: SkmReport,
	row: (d: SkmUnitDetail) => Cell[][],
	text: ReportText
): ReportTable {
	return {
		nama,
		kolom: [text.t('laporan.kodeUnit'), text.t('skm.unit'), ...column],
		baris: l.unit.flatMap((d) => row(d).map((b) => [d.unit.id, d.unit.nama, ...b]))
	};
}

export function skmSheet(l: SkmReport, text: ReportText, created: string): ReportTable[] {
	const sheet = [
		skmSummarySheet(l, text, created),
		skmUnitTable(l, text),
		byUnit(text.t('skm.nrr'), nrrColumns(text), l, (d) => nrrRows(d, l.pengaturan, text), text),
		byUnit(text.t('skm.profil'), profilColumns(text), l, (d) => profilRows(d.profil, text), text),
		byUnit(text.t('laporan.saran'), saranColumns(text), l, saranRows, text),
		byUnit(
			text.t('laporan.rtlJudul'),
			rtlColumns(text),
			l,
			(d) => {
				const rtl = l.rtl.find((r) => r.unitId === d.unit.id);
				return rtl ? rtlRows(rtl, l.pengaturan, text) : [];
			},
			text
		),
		byUnit(
			text.t('laporan.rtlHasilJudul'),
			[text.t('laporan.rtlPeriode'), ...rtlEffectColumns(text)],
			l,
			(d) => {
				const h = l.rtlHasil.find((r) => r.unitId === d.unit.id);
				if (!h) return [];
				const periode = text.periode(h.periodeId);
				return rtlEffectRows(h, l.pengaturan, text).map((row) => [periode, ...row]);
			},
			text
		)
	];
	if (l.pemda) {
		sheet.push({
			nama: text.t('laporan.profilPemda'),
			kolom: profilColumns(text),
			baris: profilRows(l.pemda.profil, text)
		});
	}
	return sheet;
}
