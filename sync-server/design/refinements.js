/*
 * The zod refinements, by hand: what a schema says in a function (.refine) cannot be generated,
 * so each has its ES5 twin here, named in REFINEMENTS (schema.ts) by its error key and place. The
 * generated schema checks call them after the structure of the value passed; a refinement with no
 * twin stops the generation. Keep each next to the zod code it mirrors. ES5 only (see lib.js).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- called by the generated schema checks */

/** A response answers at least one of the nine unsur (responseRules in schemas.ts). */
function cekAdaJawaban(d) {
	for (var k in d.jawaban) {
		if (Object.prototype.hasOwnProperty.call(d.jawaban, k) && d.jawaban[k] !== null) return;
	}
	tolak('err.tanpaJawaban', 'jawaban', 'a response answers at least one of the nine unsur');
}

/** A void needs a reason of at least 3 characters (koreksiRules; alasan is trimmed). */
function cekAlasanBatal(d) {
	if (d.jenis === 'batal' && (ada(d, 'alasan') ? d.alasan.trim() : '').length < 3) {
		tolak('err.alasanBatal', 'alasan', 'a void needs a reason of at least 3 characters');
	}
}

/** A correction changes at least one field (koreksiRules). */
function cekKoreksiBerisi(d) {
	var fields = ['jawaban', 'profil', 'saran', 'jenisLayanan'];
	if (d.jenis !== 'koreksi') return;
	for (var i = 0; i < fields.length; i++) if (ada(d, fields[i])) return;
	tolak('err.koreksiKosong', '', 'a correction must change at least one field');
}

/** The four index weights add up to 100 (bobotIndeksSchema). */
function cekBobotTotal(b, path) {
	if (Math.abs(b.anggaran + b.fisik + b.kinerja + b.p3dn - 100) >= 1e-9) {
		tolak('err.bobotTotal', path, 'the weights must add up to 100');
	}
}

/** The yellow zone starts below the green one (settingsSchema.zona). */
function cekZonaUrut(z, path) {
	if (!(z.kuning < z.hijau)) tolak('err.zona', path, 'kuning must be below hijau');
}

/** At most one answer per question a questionnaire can have (extraAnswerMapSchema). */
function cekJumlahJawabanTambahan(m, path) {
	var jumlah = 0;
	for (var k in m) if (Object.prototype.hasOwnProperty.call(m, k)) jumlah++;
	if (jumlah > BATAS_LARIK.jawabanTambahan) {
		tolak('err.tidakValid', path, 'may have at most ' + BATAS_LARIK.jawabanTambahan + ' answers');
	}
}
