/**
 * The SKM report as spreadsheet tables, one per sheet, in long form (one row per unit and unsur,
 * per profile category, per saran) so that a pivot table or filter works on them directly.
 */
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SkmUnitDetail } from '$lib/view/skm';
import type { TabelLaporan } from './lembar';
import { angka, tanggal, type Sel } from './sel';
import type { LaporanSkm } from './skm-model';
import {
	barisNrr,
	barisProfil,
	barisSaran,
	judulSkm,
	kolomNrr,
	kolomProfil,
	kolomSaran,
	ringkasanUnit,
	teksSampel
} from './skm-tabel';
import type { Teks } from './teks';

function ringkasan(l: LaporanSkm, teks: Teks, dibuat: string): TabelLaporan {
	const judul: [string, Sel][] = [
		[teks.t('laporan.laporan'), judulSkm(l, teks)],
		[teks.t('periode.label'), teks.periode(l.periodeId)],
		[teks.t('laporan.dibuat'), tanggal(dibuat)]
	];
	const hasil: [string, Sel][] = l.pemda
		? [
				[teks.t('skm.ikmUnit'), angka(l.pemda.hasil.nilai, 'desimal2')],
				[teks.t('laporan.ikmSkala'), angka(l.pemda.hasil.ikm, 'desimal4')],
				[teks.t('laporan.mutuPelayanan'), l.pemda.hasil.mutu],
				[
					teks.t('laporan.kinerjaUnit'),
					l.pemda.hasil.mutu ? teks.t(`kinerja.${l.pemda.hasil.mutu}`) : null
				],
				[teks.t('laporan.unitDinilai'), angka(l.pemda.hasil.unit, 'bulat')],
				[teks.t('skm.responden'), angka(l.pemda.hasil.responden, 'bulat')]
			]
		: [[teks.t('skm.unit'), l.unit[0]!.unit.nama], ...ringkasanUnit(l.unit[0]!, teks)];
	const p = l.pengaturan;
	const setelan: [string, Sel][] = [
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
export function tabelUnitSkm(l: LaporanSkm, teks: Teks): TabelLaporan {
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
	const baris = l.unit.map(({ unit, hasil, sampel }: SkmUnitDetail): Sel[] => [
		unit.id,
		unit.nama,
		angka(hasil.responden, 'bulat'),
		angka(sampel?.populasi, 'bulat'),
		angka(sampel?.dibutuhkan, 'bulat'),
		angka(sampel?.kurang, 'bulat'),
		teksSampel(sampel, teks),
		angka(hasil.ikm, 'desimal4'),
		angka(hasil.nilai, 'desimal2'),
		hasil.mutu,
		hasil.mutu ? teks.t(`kinerja.${hasil.mutu}`) : null,
		...UNSUR_KEYS.map((k) => angka(hasil.nrr[k], 'desimal3')),
		hasil.unsurTerendah.map((k) => k.toUpperCase()).join(', ')
	]);
	return { nama: teks.t('laporan.lembarUnit'), kolom, baris };
}

/** Each of the unit's rows, after its code and name. */
function perUnit(
	nama: string,
	kolom: readonly string[],
	l: LaporanSkm,
	baris: (d: SkmUnitDetail) => Sel[][],
	teks: Teks
): TabelLaporan {
	return {
		nama,
		kolom: [teks.t('laporan.kodeUnit'), teks.t('skm.unit'), ...kolom],
		baris: l.unit.flatMap((d) => baris(d).map((b) => [d.unit.id, d.unit.nama, ...b]))
	};
}

export function lembarSkm(l: LaporanSkm, teks: Teks, dibuat: string): TabelLaporan[] {
	const lembar = [
		ringkasan(l, teks, dibuat),
		tabelUnitSkm(l, teks),
		perUnit(teks.t('skm.nrr'), kolomNrr(teks), l, (d) => barisNrr(d, l.pengaturan, teks), teks),
		perUnit(teks.t('skm.profil'), kolomProfil(teks), l, (d) => barisProfil(d.profil, teks), teks),
		perUnit(teks.t('laporan.saran'), kolomSaran(teks), l, barisSaran, teks)
	];
	if (l.pemda) {
		lembar.push({
			nama: teks.t('laporan.profilPemda'),
			kolom: kolomProfil(teks),
			baris: barisProfil(l.pemda.profil, teks)
		});
	}
	return lembar;
}
