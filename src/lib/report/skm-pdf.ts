/**
 * The SKM report as PDF blocks, in the order of the reports PermenPANRB 14/2017 asks units to
 * publish: summary with IKM, mutu and kinerja, sample adequacy, NRR per unsur with its chart,
 * improvement priorities, respondent profile, the citizens' saran; for the pemda the units' table
 * and chart first, then each unit's part on its own page.
 */
import { MUTU_LIMITS, type Mutu } from '$lib/domain/mutu';
import type { Settings } from '$lib/domain/schemas';
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
	sampelText
} from './skm-table';
import { settingsSentence, type ReportText } from './text';

const MUTU_COLORS: Record<Mutu, Color> = {
	A: COLORS.hijau,
	B: COLORS.hijau,
	C: COLORS.kuning,
	D: COLORS.merah
};
const mutuColor = (m: Mutu | null) => (m ? MUTU_COLORS[m] : COLORS.redup);
const CONVERSION = 25;

/** The grade bounds as reference lines, on the 25–100 scale or (÷ 25) on the 1–4 scale. */
function mutuLine(skala: 1 | typeof CONVERSION) {
	return (['C', 'B', 'A'] as const).map((m) => ({
		nilai: MUTU_LIMITS[m] / (skala === 1 ? CONVERSION : 1),
		label: m
	}));
}

function unitSection(d: SkmUnitDetail, p: Settings, teks: ReportText): Block[] {
	const { hasil } = d;
	const lokal = teks.locale;
	const blok: Block[] = [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('laporan.ringkasan') },
		summaryBlock(unitSummary(d, teks), [teks.t('laporan.butir'), teks.t('laporan.nilai')], lokal)
	];
	if (hasil.unsurKosong.length > 0) {
		blok.push({
			jenis: 'paragraf',
			warna: COLORS.merah,
			teks: teks.t('skm.unsurKosong', {
				unsur: hasil.unsurKosong.map((k) => teks.unsur(k, p)).join(', ')
			})
		});
	}
	blok.push(
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.nrrJudul') },
		tableBlock(
			nrrColumns(teks),
			[...nrrRows(d, p, teks), ikmRows(d, teks)],
			[4.6, 1.6, 1.1, 1.5, 1.6, 0.9, 1.5],
			lokal,
			true
		),
		{
			jenis: 'grafik',
			maks: 4,
			garis: mutuLine(1),
			batang: UNSUR_KEYS.map((k) => ({
				label: teks.unsur(k, p),
				nilai: hasil.nrr[k],
				teks: cellText(toNumberCell(hasil.nrr[k], 'desimal3'), lokal),
				warna: mutuColor(hasil.mutuUnsur[k])
			}))
		}
	);
	if (hasil.unsurTerendah.length > 0) {
		blok.push(
			{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.prioritas') },
			{
				jenis: 'daftar',
				bernomor: true,
				butir: hasil.unsurTerendah.map((k) =>
					teks.t('laporan.prioritasButir', {
						unsur: teks.unsur(k, p),
						nrr: cellText(toNumberCell(hasil.nrr[k], 'desimal3'), lokal),
						mutu: hasil.mutuUnsur[k] ?? '–'
					})
				)
			}
		);
	}
	blok.push(
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.profil') },
		tableBlock(profilColumns(teks), profilRows(d.profil, teks), [2, 3, 1, 1], lokal)
	);
	if (d.jumlahLayanan.length > 0) {
		blok.push(
			{ jenis: 'judul', tingkat: 2, teks: teks.t('laporan.jenisLayanan') },
			tableBlock(
				[teks.t('laporan.jenisLayanan'), teks.t('laporan.jumlah')],
				d.jumlahLayanan.map((l) => [l.jenis, toNumberCell(l.jumlah, 'bulat')]),
				[5, 1],
				lokal
			)
		);
	}
	blok.push({
		jenis: 'judul',
		tingkat: 2,
		teks: `${teks.t('skm.saran')} (${teks.bilangan(d.saran.length)})`
	});
	blok.push(
		d.saran.length > 0
			? tableBlock(saranColumns(teks), saranRows(d), [1.4, 6], lokal)
			: { jenis: 'paragraf', teks: teks.t('laporan.tanpaSaran') }
	);
	return blok;
}

