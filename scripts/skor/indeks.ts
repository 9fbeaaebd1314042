import { formatAngka } from '../../src/lib/domain/format';
import { hitungIndeksOpd, KOMPONEN_KEYS, type HasilIndeks } from '../../src/lib/domain/indeks';
import { periodeSebelumnya } from '../../src/lib/domain/periode';
import { peringkat, type BarisPeringkat } from '../../src/lib/domain/ranking';
import type { Pengaturan } from '../../src/lib/domain/schemas';
import { barisBermasalah } from '../../src/lib/import/table/errors';
import { masukanIndeks, parseRealisasiRows } from '../../src/lib/import/realisasi/rows';
import type { Tabel } from '../../src/lib/import/table/table';
import { namaPeriode, periksaKesalahan, tabelTeks, type Konteks } from './io';

export interface OpsiIndeks {
	pengaturan: Pengaturan;
	lewati: boolean;
	json: boolean;
}

interface PeriodeDinilai {
	periodeId: string;
	hasil: Map<string, HasilIndeks>;
	peringkat: BarisPeringkat[];
}

function nilai(
	tabel: Tabel,
	o: OpsiIndeks,
	kx: Konteks
): { periode: PeriodeDinilai[]; nama: Map<string, string> } {
	const impor = parseRealisasiRows(tabel);
	const jumlahBaris = tabel.rows.length - barisBermasalah(impor.errors).length;
	periksaKesalahan(impor.errors, jumlahBaris, o.lewati, kx);
	const nama = new Map(impor.unit.map((u) => [u.id, u.nama]));
	const perPeriode = new Map<string, PeriodeDinilai>();
	const periode = masukanIndeks(impor).map(({ periodeId, masukan }) => {
		const hasil = new Map(masukan.map((m) => [m.unitId, hitungIndeksOpd(m, o.pengaturan)]));
		const kini = [...hasil.values()].map(({ unitId, indeks }) => ({ unitId, indeks }));
		const lalu = perPeriode.get(periodeSebelumnya(periodeId));
		const daftar = peringkat(
			kini,
			lalu && lalu.peringkat.map(({ unitId, indeks }) => ({ unitId, indeks }))
		);
		const p = { periodeId, hasil, peringkat: daftar };
		perPeriode.set(periodeId, p);
		return p;
	});
	return { periode, nama };
}

function json(
	periode: readonly PeriodeDinilai[],
	nama: Map<string, string>,
	o: OpsiIndeks
): string {
	const isi = periode.map((p) => ({
		periodeId: p.periodeId,
		peringkat: p.peringkat.map((b) => {
			const h = p.hasil.get(b.unitId)!;
			return {
				unit: nama.get(b.unitId) ?? b.unitId,
				peringkat: b.peringkat,
				indeks: h.indeks,
				zona: h.zona,
				komponen: Object.fromEntries(KOMPONEN_KEYS.map((k) => [k, h.komponen[k].nilai])),
				kekurangan: h.kekurangan
			};
		})
	}));
	const { bobotIndeks, batasCapaian, rumusNegatif, rumusP3dn, zona } = o.pengaturan;
	const pengaturan = { bobotIndeks, batasCapaian, rumusNegatif, rumusP3dn, zona };
	return JSON.stringify({ periode: isi, pengaturan }, null, 2) + '\n';
}

function gerak(b: BarisPeringkat): string {
	if (b.naik === null) return '';
	if (b.naik > 0) return `▲${b.naik}`;
	if (b.naik < 0) return `▼${-b.naik}`;
	return '=';
}

function teksPeriode(p: PeriodeDinilai, nama: Map<string, string>, kx: Konteks): string {
	const { t, locale } = kx;
	const angka = (x: number | null) => (x === null ? '–' : formatAngka(x, 2, locale));
	const kepala = [
		t('indeks.no'),
		t('peringkat.opd'),
		t('peringkat.indeks'),
		t('peringkat.zona'),
		t('indeks.anggaran'),
		t('indeks.fisik'),
		t('indeks.kinerja'),
		t('indeks.p3dn'),
		t('peringkat.gerak'),
		t('peringkat.dataKurang')
	];
	const baris = p.peringkat.map((b) => {
		const h = p.hasil.get(b.unitId)!;
		const kurang = h.kekurangan.map((k) => t(`kurang.${k}`));
		if (h.indikatorTanpaRealisasi > 0) {
			kurang.push(t('peringkat.indikatorKosong', { n: h.indikatorTanpaRealisasi }));
		}
		return [
			b.peringkat === null ? '–' : String(b.peringkat),
			nama.get(b.unitId) ?? b.unitId,
			angka(h.indeks),
			h.zona === null ? '–' : t(`zona.${h.zona}`),
			...KOMPONEN_KEYS.map((k) => angka(h.komponen[k].nilai)),
			gerak(b),
			kurang.join('; ')
		];
	});
	const kanan = [true, false, true, false, true, true, true, true, false, false];
	const judul = t('indeks.judulCli', { periode: namaPeriode(p.periodeId, t) });
	return `${judul}\n${tabelTeks([kepala, ...baris], kanan)}`;
}

function teks(
	periode: readonly PeriodeDinilai[],
	nama: Map<string, string>,
	o: OpsiIndeks,
	kx: Konteks
): string {
	const { t } = kx;
	const s = o.pengaturan;
	const setelan = [
		t('setelan.indeks', {
			...s.bobotIndeks,
			batas: s.batasCapaian,
			hijau: s.zona.hijau,
			kuning: s.zona.kuning
		}),
		t(`setelan.negatif.${s.rumusNegatif}`),
		t(`setelan.p3dn.${s.rumusP3dn}`),
		t('indeks.batas', { batas: s.batasCapaian })
	].join('\n');
	return [setelan, ...periode.map((p) => teksPeriode(p, nama, kx))].join('\n\n') + '\n';
}

export function jalankanIndeks(tabel: Tabel, o: OpsiIndeks, kx: Konteks): string {
	const { periode, nama } = nilai(tabel, o, kx);
	return o.json ? json(periode, nama, o) : teks(periode, nama, o, kx);
}
