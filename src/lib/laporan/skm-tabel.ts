/** The tables of an SKM report as typed rows, shared by the PDF and the XLSX. */
import type { KecukupanSampel } from '$lib/domain/krejcie-morgan';
import type { Pengaturan } from '$lib/domain/schemas';
import { TIDAK_DIISI, type RekapProfil } from '$lib/domain/skm';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SkmUnitDetail } from '$lib/view/skm';
import { angka, tanggal, type Sel } from './sel';
import type { LaporanSkm } from './skm-model';
import type { Teks } from './teks';

/** PermenPANRB 14/2017: an NRR times 25 is its value on the 25–100 scale. */
const KONVERSI = 25;

export function judulSkm(l: LaporanSkm, teks: Teks): string {
	const periode = teks.periode(l.periodeId);
	return l.pemda
		? teks.t('laporan.judulSkm', { periode })
		: teks.t('laporan.judulSkmUnit', { unit: l.unit[0]!.unit.nama, periode });
}

/** "Sampel memadai (minimal 357)" or how many more respondents the unit needs. */
export function teksSampel(s: KecukupanSampel | null, teks: Teks): string {
	if (!s) return teks.t('sampel.populasiBelumAda');
	if (s.memadai) return teks.t('sampel.memadai', { n: teks.bilangan(s.dibutuhkan) });
	return teks.t('sampel.belumMemadai', {
		n: teks.bilangan(s.kurang),
		s: teks.bilangan(s.dibutuhkan),
		populasi: teks.bilangan(s.populasi)
	});
}

export function ringkasanUnit(d: SkmUnitDetail, teks: Teks): [string, Sel][] {
	const { hasil, sampel } = d;
	return [
		[teks.t('skm.responden'), angka(hasil.responden, 'bulat')],
		[teks.t('skm.ikmUnit'), angka(hasil.nilai, 'desimal2')],
		[teks.t('laporan.ikmSkala'), angka(hasil.ikm, 'desimal4')],
		[teks.t('laporan.mutuPelayanan'), hasil.mutu],
		[teks.t('laporan.kinerjaUnit'), hasil.mutu ? teks.t(`kinerja.${hasil.mutu}`) : null],
		[teks.t('skm.sampel'), teksSampel(sampel, teks)],
		[teks.t('laporan.populasi'), angka(sampel?.populasi, 'bulat')],
		[teks.t('laporan.sampelMinimal'), angka(sampel?.dibutuhkan, 'bulat')],
		[teks.t('laporan.kurangResponden'), angka(sampel?.kurang, 'bulat')]
	];
}

export function kolomNrr(teks: Teks): string[] {
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
export function barisNrr(d: SkmUnitDetail, p: Pengaturan, teks: Teks): Sel[][] {
	const { hasil } = d;
	return UNSUR_KEYS.map((k): Sel[] => {
		const nrr = hasil.nrr[k];
		const prioritas = hasil.unsurTerendah.indexOf(k);
		return [
			teks.unsur(k, p),
			angka(hasil.dijawab[k], 'bulat'),
			angka(nrr, 'desimal3'),
			angka(hasil.nrrTertimbang[k], 'desimal4'),
			angka(nrr === null ? null : nrr * KONVERSI, 'desimal2'),
			hasil.mutuUnsur[k],
			prioritas < 0 ? null : angka(prioritas + 1, 'bulat')
		];
	});
}

/** The IKM under the NRR table: Σ NRR tertimbang and its 25–100 value. */
export function barisIkm(d: SkmUnitDetail, teks: Teks): Sel[] {
	const { hasil } = d;
	return [
		teks.t('laporan.ikmTotal'),
		'',
		'',
		angka(hasil.ikm, 'desimal4'),
		angka(hasil.nilai, 'desimal2'),
		hasil.mutu,
		''
	];
}

export function kolomProfil(teks: Teks): string[] {
	return [
		teks.t('laporan.karakteristik'),
		teks.t('laporan.kategori'),
		teks.t('laporan.jumlah'),
		teks.t('laporan.persen')
	];
}

const KELOMPOK = ['jenisKelamin', 'usia', 'pendidikan', 'pekerjaan'] as const;

/** Every category of the four profile questions with its count and share of the respondents. */
export function barisProfil(profil: RekapProfil, teks: Teks): Sel[][] {
	return KELOMPOK.flatMap((kelompok) => {
		const counts = Object.entries(profil[kelompok]);
		const total = counts.reduce((s, [, n]) => s + n, 0);
		return counts.map(([kategori, n]): Sel[] => [
			teks.t(`profil.${kelompok}`),
			kategori === TIDAK_DIISI
				? teks.t('profil.tidakDiisi')
				: teks.dinamis(`profil.nilai.${kategori}`, kategori),
			angka(n, 'bulat'),
			angka(total > 0 ? (n * 100) / total : null, 'persen')
		]);
	});
}

export function kolomSaran(teks: Teks): string[] {
	return [teks.t('laporan.waktu'), teks.t('laporan.saran')];
}

/** Newest first, as the unit's screen lists them. */
export function barisSaran(d: SkmUnitDetail): Sel[][] {
	return d.saran.map((s) => [tanggal(s.waktu), s.teks]);
}