function opening(judul: string, l: SkmReport, teks: ReportText, dibuat: string): Block[] {
	return [
		{ jenis: 'judul', tingkat: 1, teks: judul },
		{
			jenis: 'paragraf',
			teks: teks.t('laporan.dibuatDi', { dibuat: cellText({ tanggal: dibuat }, teks.locale) })
		},
		{ jenis: 'paragraf', kecil: true, teks: settingsSentence(l.pengaturan, 'skm', teks).join(' ') }
	];
}

function pemdaSection(
	l: SkmReport,
	pemda: NonNullable<SkmReport['pemda']>,
	teks: ReportText
): Block[] {
	const lokal = teks.locale;
	const h = pemda.hasil;
	const ringkas: [string, Cell][] = [
		[teks.t('skm.ikmUnit'), toNumberCell(h.nilai, 'desimal2')],
		[teks.t('laporan.ikmSkala'), toNumberCell(h.ikm, 'desimal4')],
		[teks.t('laporan.mutuPelayanan'), h.mutu],
		[teks.t('laporan.kinerjaUnit'), h.mutu ? teks.t(`kinerja.${h.mutu}`) : null],
		[teks.t('laporan.unitDinilai'), toNumberCell(h.unit, 'bulat')],
		[teks.t('skm.responden'), toNumberCell(h.responden, 'bulat')],
		[teks.t('pengaturan.ikmPemda'), teks.t(`setelan.ikmPemda.${h.mode}`)]
	];
	const baris = l.unit.map((d, i): Cell[] => [
		toNumberCell(i + 1, 'bulat'),
		d.unit.nama,
		toNumberCell(d.hasil.responden, 'bulat'),
		sampelText(d.sampel, teks),
		toNumberCell(d.hasil.nilai, 'desimal2'),
		d.hasil.mutu,
		d.hasil.mutu ? teks.t(`kinerja.${d.hasil.mutu}`) : null
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.pemda') },
		summaryBlock(ringkas, [teks.t('laporan.butir'), teks.t('laporan.nilai')], lokal),
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.caption') },
		tableBlock(
			[
				teks.t('laporan.no'),
				teks.t('skm.unit'),
				teks.t('skm.responden'),
				teks.t('skm.sampel'),
				teks.t('skm.ikm'),
				teks.t('skm.mutu'),
				teks.t('laporan.kinerjaUnit')
			],
			baris,
			[0.5, 3.2, 1.3, 3.2, 1, 0.8, 1.2],
			lokal
		),
		{
			jenis: 'grafik',
			maks: 100,
			garis: mutuLine(CONVERSION),
			batang: l.unit.map((d) => ({
				label: d.unit.nama,
				nilai: d.hasil.nilai,
				teks: cellText(toNumberCell(d.hasil.nilai, 'desimal2'), lokal),
				warna: mutuColor(d.hasil.mutu)
			}))
		},
		{ jenis: 'judul', tingkat: 2, teks: teks.t('laporan.profilPemda') },
		tableBlock(profilColumns(teks), profilRows(pemda.profil, teks), [2, 3, 1, 1], lokal)
	];
}

export function skmBlocks(l: SkmReport, teks: ReportText, dibuat: string): Block[] {
	const awal = opening(skmTitle(l, teks), l, teks, dibuat);
	if (!l.pemda) return [...awal, ...unitSection(l.unit[0]!, l.pengaturan, teks)];
	return [
		...awal,
		...pemdaSection(l, l.pemda, teks),
		...l.unit.flatMap((d, i): Block[] => [
			{
				jenis: 'judul',
				tingkat: 1,
				halamanBaru: true,
				teks: `${i + 1}. ${d.unit.nama}`
			},
			...unitSection(d, l.pengaturan, teks)
		])
	];
}
