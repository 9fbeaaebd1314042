/** The tables of an SKM report as typed rows, shared by the PDF and the XLSX. */
import type { SampelAdequacy } from '$lib/domain/krejcie-morgan';
import type { Rtl, Settings } from '$lib/domain/schemas';
import { NOT_FILLED, type ProfilRekap } from '$lib/domain/skm';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SkmUnitDetail } from '$lib/view/skm';
import { toNumberCell, toDateCell, type Cell } from './cell';
import type { RtlResult, SkmReport } from './skm-model';
import type { ReportText } from './text';

/** PermenPANRB 14/2017: an NRR times 25 is its value on the 25–100 scale. */
const CONVERSION = 25;

export function skmTitle(l: SkmReport, text: ReportText): string {
	const periode = text.periode(l.periodeId);
	return l.pemda
		? text.t('laporan.judulSkm', { periode })
		: text.t('laporan.judulSkmUnit', { unit: l.unit[0]!.unit.nama, periode });
}

/** "Sampel memadai (minimal 357)" or how many more respondents the unit needs. */
export function sampelText(s: SampelAdequacy | null, text: ReportText): string {
	if (!s) return text.t('sampel.populasiBelumAda');
	if (s.memadai) return text.t('sampel.memadai', { n: text.bilangan(s.dibutuhkan) });
	return text.t('sampel.belumMemadai', {
		n: text.bilangan(s.kurang),
		s: text.bilangan(s.dibutuhkan),
		populasi: text.bilangan(s.populasi)
	});
}

export function unitSummary(d: SkmUnitDetail, text: ReportText): [string, Cell][] {
	const { hasil: result, sampel } = d;
	return [
		[text.t('skm.responden'), toNumberCell(result.responden, 'bulat')],
		[text.t('skm.ikmUnit'), toNumberCell(result.nilai, 'desimal2')],
		[text.t('laporan.ikmSkala'), toNumberCell(result.ikm, 'desimal4')],
		[text.t('laporan.mutuPelayanan'), result.mutu],
		[text.t('laporan.kinerjaUnit'), result.mutu ? text.t(`kinerja.${result.mutu}`) : null],
		[text.t('skm.sampel'), sampelText(sampel, text)],
		[text.t('laporan.populasi'), toNumberCell(sampel?.populasi, 'bulat')],
		[text.t('laporan.sampelMinimal'), toNumberCell(sampel?.dibutuhkan, 'bulat')],
		[text.t('laporan.kurangResponden'), toNumberCell(sampel?.kurang, 'bulat')]
	];
}

export function nrrColumns(text: ReportText): string[] {
	return [
		text.t('skm.unsur'),
		text.t('laporan.dijawab'),
		text.t('skm.nrr'),
		text.t('laporan.nrrTertimbang'),
		text.t('laporan.nilaiKonversi'),
		text.t('skm.mutu'),
		text.t('laporan.prioritas')
	];
}

/** One row per unsur. */
export function nrrRows(d: SkmUnitDetail, p: Settings, text: ReportText): Cell[][] {
	const { hasil: result } = d;
	return UNSUR_KEYS.map((k): Cell[] => {
		const nrr = result.nrr[k];
		const prioritas = result.unsurTerendah.indexOf(k);
		return [
			text.unsur(k, p),
			toNumberCell(result.dijawab[k], 'bulat'),
			toNumberCell(nrr, 'desimal3'),
			toNumberCell(result.nrrTertimbang[k], 'desimal4'),
			toNumberCell(nrr === null ? null : nrr * CONVERSION, 'desimal2'),
			result.mutuUnsur[k],
			prioritas < 0 ? null : toNumberCell(prioritas + 1, 'bulat')
		];
	});
}

/** The IKM under the NRR table: Σ NRR tertimbang and its 25–100 value. */
export function ikmRows(d: SkmUnitDetail, text: ReportText): Cell[] {
	const { hasil: result } = d;
	return [
		text.t('laporan.ikmTotal'),
		'',
		'',
		toNumberCell(result.ikm, 'desimal4'),
		toNumberCell(result.nilai, 'desimal2'),
		result.mutu,
		''
	];
}

export function profilColumns(text: ReportText): string[] {
	return [
		text.t('laporan.karakteristik'),
		text.t('laporan.kategori'),
		text.t('laporan.jumlah'),
		text.t('laporan.persen')
	];
}

const GROUPS = ['jenisKelamin', 'usia', 'pendidikan', 'pekerjaan'] as const;

/** Every category of the four profile questions with its count and share of the respondents. */
export function profilRows(profil: ProfilRekap, text: ReportText): Cell[][] {
	return GROUPS.flatMap((group) => {
		const counts = Object.entries(profil[group]);
		const total = counts.reduce((s, [, n]) => s + n, 0);
		return counts.map(([kategori, n]): Cell[] => [
			text.t(`profil.${group}`),
			kategori === NOT_FILLED
				? text.t('profil.tidakDiisi')
				: text.dinamis(`profil.nilai.${kategori}`, kategori),
			toNumberCell(n, 'bulat'),
			toNumberCell(total > 0 ? (n * 100) / total : null, 'persen')
		]);
	});
}

export function saranColumns(text: ReportText): string[] {
	return [text.t('laporan.waktu'), text.t('laporan.saran')];
}

/** Newest first, as the unit's screen lists them. */
export function saranRows(d: SkmUnitDetail): Cell[][] {
	return d.saran.map((s) => [toDateCell(s.waktu), s.teks]);
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "TW I, TW III" (English "Q1, Q3"): the triwulan an RTL row runs in. */
function triwulanText(list: readonly number[], text: ReportText): string {
	return list.map((n) => text.t('laporan.rtlTw', { n, romawi: ROMAN[n - 1] ?? n })).join(', ');
}

export function rtlColumns(text: ReportText): string[] {
	return [
		text.t('skm.unsur'),
		text.t('laporan.rtlProgram'),
		text.t('laporan.rtlTriwulan'),
		text.t('laporan.rtlPenanggungJawab'),
		text.t('laporan.rtlProgres'),
		text.t('laporan.rtlCatatan'),
		text.t('laporan.rtlTanggal')
	];
}

/** One row per action of the plan, in its order. */
export function rtlRows(rtl: Pick<Rtl, 'butir'>, p: Settings, text: ReportText): Cell[][] {
	return rtl.butir.map((b): Cell[] => [
		text.unsur(b.unsur, p),
		b.program,
		triwulanText(b.triwulan, text),
		b.penanggungJawab,
		text.t(`laporan.rtlProgres.${b.progres}`),
		b.catatanProgres ?? null,
		b.tanggalProgres ? toDateCell(b.tanggalProgres) : null
	]);
}

export function rtlEffectColumns(text: ReportText): string[] {
	return [
		text.t('skm.unsur'),
		text.t('laporan.rtlNrrSebelum'),
		text.t('laporan.rtlNrrKini'),
		text.t('laporan.rtlSelisih'),
		text.t('laporan.rtlArah')
	];
}

/** One row per unsur the earlier plan targeted: NRR then and now, the change and its direction. */
export function rtlEffectRows(h: RtlResult, p: Settings, text: ReportText): Cell[][] {
	return h.efek.map((e): Cell[] => [
		text.unsur(e.unsur, p),
		toNumberCell(e.sebelum, 'desimal3'),
		toNumberCell(e.sesudah, 'desimal3'),
		toNumberCell(e.selisih, 'selisih3'),
		e.arah ? text.t(`laporan.rtlArah.${e.arah}`) : text.t('laporan.rtlArahKosong')
	]);
}
