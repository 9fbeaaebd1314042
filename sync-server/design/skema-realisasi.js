/*
 * A realisation entry and a rakor follow-up as src/lib/domain/schemas.ts defines them
 * (realisasiSchema, riwayatSchema, catatanRakorSchema). ES5 only (see lib.js).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- concatenated with lib.js and aturan-*.js */

var STATUS_REALISASI = ['draft', 'diajukan', 'diverifikasi'];
var AKSI_RIWAYAT = [
	'simpan',
	'ajukan',
	'verifikasi',
	'kembalikan',
	'buka-kembali',
	'ubah-admin',
	'impor'
];
var ITEM_CATATAN = ['anggaran', 'fisik', 'p3dn'];
// The exact pattern of zod's z.iso.date() (a test compares the two).
var TANGGAL_RE =
	/^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

function cekRiwayat(v, path) {
	cekObjek(v, path);
	cekKunci(v, ['waktu', 'oleh', 'aksi', 'catatan'], path);
	cekWaktu(v.waktu, jalur(path, 'waktu'));
	cekTeks(v.oleh, jalur(path, 'oleh'), 'err.tidakValid', 1, 100, true);
	cekPilihan(v.aksi, AKSI_RIWAYAT, jalur(path, 'aksi'));
	if (ada(v, 'catatan'))
		cekTeks(v.catatan, jalur(path, 'catatan'), 'err.tidakValid', 0, 2000, false);
}

/** zod's record over an enum is exhaustive: every item, and no other key. */
function cekCatatanItem(v, path) {
	cekObjek(v, path);
	var i;
	for (i = 0; i < ITEM_CATATAN.length; i++) {
		cekTeks(v[ITEM_CATATAN[i]], jalur(path, ITEM_CATATAN[i]), 'err.tidakValid', 0, 1000, false);
	}
	for (var k in v) {
		if (Object.prototype.hasOwnProperty.call(v, k) && ITEM_CATATAN.indexOf(k) < 0) {
			tolak('err.tidakValid', jalur(path, k), 'is not an item of the form');
		}
	}
}

function cekRealisasi(d) {
	var i;
	cekKunciDokumen(d, [
		'id',
		'unitId',
		'periodeId',
		'pagu',
		'realisasiAnggaran',
		'realisasiFisik',
		'p3dn',
		'indikator',
		'status',
		'catatanItem',
		'catatan',
		'riwayat'
	]);
	cekId(d.id, 'id');
	cekId(d.unitId, 'unitId');
	cekPeriodeId(d.periodeId, 'periodeId');
	cekNonNegatifAtauNull(d.pagu, 'pagu', 'err.pagu', null);
	cekNonNegatifAtauNull(d.realisasiAnggaran, 'realisasiAnggaran', 'err.realisasiAnggaran', null);
	cekNonNegatifAtauNull(d.realisasiFisik, 'realisasiFisik', 'err.realisasiFisik', 100);
	cekObjek(d.p3dn, 'p3dn', 'err.p3dn');
	cekKunci(d.p3dn, ['realisasiPdn', 'komitmenPdn', 'totalPengadaan'], 'p3dn');
	cekNonNegatifAtauNull(d.p3dn.realisasiPdn, 'p3dn.realisasiPdn', 'err.p3dn', null);
	cekNonNegatifAtauNull(d.p3dn.komitmenPdn, 'p3dn.komitmenPdn', 'err.p3dn', null);
	cekNonNegatifAtauNull(d.p3dn.totalPengadaan, 'p3dn.totalPengadaan', 'err.p3dn', null);
	cekLarik(d.indikator, 'indikator', 'err.indikatorTerlaluBanyak', BATAS_LARIK.indikatorRealisasi);
	for (i = 0; i < d.indikator.length; i++) {
		var path = 'indikator.' + i;
		var x = d.indikator[i];
		cekObjek(x, path);
		cekKunci(x, ['indikatorId', 'realisasi', 'catatan'], path);
		cekId(x.indikatorId, path + '.indikatorId');
		cekNonNegatifAtauNull(x.realisasi, path + '.realisasi', 'err.realisasiIndikator', null);
		if (ada(x, 'catatan')) cekTeks(x.catatan, path + '.catatan', 'err.tidakValid', 0, 1000, false);
	}
	cekPilihan(d.status, STATUS_REALISASI, 'status');
	if (ada(d, 'catatanItem')) cekCatatanItem(d.catatanItem, 'catatanItem');
	if (ada(d, 'catatan')) cekTeks(d.catatan, 'catatan', 'err.tidakValid', 0, 2000, false);
	if (ada(d, 'riwayat')) {
		cekLarik(d.riwayat, 'riwayat', null, BATAS_LARIK.riwayat);
		for (i = 0; i < d.riwayat.length; i++) cekRiwayat(d.riwayat[i], 'riwayat.' + i);
	}
}

function cekDiubah(v, path) {
	cekObjek(v, path);
	cekKunci(v, ['oleh', 'waktu'], path);
	cekTeks(v.oleh, jalur(path, 'oleh'), 'err.oleh', 1, 100, true);
	cekWaktu(v.waktu, jalur(path, 'waktu'));
}

function cekCatatanRakor(d) {
	cekKunciDokumen(d, [
		'id',
		'unitId',
		'periodeId',
		'teks',
		'oleh',
		'waktu',
		'tenggat',
		'selesai',
		'diubah'
	]);
	cekId(d.id, 'id');
	cekId(d.unitId, 'unitId');
	cekPeriodeId(d.periodeId, 'periodeId');
	cekTeks(d.teks, 'teks', 'err.teksCatatan', 1, 2000, true);
	cekTeks(d.oleh, 'oleh', 'err.oleh', 1, 100, true);
	cekWaktu(d.waktu, 'waktu');
	if (ada(d, 'tenggat') && (typeof d.tenggat !== 'string' || !TANGGAL_RE.test(d.tenggat))) {
		tolak('err.tanggal', 'tenggat', 'must be a date such as 2026-12-31');
	}
	cekBoolean(d.selesai, 'selesai');
	if (ada(d, 'diubah')) cekDiubah(d.diubah, 'diubah');
}
