/*
 * SKM documents as src/lib/domain/schemas.ts defines them: skmResponseSchema and
 * skmKoreksiSchema, plus what a stored koreksi carries (amplopKoreksiSchema in dokumen.ts).
 * ES5 only (see lib.js).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- concatenated with lib.js and aturan-*.js */

var JENIS_KELAMIN = ['L', 'P'];
var PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'];
var PEKERJAAN = ['PNS', 'TNI/Polri', 'Swasta', 'Wirausaha', 'Pelajar/Mahasiswa', 'Lainnya'];
var SUMBER_RESPONS = ['enumerator', 'kiosk', 'impor', 'demo'];

/** The nine answers by unsur key: 1–4, or null for a blank. */
function cekJawaban(v, path) {
	cekObjek(v, path, 'err.skor');
	for (var i = 0; i < UNSUR.length; i++) {
		var x = v[UNSUR[i]];
		if (x !== null && x !== 1 && x !== 2 && x !== 3 && x !== 4) {
			tolak('err.skor', jalur(path, UNSUR[i]), 'must be 1, 2, 3, 4 or null (blank)');
		}
	}
}

function cekProfil(v, path) {
	cekObjek(v, path);
	if (ada(v, 'jenisKelamin')) {
		cekPilihan(v.jenisKelamin, JENIS_KELAMIN, jalur(path, 'jenisKelamin'), 'err.jenisKelamin');
	}
	if (ada(v, 'usia')) cekBulat(v.usia, jalur(path, 'usia'), 'err.usia', 10, 120);
	if (ada(v, 'pendidikan')) {
		cekPilihan(v.pendidikan, PENDIDIKAN, jalur(path, 'pendidikan'), 'err.pendidikan');
	}
	if (ada(v, 'pekerjaan')) {
		cekPilihan(v.pekerjaan, PEKERJAAN, jalur(path, 'pekerjaan'), 'err.pekerjaan');
	}
}

function cekEnumerator(v, path) {
	cekTeks(v, path, 'err.tidakValid', 1, 100, true);
}

function cekLokasi(v, path) {
	cekObjek(v, path);
	cekAngka(v.lat, jalur(path, 'lat'), 'err.tidakValid', -90, 90);
	cekAngka(v.lon, jalur(path, 'lon'), 'err.tidakValid', -180, 180);
	cekAngka(v.akurasi, jalur(path, 'akurasi'), 'err.tidakValid', 0, null);
}

/** Answers to a unit's own questions: 1–10, text, or a list of choices. */
function cekJawabanTambahan(v, path) {
	cekObjek(v, path);
	for (var k in v) {
		if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
		var x = v[k];
		var p = jalur(path, k);
		if (typeof x === 'number') cekBulat(x, p, 'err.tidakValid', 1, 10);
		else if (typeof x === 'string') cekTeks(x, p, 'err.tidakValid', 0, 2000, false);
		else if (adalahLarik(x)) {
			cekLarik(x, p, null, 50);
			for (var i = 0; i < x.length; i++)
				cekTeks(x[i], p + '.' + i, 'err.tidakValid', 0, 200, false);
		} else tolak('err.tidakValid', p, 'must be a number, text or a list of text');
	}
}

function cekResponse(d) {
	cekId(d.id, 'id');
	cekId(d.unitId, 'unitId');
	cekPeriodeId(d.periodeId, 'periodeId');
	cekWaktu(d.waktu, 'waktu');
	cekJawaban(d.jawaban, 'jawaban');
	cekProfil(d.profil, 'profil');
	if (ada(d, 'jenisLayanan')) {
		cekTeks(d.jenisLayanan, 'jenisLayanan', 'err.tidakValid', 0, 200, true);
	}
	if (ada(d, 'saran')) cekTeks(d.saran, 'saran', 'err.saran', 0, 2000, false);
	cekTeks(d.kuesionerVersi, 'kuesionerVersi', 'err.tidakValid', 1, null, false);
	cekPilihan(d.sumber, SUMBER_RESPONS, 'sumber');
	if (ada(d, 'enumerator')) cekEnumerator(d.enumerator, 'enumerator');
	if (ada(d, 'perangkatId')) cekId(d.perangkatId, 'perangkatId');
	if (ada(d, 'lokasi')) cekLokasi(d.lokasi, 'lokasi');
	if (ada(d, 'jawabanTambahan')) cekJawabanTambahan(d.jawabanTambahan, 'jawabanTambahan');
}

function cekKoreksi(d) {
	cekId(d.id, 'id');
	cekId(d.responseId, 'responseId');
	cekPilihan(d.jenis, ['koreksi', 'batal'], 'jenis');
	cekWaktu(d.waktu, 'waktu');
	cekTeks(d.oleh, 'oleh', 'err.oleh', 1, 100, true);
	if (ada(d, 'alasan')) cekTeks(d.alasan, 'alasan', 'err.tidakValid', 0, 500, true);
	if (ada(d, 'jawaban')) cekJawaban(d.jawaban, 'jawaban');
	if (ada(d, 'profil')) cekProfil(d.profil, 'profil');
	if (ada(d, 'saran')) cekTeks(d.saran, 'saran', 'err.saran', 0, 2000, false);
	if (ada(d, 'jenisLayanan')) {
		cekTeks(d.jenisLayanan, 'jenisLayanan', 'err.tidakValid', 0, 200, true);
	}
	if (d.jenis === 'batal' && (ada(d, 'alasan') ? d.alasan.trim() : '').length < 3) {
		tolak('err.alasanBatal', 'alasan', 'a void needs a reason of at least 3 characters');
	}
	if (
		d.jenis === 'koreksi' &&
		!ada(d, 'jawaban') &&
		!ada(d, 'profil') &&
		!ada(d, 'saran') &&
		!ada(d, 'jenisLayanan')
	) {
		tolak('err.koreksiKosong', '', 'a correction must change at least one field');
	}
	// What the stored koreksi carries of its response (amplopKoreksiSchema).
	cekId(d.unitId, 'unitId');
	if (ada(d, 'enumerator')) cekEnumerator(d.enumerator, 'enumerator');
}
