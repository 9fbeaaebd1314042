/*
 * rapor-skm: SKM responses and their corrections/voids (koreksi). Admin, reviewer and enumerators
 * read it. A response is written once and never changed (a koreksi corrects or voids it); an
 * enumerator writes responses only for their own units and in their own name, and koreksi only for
 * responses they recorded (the koreksi carries the response's unitId and enumerator). Reviewers
 * write nothing. Only an admin deletes. ES5 only (see lib.js).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- the entry point of the built function */

/** What an enumerator may record themselves: interviews, and the kiosk on their unit's counter. */
var SUMBER_ENUMERATOR = ['enumerator', 'kiosk'];

function aturanResponsEnumerator(d, p) {
	if (!punyaUnit(p, d.unitId)) {
		tolak('akses.bukanUnitAnda', 'unitId', 'you do not survey unit "' + d.unitId + '"');
	}
	if (SUMBER_ENUMERATOR.indexOf(d.sumber) < 0) {
		tolak('akses.sumber', 'sumber', 'an enumerator records "enumerator" or "kiosk" responses');
	}
	if (d.sumber === 'enumerator' && !ada(d, 'enumerator')) {
		tolak('akses.penulisPalsu', 'enumerator', 'an interview names its enumerator');
	}
	if (ada(d, 'enumerator') && d.enumerator !== p.nama) {
		tolak('akses.penulisPalsu', 'enumerator', 'must be your own user name');
	}
}

function aturanKoreksiEnumerator(d, p) {
	if (!punyaUnit(p, d.unitId)) {
		tolak('akses.bukanUnitAnda', 'unitId', 'you do not survey unit "' + d.unitId + '"');
	}
	if (d.enumerator !== p.nama) {
		tolak('akses.bukanResponsAnda', 'enumerator', 'you may correct only responses you recorded');
	}
	if (d.oleh !== p.nama) tolak('akses.penulisPalsu', 'oleh', 'must be your own user name');
}

function validasi(newDoc, oldDoc, userCtx) {
	var p = peranDari(userCtx);
	cekUkuran(newDoc);
	var lama = dokumenLama(oldDoc);
	if (aturanHapus(newDoc, p)) return;
	if (!p.admin && !p.enumerator) {
		tolak('akses.hanyaBaca', '', 'your role reads SKM data but does not write it');
	}
	cekTanpaLampiran(newDoc, p);
	cekAmplop(newDoc, ['response', 'koreksi']);
	if (lama) {
		// Replaying the same document (a retried sync) is fine; changing it is not.
		if (samaDokumen(newDoc, lama)) return;
		tolak('akses.tulisSekali', '', 'a saved ' + newDoc.type + ' is never changed; add a koreksi');
	}
	if (newDoc.type === 'response') {
		SKEMA.response(newDoc, '');
		if (!p.admin) aturanResponsEnumerator(newDoc, p);
	} else {
		SKEMA.koreksi(newDoc, '');
		if (!p.admin) aturanKoreksiEnumerator(newDoc, p);
	}
}
