/** The tables of an SKM report as typed rows, shared by the PDF and the XLSX. */
import type { SampelAdequacy } from '$lib/domain/krejcie-morgan';
import type { Settings } from '$lib/domain/schemas';
import { NOT_FILLED, type ProfilRekap } from '$lib/domain/skm';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SkmUnitDetail } from '$lib/view/skm';
import { toNumberCell, toDateCell, type Cell } from './cell';
import type { SkmReport } from './skm-model';
import type { ReportText } from './text';

/** PermenPANRB 14/2017: an NRR times 25 is its value on the 25–100 scale. */
const CONVERSION = 25;

export function skmTitle(l: SkmReport, teks: ReportText): string {
	const periode = teks.periode(l.periodeId);
	return l.pemda
		? teks.t('laporan.judulSkm', { periode })
		: teks.t('laporan.judulSkmUnit', { unit: l.unit[0]!.unit.nama, periode });
}

/** "Sampel memadai (minimal 357)" or how many more respondents the unit needs. */
export function sampelText(s: SampelAdequacy | null, teks: ReportText): string {
	if (!s) return teks.t('sampel.populasiBelumAda');
	if (s.memadai) return teks.t('sampel.memadai', { n: teks.bilangan(s.dibutuhkan) });
	return teks.t('sampel.belumMemadai', {
		n: teks.bilangan(s.kurang),
		s: teks.bilangan(s.dibutuhkan),
		populasi: teks.bilangan(s.populasi)
	});
}

export function unitSummary(d: SkmUnitDetail, teks: ReportText): [string, Cell][] {
	const { hasil, sampel } = d;
	return [
		[teks.t('skm.responden'), toNumberCell(hasil.responden, 'bulat')],
		[teks.t('skm.ikmUnit'), toNumberCell(hasil.nilai, 'desimal2')],
		[teks.t('laporan.ikmSkala'), toNumberCell(hasil.ikm, 'desimal4')],
		[teks.t('laporan.mutuPelayanan'), hasil.mutu],
		[teks.t('laporan.kinerjaUnit'), hasil.mutu ? teks.t(`kinerja.${hasil.mutu}`) : null],
		[teks.t('skm.sampel'), sampelText(sampel, teks)],
		[teks.t('laporan.populasi'), toNumberCell(sampel?.populasi, 'bulat')],
		[teks.t('laporan.sampelMinimal'), toNumberCell(sampel?.dibutuhkan, 'bulat')],
		[teks.t('laporan.kurangResponden'), toNumberCell(sampel?.kurang, 'bulat')]
	];
}

export function nrrColumns(teks: ReportText): string[] {
	return [
		teks.t('skm.unsur'),
		teks.t('laporan.dijawab'),
		teks.t('skm.nrr'),
		teks.t('laporan.nrrTertimbang'),
		teks.t('laporan.nilaiKonversi'),
		teks.t('skm.mutu'),
		teks.t('laporan.prioritas')
	];
}

/** One row per unsur. */
export function nrrRows(d: SkmUnitDetail, p: Settings, teks: ReportText): Cell[][] {
	const { hasil } = d;
	return UNSUR_KEYS.map((k): Cell[] => {
		const nrr = hasil.nrr[k];
		const prioritas = hasil.unsurTerendah.indexOf(k);
		return [
			teks.unsur(k, p),
			toNumberCell(hasil.dijawab[k], 'bulat'),
			toNumberCell(nrr, 'desimal3'),
			toNumberCell(hasil.nrrTertimbang[k], 'desimal4'),
			toNumberCell(nrr === null ? null : nrr * CONVERSION, 'desimal2'),
			hasil.mutuUnsur[k],
			prioritas < 0 ? null : toNumberCell(prioritas + 1, 'bulat')
		];
	});
}

/** The IKM under the NRR table: Σ NRR tertimbang and its 25–100 value. */
export function ikmRows(d: SkmUnitDetail, teks: ReportText): Cell[] {
	const { hasil } = d;
	return [
		teks.t('laporan.ikmTotal'),
		'',
		'',
		toNumberCell(hasil.ikm, 'desimal4'),
		toNumberCell(hasil.nilai, 'desimal2'),
		hasil.mutu,
		''
	];
}

export function profilColumns(teks: ReportText): string[] {
	return [
		teks.t('laporan.karakteristik'),
		teks.t('laporan.kategori'),
		teks.t('laporan.jumlah'),
		teks.t('laporan.persen')
	];
}

const GROUPS = ['jenisKelamin', 'usia', 'pendidikan', 'pekerjaan'] as const;

/** Every category of the four profile questions with its count and share of the respondents. */
export function profilRows(profil: ProfilRekap, teks: ReportText): Cell[][] {
	return GROUPS.flatMap((kelompok) => {
		const counts = Object.entries(profil[kelompok]);
		const total = counts.reduce((s, [, n]) => s + n, 0);
		return counts.map(([kategori, n]): Cell[] => [
			teks.t(`profil.${kelompok}`),
			kategori === NOT_FILLED
				? teks.t('profil.tidakDiisi')
				: teks.dinamis(`profil.nilai.${kategori}`, kategori),
			toNumberCell(n, 'bulat'),
			toNumberCell(total > 0 ? (n * 100) / total : null, 'persen')
		]);
	});
}

export function saranColumns(teks: ReportText): string[] {
	return [teks.t('laporan.waktu'), teks.t('laporan.saran')];
}

/** Newest first, as the unit's screen lists them. */
export function saranRows(d: SkmUnitDetail): Cell[][] {
	return d.saran.map((s) => [toDateCell(s.waktu), s.teks]);
}
