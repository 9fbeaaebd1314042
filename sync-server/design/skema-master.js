/*
 * Master data as src/lib/domain/schemas.ts defines it: unitSchema, periodeSchema, populasiSchema,
 * indikatorSchema, jenisLayananSchema, kuesionerSchema, pengaturanSchema (plus its row id). Each
 * check throws the first problem it finds. ES5 only (see lib.js).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- concatenated with lib.js and aturan-*.js */

var JENIS_UNIT = [
	'sekretariat',
	'dinas',
	'badan',
	'bagian',
	'kecamatan',
	'kelurahan',
	'puskesmas',
	'upt'
];
var POLARITAS = ['positif', 'negatif'];

function cekTahun(v, path) {
	cekBulat(v, path, 'err.tahun', 2000, 2100);
}

function cekTriwulan(v, path) {
	if (v !== 1 && v !== 2 && v !== 3 && v !== 4) tolak('err.triwulan', path, 'must be 1, 2, 3 or 4');
}

function cekUnit(d) {
	cekKunciDokumen(d, [
		'id',
		'nama',
		'singkatan',
		'jenis',
		'indukId',
		'dinilaiIndeks',
		'layananSkm'
	]);
	cekId(d.id, 'id');
	cekTeks(d.nama, 'nama', 'err.nama', 1, 200, true);
	if (ada(d, 'singkatan')) cekTeks(d.singkatan, 'singkatan', 'err.tidakValid', 0, 40, true);
	cekPilihan(d.jenis, JENIS_UNIT, 'jenis', 'err.jenisUnit');
	if (ada(d, 'indukId')) cekId(d.indukId, 'indukId');
	cekBoolean(d.dinilaiIndeks, 'dinilaiIndeks');
	cekBoolean(d.layananSkm, 'layananSkm');
}

function cekPeriode(d) {
	cekKunciDokumen(d, ['id', 'tahun', 'triwulan']);
	cekPeriodeId(d.id, 'id');
	cekTahun(d.tahun, 'tahun');
	cekTriwulan(d.triwulan, 'triwulan');
}

function cekPopulasi(d) {
	cekKunciDokumen(d, ['id', 'unitId', 'periodeId', 'jumlah']);
	cekId(d.id, 'id');
	cekId(d.unitId, 'unitId');
	cekPeriodeId(d.periodeId, 'periodeId');
	cekBulat(d.jumlah, 'jumlah', 'err.populasi', 1, null);
}

function cekIndikator(d) {
	cekKunciDokumen(d, ['id', 'unitId', 'tahun', 'nama', 'satuan', 'polaritas', 'target']);
	cekId(d.id, 'id');
	cekId(d.unitId, 'unitId');
	cekTahun(d.tahun, 'tahun');
	cekTeks(d.nama, 'nama', 'err.nama', 1, 300, true);
	cekTeks(d.satuan, 'satuan', 'err.satuan', 1, 40, true);
	cekPilihan(d.polaritas, POLARITAS, 'polaritas', 'err.polaritas');
	if (!adalahLarik(d.target) || d.target.length !== 4) {
		tolak('err.target', 'target', 'must list the four triwulan targets');
	}
	for (var i = 0; i < 4; i++) {
		cekNonNegatifAtauNull(d.target[i], 'target.' + i, 'err.target', null);
	}
}

function cekJenisLayanan(d) {
	cekKunciDokumen(d, ['id', 'unitId', 'nama', 'aktif']);
	cekId(d.id, 'id');
	cekId(d.unitId, 'unitId');
	cekTeks(d.nama, 'nama', 'err.nama', 1, 200, true);
	cekBoolean(d.aktif, 'aktif');
}

function cekTeksDuaBahasa(v, path) {
	cekObjek(v, path, 'err.teks');
	cekKunci(v, ['id', 'en'], path);
	cekTeks(v.id, jalur(path, 'id'), 'err.teks', 1, 500, true);
	if (ada(v, 'en')) cekTeks(v.en, jalur(path, 'en'), 'err.tidakValid', 0, 500, true);
}

function cekPertanyaanTambahan(v, path) {
	cekObjek(v, path);
	cekKunci(v, ['id', 'jenis', 'pertanyaan', 'pilihan', 'ganda', 'wajib'], path);
	if (typeof v.id !== 'string' || !TAMBAHAN_ID_RE.test(v.id)) {
		tolak('err.id', jalur(path, 'id'), 'must be 1–40 of a–z, 0–9 and "-"');
	}
	cekPilihan(v.jenis, ['skala', 'pilihan', 'teks'], jalur(path, 'jenis'));
	cekTeksDuaBahasa(v.pertanyaan, jalur(path, 'pertanyaan'));
	if (ada(v, 'pilihan')) {
		cekLarik(v.pilihan, jalur(path, 'pilihan'), null, 20);
		for (var i = 0; i < v.pilihan.length; i++) {
			cekTeksDuaBahasa(v.pilihan[i], jalur(path, 'pilihan.' + i));
		}
	}
	if (ada(v, 'ganda')) cekBoolean(v.ganda, jalur(path, 'ganda'));
	cekBoolean(v.wajib, jalur(path, 'wajib'));
}

