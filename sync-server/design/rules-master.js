/*
 * rapor-master: units, periods, populations, indicators, service types, questionnaires and the
 * settings. Every signed-in role reads it (the database's members); only an admin writes.
 * ES5 only (see lib.js).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- the entry point of the built function */

function validasi(newDoc, oldDoc, userCtx) {
	var p = peranDari(userCtx);
	cekUkuran(newDoc);
	if (!p.admin) tolak('akses.hanyaAdmin', '', 'only an admin changes master data');
	if (aturanHapus(newDoc, p)) return;
	cekAmplop(newDoc, JENIS_SKEMA);
	SKEMA[newDoc.type](newDoc, '');
}
