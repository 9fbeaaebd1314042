/**
 * The SKM report as PDF blocks, in the order of the reports PermenPANRB 14/2017 asks units to
 * publish: summary with IKM, mutu and kinerja, sample adequacy, NRR per unsur with its chart,
 * improvement priorities, respondent profile, the citizens' saran; for the pemda the units' table
 * and chart first, then each unit's part on its own page.
 */
import { BATAS_MUTU, type Mutu } from '$lib/domain/mutu';
import type { Pengaturan } from '$lib/domain/schemas';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SkmUnitDetail } from '$lib/view/skm';
import { ringkasBlok, tabelBlok } from './blok';
import { WARNA, type Blok, type Warna } from './dokumen';
import { angka, teksSel, type Sel } from './sel';
import type { LaporanSkm } from './skm-model';
import {
	barisIkm,
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
import { kalimatSetelan, type Teks } from './teks';

const WARNA_MUTU: Record<Mutu, Warna> = {
	A: WARNA.hijau,
	B: WARNA.hijau,
	C: WARNA.kuning,
	D: WARNA.merah
};
const warnaMutu = (m: Mutu | null) => (m ? WARNA_MUTU[m] : WARNA.redup);
const KONVERSI = 25;

/** The grade bounds as reference lines, on the 25–100 scale or (÷ 25) on the 1–4 scale. */
function garisMutu(skala: 1 | typeof KONVERSI) {
	return (['C', 'B', 'A'] as const).map((m) => ({
		nilai: BATAS_MUTU[m] / (skala === 1 ? KONVERSI : 1),
		label: m
	}));
}

function bagianUnit(d: SkmUnitDetail, p: Pengaturan, teks: Teks): Blok[] {
	const { hasil } = d;
	const lokal = teks.locale;
	const blok: Blok[] = [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('laporan.ringkasan') },
		ringkasBlok(ringkasanUnit(d, teks), [teks.t('laporan.butir'), teks.t('laporan.nilai')], lokal)
	];
	if (hasil.unsurKosong.length > 0) {
		blok.push({
			jenis: 'paragraf',
			warna: WARNA.merah,
			teks: teks.t('skm.unsurKosong', {
				unsur: hasil.unsurKosong.map((k) => teks.unsur(k, p)).join(', ')
			})
		});
	}
	blok.push(
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.nrrJudul') },
		tabelBlok(
			kolomNrr(teks),
			[...barisNrr(d, p, teks), barisIkm(d, teks)],
			[4.6, 1.6, 1.1, 1.5, 1.6, 0.9, 1.5],
			lokal,
			true
		),
		{
			jenis: 'grafik',
			maks: 4,
			garis: garisMutu(1),
			batang: UNSUR_KEYS.map((k) => ({
				label: teks.unsur(k, p),
				nilai: hasil.nrr[k],
				teks: teksSel(angka(hasil.nrr[k], 'desimal3'), lokal),
				warna: warnaMutu(hasil.mutuUnsur[k])
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
						nrr: teksSel(angka(hasil.nrr[k], 'desimal3'), lokal),
						mutu: hasil.mutuUnsur[k] ?? '–'
					})
				)
			}
		);
	}
	blok.push(
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.profil') },
		tabelBlok(kolomProfil(teks), barisProfil(d.profil, teks), [2, 3, 1, 1], lokal)
	);
	if (d.jumlahLayanan.length > 0) {
		blok.push(
			{ jenis: 'judul', tingkat: 2, teks: teks.t('laporan.jenisLayanan') },
			tabelBlok(
				[teks.t('laporan.jenisLayanan'), teks.t('laporan.jumlah')],
				d.jumlahLayanan.map((l) => [l.jenis, angka(l.jumlah, 'bulat')]),
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
			? tabelBlok(kolomSaran(teks), barisSaran(d), [1.4, 6], lokal)
			: { jenis: 'paragraf', teks: teks.t('laporan.tanpaSaran') }
	);
	return blok;
}

function pembuka(judul: string, l: LaporanSkm, teks: Teks, dibuat: string): Blok[] {
	return [
		{ jenis: 'judul', tingkat: 1, teks: judul },
		{
			jenis: 'paragraf',
			teks: teks.t('laporan.dibuatDi', { dibuat: teksSel({ tanggal: dibuat }, teks.locale) })
		},
		{ jenis: 'paragraf', kecil: true, teks: kalimatSetelan(l.pengaturan, 'skm', teks).join(' ') }
	];
}

function bagianPemda(l: LaporanSkm, pemda: NonNullable<LaporanSkm['pemda']>, teks: Teks): Blok[] {
	const lokal = teks.locale;
	const h = pemda.hasil;
	const ringkas: [string, Sel][] = [
		[teks.t('skm.ikmUnit'), angka(h.nilai, 'desimal2')],
		[teks.t('laporan.ikmSkala'), angka(h.ikm, 'desimal4')],
		[teks.t('laporan.mutuPelayanan'), h.mutu],
		[teks.t('laporan.kinerjaUnit'), h.mutu ? teks.t(`kinerja.${h.mutu}`) : null],
		[teks.t('laporan.unitDinilai'), angka(h.unit, 'bulat')],
		[teks.t('skm.responden'), angka(h.responden, 'bulat')],
		[teks.t('pengaturan.ikmPemda'), teks.t(`setelan.ikmPemda.${h.mode}`)]
	];
	const baris = l.unit.map((d, i): Sel[] => [
		angka(i + 1, 'bulat'),
		d.unit.nama,
		angka(d.hasil.responden, 'bulat'),
		teksSampel(d.sampel, teks),
		angka(d.hasil.nilai, 'desimal2'),
		d.hasil.mutu,
		d.hasil.mutu ? teks.t(`kinerja.${d.hasil.mutu}`) : null
	]);
	return [
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.pemda') },
		ringkasBlok(ringkas, [teks.t('laporan.butir'), teks.t('laporan.nilai')], lokal),
		{ jenis: 'judul', tingkat: 2, teks: teks.t('skm.caption') },
		tabelBlok(
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
			garis: garisMutu(KONVERSI),
			batang: l.unit.map((d) => ({
				label: d.unit.nama,
				nilai: d.hasil.nilai,
				teks: teksSel(angka(d.hasil.nilai, 'desimal2'), lokal),
				warna: warnaMutu(d.hasil.mutu)
			}))
		},
		{ jenis: 'judul', tingkat: 2, teks: teks.t('laporan.profilPemda') },
		tabelBlok(kolomProfil(teks), barisProfil(pemda.profil, teks), [2, 3, 1, 1], lokal)
	];
}

export function blokSkm(l: LaporanSkm, teks: Teks, dibuat: string): Blok[] {
	const awal = pembuka(judulSkm(l, teks), l, teks, dibuat);
	if (!l.pemda) return [...awal, ...bagianUnit(l.unit[0]!, l.pengaturan, teks)];
	return [
		...awal,
		...bagianPemda(l, l.pemda, teks),
		...l.unit.flatMap((d, i): Blok[] => [
			{
				jenis: 'judul',
				tingkat: 1,
				halamanBaru: true,
				teks: `${i + 1}. ${d.unit.nama}`
			},
			...bagianUnit(d, l.pengaturan, teks)
		])
	];
}
