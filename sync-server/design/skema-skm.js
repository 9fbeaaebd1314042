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
/** SUMBER_JAM (src/lib/domain/jam.ts) and SELISIH_JAM_MAKS_MENIT (schemas.ts). */
var SUMBER_JAM = ['server', 'sinkron', 'aplikasi', 'rekaman'];
var SELISIH_JAM_MAKS_MENIT = 100 * 366 * 24 * 60;

/** The nine answers by unsur key: 1–4, or null for a blank. */
function cekJawaban(v, path) {
	cekObjek(v, path, 'err.skor');
	cekKunci(v, UNSUR, path);
	for (var i = 0; i < UNSUR.length; i++) {
		var x = v[UNSUR[i]];
		if (x !== null && x !== 1 && x !== 2 && x !== 3 && x !== 4) {
			tolak('err.skor', jalur(path, UNSUR[i]), 'must be 1, 2, 3, 4 or null (blank)');
		}
	}
}

function cekProfil(v, path) {
	cekObjek(v, path);
	cekKunci(v, ['jenisKelamin', 'usia', 'pendidikan', 'pekerjaan'], path);
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
	cekTeks(v, path, 'err.tidakValid', 1, BATAS_TEKS.namaAkun, true);
}

function cekLokasi(v, path) {
	cekObjek(v, path);
	cekKunci(v, ['lat', 'lon', 'akurasi'], path);
	cekAngka(v.lat, jalur(path, 'lat'), 'err.tidakValid', -90, 90);
	cekAngka(v.lon, jalur(path, 'lon'), 'err.tidakValid', -180, 180);
	cekAngka(v.akurasi, jalur(path, 'akurasi'), 'err.tidakValid', 0, null);
}

/** A response recorded while the device clock was wrong (jamPerangkatSchema). */
function cekJamPerangkat(v, path) {
	cekObjek(v, path);
	cekKunci(v, ['waktu', 'selisihMenit', 'sumber'], path);
	cekWaktu(v.waktu, jalur(path, 'waktu'));
	cekBulat(
		v.selisihMenit,
		jalur(path, 'selisihMenit'),
		'err.tidakValid',
		-SELISIH_JAM_MAKS_MENIT,
		SELISIH_JAM_MAKS_MENIT
	);
	cekPilihan(v.sumber, SUMBER_JAM, jalur(path, 'sumber'));
}

/**
 * Answers to a unit's own questions, keyed by question id, at most one per question a
 * questionnaire can have: 1–10, text, or a list of choices.
 */
function cekJawabanTambahan(v, path) {
	cekObjek(v, path);
	var jumlah = 0;
	for (var k in v) {
		if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
		jumlah++;
		var x = v[k];
		var p = jalur(path, k);
		if (!TAMBAHAN_ID_RE.test(k)) tolak('err.id', p, 'must be a question id: 1–40 of a–z, 0–9, "-"');
		if (typeof x === 'number') cekBulat(x, p, 'err.tidakValid', 1, 10);
		else if (typeof x === 'string') {
			cekTeks(x, p, 'err.tidakValid', 0, BATAS_TEKS.jawabanTambahan, false);
		} else if (adalahLarik(x)) {
			cekLarik(x, p, null, BATAS_LARIK.pilihanTambahan);
			for (var i = 0; i < x.length; i++) {
				cekTeks(x[i], p + '.' + i, 'err.tidakValid', 0, BATAS_TEKS.pilihanTambahan, false);
			}
		} else tolak('err.tidakValid', p, 'must be a number, text or a list of text');
	}
	if (jumlah > BATAS_LARIK.jawabanTambahan) {
		tolak('err.tidakValid', path, 'may have at most ' + BATAS_LARIK.jawabanTambahan + ' answers');
	}
}

/** At least one of the nine unsur answered (adaJawabanUnsur in src/lib/domain/unsur.ts). */
function cekAdaJawaban(v, path) {
	for (var i = 0; i < UNSUR.length; i++) if (v[UNSUR[i]] !== null) return;
	tolak('err.tanpaJawaban', path, 'a response answers at least one of the nine unsur');
}

function cekResponse(d) {
	cekKunciDokumen(d, [
		'id',
		'unitId',
		'periodeId',
		'waktu',
		'jawaban',
		'profil',
		'jenisLayanan',
		'saran',
		'kuesionerVersi',
		'sumber',
		'enumerator',
		'perangkatId',
		'lokasi',
		'jawabanTambahan',
		'jamPerangkat'
	]);
	cekId(d.id, 'id');
	cekId(d.unitId, 'unitId');
	cekPeriodeId(d.periodeId, 'periodeId');
	cekWaktu(d.waktu, 'waktu');
	cekJawaban(d.jawaban, 'jawaban');
	cekProfil(d.profil, 'profil');
	if (ada(d, 'jenisLayanan')) {
		cekTeks(d.jenisLayanan, 'jenisLayanan', 'err.tidakValid', 0, 200, true);
	}
	if (ada(d, 'saran')) cekTeks(d.saran, 'saran', 'err.saran', 0, BATAS_TEKS.saran, false);
	cekTeks(
		d.kuesionerVersi,
		'kuesionerVersi',
		'err.tidakValid',
		1,
		BATAS_TEKS.kuesionerVersi,
		false
	);
	cekPilihan(d.sumber, SUMBER_RESPONS, 'sumber');
	if (ada(d, 'enumerator')) cekEnumerator(d.enumerator, 'enumerator');
	if (ada(d, 'perangkatId')) cekId(d.perangkatId, 'perangkatId');
	if (ada(d, 'lokasi')) cekLokasi(d.lokasi, 'lokasi');
	if (ada(d, 'jawabanTambahan')) cekJawabanTambahan(d.jawabanTambahan, 'jawabanTambahan');
	if (ada(d, 'jamPerangkat')) cekJamPerangkat(d.jamPerangkat, 'jamPerangkat');
	cekAdaJawaban(d.jawaban, 'jawaban');
}

function cekKoreksi(d) {
	cekKunciDokumen(d, [
		'id',
		'responseId',
		'jenis',
		'waktu',
		'oleh',
		'alasan',
		'jawaban',
		'profil',
		'saran',
		'jenisLayanan',
		'unitId',
		'enumerator'
	]);
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
