import type { Locale } from '../../src/lib/domain/format';
import type { MessageKey } from '../../src/lib/i18n/messages';
import { messages } from '../../src/lib/i18n/all';
import { interpolate, type Params } from '../../src/lib/i18n/translate';

/** Texts of the skor CLI only; everything the app also shows comes from the app's messages. */
const TEXTS = {
	'cli.pakai': {
		id: `Pemakaian: npm run skor -- <perintah> BERKAS.csv|BERKAS.xlsx [opsi]

Perintah:
  skm      IKM per unit layanan dan IKM pemda (PermenPANRB 14/2017)
  indeks   Peringkat Indeks Kinerja OPD per triwulan

Opsi umum:
  --json              keluaran JSON saja (ke stdout)
  --en                pesan dalam bahasa Inggris
  --skip-invalid      lewati baris tidak valid dan nilai sisanya

Opsi skm:
  --per-triwulan      hitung per unit per triwulan (bawaan: semua baris tiap unit digabung)
  --semua             semua baris tiap unit digabung (bawaan)
  --bobot B           1/9 atau eksak (bawaan); 0,111 atau dibulatkan
  --ikm-pemda M       rerata-unit (bawaan) atau gabungan
  --penomoran P       permen (bawaan: U8 Pengaduan, U9 Sarana) atau kuesioner (U8 Sarana, U9 Pengaduan)

Opsi indeks:
  --bobot-indeks A,F,K,P   bobot anggaran, fisik, kinerja, P3DN dalam % (bawaan 20,20,50,10)
  --batas-capaian N        batas capaian dalam indeks, 100–200 (bawaan 100)
  --negatif R              rumus indikator negatif: selisih (bawaan) atau rasio
  --p3dn R                 rumus P3DN: komitmen (bawaan) atau pangsa

Kode keluar: 0 berhasil; 1 ada baris tidak valid; 2 berkas/opsi bermasalah.`,
		en: `Usage: npm run skor -- <command> FILE.csv|FILE.xlsx [options]

Commands:
  skm      IKM per service unit and pemda-wide IKM (PermenPANRB 14/2017)
  indeks   Indeks Kinerja OPD ranking per quarter

Common options:
  --json              JSON output only (to stdout)
  --en                messages in English
  --skip-invalid      skip invalid rows and score the rest

skm options:
  --per-triwulan      score per unit per quarter (default: all rows of a unit pooled)
  --semua             all rows of a unit pooled (default)
  --bobot W           1/9 or eksak (default); 0,111 or dibulatkan
  --ikm-pemda M       rerata-unit (default) or gabungan
  --penomoran P       permen (default: U8 complaints, U9 facilities) or kuesioner (U8 facilities, U9 complaints)

indeks options:
  --bobot-indeks A,F,K,P   weights of budget, physical, performance, P3DN in % (default 20,20,50,10)
  --batas-capaian N        cap on achievement in the index, 100–200 (default 100)
  --negatif R              negative-indicator formula: selisih (default) or rasio
  --p3dn R                 P3DN formula: komitmen (default) or pangsa

Exit codes: 0 success; 1 invalid rows; 2 file or option problem.`
	},
	'cli.perintahTidakDikenal': {
		id: 'Perintah tidak dikenal: "{perintah}". Gunakan skm atau indeks.',
		en: 'Unknown command: "{perintah}". Use skm or indeks.'
	},
	'cli.berkasBelumDisebut': {
		id: 'Sebutkan berkas .csv atau .xlsx yang akan dinilai.',
		en: 'Name the .csv or .xlsx file to score.'
	},
	'cli.opsiTidakValid': { id: 'Opsi tidak valid: {pesan}', en: 'Invalid option: {pesan}' },
	'cli.opsiNilai': {
		id: 'Nilai "{nilai}" untuk {opsi} tidak dikenal; pilihan: {pilihan}',
		en: 'Value "{nilai}" for {opsi} not recognised; choose: {pilihan}'
	},
	'cli.bobotIndeks': {
		id: '--bobot-indeks harus empat angka dipisah koma, mis. 20,20,50,10',
		en: '--bobot-indeks must be four comma-separated numbers, e.g. 20,20,50,10'
	},
	'cli.berkasTidakAda': { id: 'Berkas tidak ditemukan: {berkas}', en: 'File not found: {berkas}' },
	'cli.berkasTidakTerbaca': {
		id: 'Berkas tidak dapat dibaca: {berkas} ({sebab})',
		en: 'Cannot read file: {berkas} ({sebab})'
	},
	'cli.barisTidakValid': {
		id: '{n} baris tidak valid; tidak ada hasil yang dihitung. Perbaiki berkas, atau jalankan lagi dengan --skip-invalid untuk melewatinya.',
		en: '{n} invalid rows; nothing was scored. Fix the file, or run again with --skip-invalid to skip them.'
	},
	'cli.barisDilewati': {
		id: '{n} baris tidak valid dilewati; {sisa} baris dinilai.',
		en: '{n} invalid rows skipped; {sisa} rows scored.'
	},
	'cli.tanpaData': {
		id: 'Tidak ada baris data yang dapat dinilai.',
		en: 'There are no data rows to score.'
	},
	'skm.judulCli': {
		id: 'Survei Kepuasan Masyarakat — {berkas}',
		en: 'Community Satisfaction Survey — {berkas}'
	},
	'skm.digabung': {
		id: 'Semua baris tiap unit digabung ({periode}).',
		en: 'All rows of each unit pooled ({periode}).'
	},
	'skm.perTriwulan': { id: 'Dihitung per unit per triwulan.', en: 'Scored per unit per quarter.' },
	'skm.respondenPeriode': {
		id: '{n} responden, {periode}',
		en: '{n} respondents, {periode}'
	},
	'skm.mutuUnsur': { id: 'Mutu', en: 'Grade' },
	'skm.dijawab': { id: 'Dijawab', en: 'Answered' },
	'skm.ikm14': { id: 'IKM (1–4)', en: 'IKM (1–4)' },
	'skm.nilai': { id: 'Nilai IKM (25–100)', en: 'IKM value (25–100)' },
	'skm.mutuPelayanan': { id: 'Mutu pelayanan', en: 'Service grade' },
	'skm.terendah': { id: 'Unsur terendah', en: 'Lowest elements' },
	'skm.pemdaCli': { id: 'IKM Pemda', en: 'Pemda-wide IKM' },
	'indeks.judulCli': {
		id: 'Peringkat Indeks Kinerja OPD — {periode}',
		en: 'Indeks Kinerja OPD ranking — {periode}'
	},
	'indeks.no': { id: 'No', en: 'Rank' },
	'indeks.anggaran': { id: 'Anggaran', en: 'Budget' },
	'indeks.fisik': { id: 'Fisik', en: 'Physical' },
	'indeks.kinerja': { id: 'Kinerja', en: 'Perform.' },
	'indeks.p3dn': { id: 'P3DN', en: 'P3DN' },
	'indeks.batas': {
		id: 'Komponen dalam %, sebelum dibatasi {batas}%.',
		en: 'Components in %, before the {batas}% cap.'
	},
	'periode.nama': { id: 'Triwulan {tw} {tahun}', en: 'Quarter {tw} {tahun}' }
} as const satisfies Record<string, Record<Locale, string>>;

export type TextKey = keyof typeof TEXTS | MessageKey;
export type Translate = (key: TextKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
	return (key, params) => {
		const template =
			key in TEXTS ? TEXTS[key as keyof typeof TEXTS][locale] : messages[locale][key as MessageKey];
		return interpolate(template, params);
	};
}