function cekKuesioner(d) {
	var i;
	cekKunciDokumen(d, ['id', 'nama', 'unitId', 'dibuat', 'unsur', 'tambahan']);
	cekId(d.id, 'id');
	cekTeks(d.nama, 'nama', 'err.nama', 1, 200, true);
	if (ada(d, 'unitId')) cekId(d.unitId, 'unitId');
	cekWaktu(d.dibuat, 'dibuat');
	cekObjek(d.unsur, 'unsur');
	cekKunci(d.unsur, UNSUR, 'unsur');
	for (i = 0; i < UNSUR.length; i++) {
		var path = 'unsur.' + UNSUR[i];
		var u = d.unsur[UNSUR[i]];
		cekObjek(u, path);
		cekKunci(u, ['pertanyaan', 'pilihan'], path);
		cekTeksDuaBahasa(u.pertanyaan, path + '.pertanyaan');
		if (!adalahLarik(u.pilihan) || u.pilihan.length !== 4) {
			tolak('err.tidakValid', path + '.pilihan', 'must list the four answers');
		}
		for (var j = 0; j < 4; j++) cekTeksDuaBahasa(u.pilihan[j], path + '.pilihan.' + j);
	}
	cekLarik(d.tambahan, 'tambahan', null, 30);
	for (i = 0; i < d.tambahan.length; i++) {
		cekPertanyaanTambahan(d.tambahan[i], 'tambahan.' + i);
	}
}

function cekPersen(v, path, key) {
	cekAngka(v, path, key, 0, 100);
}

function cekPengaturan(d) {
	cekKunciDokumen(d, [
		'id',
		'bobotIndeks',
		'batasCapaian',
		'rumusNegatif',
		'rumusP3dn',
		'zona',
		'bobotSkm',
		'ikmPemda',
		'penomoranUnsur'
	]);
	cekId(d.id, 'id');
	var b = d.bobotIndeks;
	cekObjek(b, 'bobotIndeks');
	cekKunci(b, ['anggaran', 'fisik', 'kinerja', 'p3dn'], 'bobotIndeks');
	cekPersen(b.anggaran, 'bobotIndeks.anggaran', 'err.bobot');
	cekPersen(b.fisik, 'bobotIndeks.fisik', 'err.bobot');
	cekPersen(b.kinerja, 'bobotIndeks.kinerja', 'err.bobot');
	cekPersen(b.p3dn, 'bobotIndeks.p3dn', 'err.bobot');
	if (Math.abs(b.anggaran + b.fisik + b.kinerja + b.p3dn - 100) >= 1e-9) {
		tolak('err.bobotTotal', 'bobotIndeks', 'the weights must add up to 100');
	}
	cekAngka(d.batasCapaian, 'batasCapaian', 'err.batasCapaian', 100, 200);
	cekPilihan(d.rumusNegatif, ['selisih', 'rasio'], 'rumusNegatif');
	cekPilihan(d.rumusP3dn, ['komitmen', 'pangsa'], 'rumusP3dn');
	cekObjek(d.zona, 'zona');
	cekKunci(d.zona, ['hijau', 'kuning'], 'zona');
	cekPersen(d.zona.hijau, 'zona.hijau', 'err.zona');
	cekPersen(d.zona.kuning, 'zona.kuning', 'err.zona');
	if (!(d.zona.kuning < d.zona.hijau)) tolak('err.zona', 'zona', 'kuning must be below hijau');
	cekPilihan(d.bobotSkm, ['eksak', 'dibulatkan'], 'bobotSkm');
	cekPilihan(d.ikmPemda, ['rerata-unit', 'gabungan'], 'ikmPemda');
	cekPilihan(d.penomoranUnsur, ['permen', 'kuesioner'], 'penomoranUnsur');
}

var SKEMA_MASTER = {
	unit: cekUnit,
	periode: cekPeriode,
	populasi: cekPopulasi,
	indikator: cekIndikator,
	jenisLayanan: cekJenisLayanan,
	kuesioner: cekKuesioner,
	pengaturan: cekPengaturan
};
