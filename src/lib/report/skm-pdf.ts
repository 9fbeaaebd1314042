/**
 * The SKM report as PDF blocks, in the order of the reports PermenPANRB 14/2017 asks units to
 * publish: summary with IKM, mutu and kinerja, sample adequacy, NRR per unsur with its chart,
 * improvement priorities, respondent profile, the citizens' saran, then its follow-up (Bab IV): the
 * rencana tindak lanjut of the period and whether the unsur an earlier plan targeted improved; for
 * the pemda the units' table and chart first, then each unit's part on its own page.
 */
import { MUTU_LIMITS, type Mutu } from '$lib/domain/mutu';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SkmUnitDetail } from '$lib/view/skm';
import { summaryBlock, tableBlock } from './block';
import { COLORS, type Block, type Color } from './document';
import { toNumberCell, cellText, type Cell } from './cell';
import type { SkmReport } from './skm-model';
import {
	ikmRows,
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
import { settingsSentence, type ReportText } from './text';

const MUTU_COLORS: Record<Mutu, Color> = {
	A: COLORS.hijau,
	B: COLORS.hijau,
	C: COLORS.kuning,
	D: COLORS.merah
};
export const mutuColor = (m: Mutu | null) => (m ? MUTU_COLORS[m] : COLORS.redup);
const CONVERSION = 25;

/** The grade bounds as reference lines, on the 25–100 scale or (÷ 25) on the 1–4 scale. */
export function mutuLine(skala: 1 | typeof CONVERSION) {
	return (['C', 'B', 'A'] as const).map((m) => ({
		nilai: MUTU_LIMITS[m] / (skala === 1 ? CONVERSION : 1),
		label: m
	}));
}

/** The unit's RTL of the report's period, and the result of its earlier one. */
function rtlSection(l: SkmReport, d: SkmUnitDetail, text: ReportText): Block[] {
	const p = l.pengaturan;
	const rtl = l.rtl.find((r) => r.unitId === d.unit.id);
	const blok: Block[] = [
		{ jenis: 'judul', tingkat: 2, teks: text.t('laporan.rtlJudul') },
		rtl
			? tableBlock(
					rtlColumns(text),
					rtlRows(rtl, p, text),
					[2.2, 3, 1.6, 1.8, 1.1, 2.4, 1.4],
					text.locale
				)
			: { jenis: 'paragraf', teks: text.t('laporan.rtlTanpa') }
	];
	const result = l.rtlHasil.find((h) => h.unitId === d.unit.id);
	if (result) {
		blok.push(
			{ jenis: 'judul', tingkat: 2, teks: text.t('laporan.rtlHasilJudul') },
			{
				jenis: 'paragraf',
				teks: text.t('laporan.rtlHasilPengantar', {
					periode: text.periode(result.periodeId),
					kini: text.periode(l.periodeId)
				})
			},
			tableBlock(
				rtlEffectColumns(text),
				rtlEffectRows(result, p, text),
				[4.6, 1.4, 1.4, 1.4, 2],
				text.locale
			)
		);
	}
	return blok;
}

function unitSection(l: SkmReport, d: SkmUnitDetail, text: ReportText): Block[] {
	const p = l.pengaturan;
	const { hasil: result } = d;
	const local = text.locale;
	const blok: Block[] = [
		{ jenis: 'judul', tingkat: 2, teks: text.t('laporan.ringkasan') },
		summaryBlock(unitSummary(d, text), [text.t('laporan.butir'), text.t('laporan.nilai')], local)
	];
	if (result.unsurKosong.length > 0) {
		blok.push({
			jenis: 'paragraf',
			warna: COLORS.merah,
			teks: text.t('skm.unsurKosong', {
				unsur: result.unsurKosong.map((k) => text.unsur(k, p)).join(', ')
			})
		});
	}
	blok.push(
		{ jenis: 'judul', tingkat: 2, teks: text.t('skm.nrrJudul') },
		tableBlock(
			nrrColumns(text),
			[...nrrRows(d, p, text), ikmRows(d, text)],
			[4.6, 1.6, 1.1, 1.5, 1.6, 0.9, 1.5],
			local,
			true
		),
		{
			jenis: 'grafik',
			maks: 4,
			garis: mutuLine(1),
			batang: UNSUR_KEYS.map((k) => ({
				label: text.unsur(k, p),
				nilai: result.nrr[k],
				teks: cellText(toNumberCell(result.nrr[k], 'desimal3'), local),
				warna: mutuColor(result.mutuUnsur[k])
			}))
		}
	);
	if (result.unsurTerendah.length > 0) {
		blok.push(
			{ jenis: 'judul', tingkat: 2, teks: text.t('skm.prioritas') },
			{
				jenis: 'daftar',
				bernomor: true,
				butir: result.unsurTerendah.map((k) =>
					text.t('laporan.prioritasButir', {
						unsur: text.unsur(k, p),
						nrr: cellText(toNumberCell(result.nrr[k], 'desimal3'), local),
						mutu: result.mutuUnsur[k] ?? '–'
					})
				)
			}
		);
	}
	blok.push(
		{ jenis: 'judul', tingkat: 2, teks: text.t('skm.profil') },
		tableBlock(profilColumns(text), profilRows(d.profil, text), [2, 3, 1, 1], local)
	);
	if (d.jumlahLayanan.length > 0) {
		blok.push(
			{ jenis: 'judul', tingkat: 2, teks: text.t('laporan.jenisLayanan') },
			tableBlock(
				[text.t('laporan.jenisLayanan'), text.t('laporan.jumlah')],
				d.jumlahLayanan.map((l) => [l.jenis, toNumberCell(l.jumlah, 'bulat')]),
				[5, 1],
				local
			)
		);
	}
	blok.push({
		jenis: 'judul',
		tingkat: 2,
		teks: `${text.t('skm.saran')} (${text.bilangan(d.saran.length)})`
	});
	blok.push(
		d.saran.length > 0
			? tableBlock(saranColumns(text), saranRows(d), [1.4, 6], local)
			: { jenis: 'paragraf', teks: text.t('laporan.tanpaSaran') }
	);
	return [...blok, ...rtlSection(l, d, text)];
}

function opening(title: string, l: SkmReport, text: ReportText, created: string): Block[] {
	return [
		{ jenis: 'judul', tingkat: 1, teks: title },
		{
			jenis: 'paragraf',
			teks: text.t('laporan.dibuatDi', { dibuat: cellText({ tanggal: created }, text.locale) })
		},
		{ jenis: 'paragraf', kecil: true, teks: settingsSentence(l.pengaturan, 'skm', text).join(' ') }
	];
}

function pemdaSection(
	l: SkmReport,
	pemda: NonNullable<SkmReport['pemda']>,
	text: ReportText
): Block[] {
	const local = text.locale;
	const h = pemda.hasil;
	const brief: [string, Cell][] = [
		[text.t('skm.ikmUnit'), toNumberCell(h.nilai, 'desimal2')],
		[text.t('laporan.ikmSkala'), toNumberCell(h.ikm, 'desimal4')],
		[text.t('laporan.mutuPelayanan'), h.mutu],
		[text.t('laporan.kinerjaUnit'), h.mutu ? text.t(`kinerja.${h.mutu}`) : null],
		[text.t('laporan.unitDinilai'), toNumberCell(h.unit, 'bulat')],
		[text.t('skm.responden'), toNumberCell(h.responden, 'bulat')],
		[text.t('pengaturan.ikmPemda'), text.t(`setelan.ikmPemda.${h.mode}`)]
	];
	const row = l.unit.map((d, i): Cell[] => [
		toNumberCell(i + 1, 'bulat'),
		d.unit.nama,
		toNumberCell(d.hasil.responden, 'bulat'),
		sampelText(d.sampel, text),
		toNumberCell(d.hasil.nilai, 'desimal2'),
		d.hasil.mutu,
		d.hasil.mutu ? text.t(`kinerja.${d.hasil.mutu}`) : null
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: text.t('skm.pemda') },
		summaryBlock(brief, [text.t('laporan.butir'), text.t('laporan.nilai')], local),
		{ jenis: 'judul', tingkat: 2, teks: text.t('skm.caption') },
		tableBlock(
			[
				text.t('laporan.no'),
				text.t('skm.unit'),
				text.t('skm.responden'),
				text.t('skm.sampel'),
				text.t('skm.ikm'),
				text.t('skm.mutu'),
				text.t('laporan.kinerjaUnit')
			],
			row,
			[0.5, 3.2, 1.3, 3.2, 1, 0.8, 1.2],
			local
		),
		{
			jenis: 'grafik',
			maks: 100,
			garis: mutuLine(CONVERSION),
			batang: l.unit.map((d) => ({
				label: d.unit.nama,
				nilai: d.hasil.nilai,
				teks: cellText(toNumberCell(d.hasil.nilai, 'desimal2'), local),
				warna: mutuColor(d.hasil.mutu)
			}))
		},
		{ jenis: 'judul', tingkat: 2, teks: text.t('laporan.profilPemda') },
		tableBlock(profilColumns(text), profilRows(pemda.profil, text), [2, 3, 1, 1], local)
	];
}

export function skmBlocks(l: SkmReport, text: ReportText, created: string): Block[] {
	const initial = opening(skmTitle(l, text), l, text, created);
	if (!l.pemda) return [...initial, ...unitSection(l, l.unit[0]!, text)];
	return [
		...initial,
		...pemdaSection(l, l.pemda, text),
		...l.unit.flatMap((d, i): Block[] => [
			{
				jenis: 'judul',
				tingkat: 1,
				halamanBaru: true,
				teks: `${i + 1}. ${d.unit.nama}`
			},
			...unitSection(l, d, text)
		])
	];
}
