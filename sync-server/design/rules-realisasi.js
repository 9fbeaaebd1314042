/*
 * rapor-realisasi: quarterly realisation entries and rakor follow-ups. Admin, reviewer and OPD
 * staff read it. OPD staff change only their own OPD's entries and only while draft (draft →
 * draft, draft → diajukan); the admin verifies (diajukan → diverifikasi), returns (diajukan →
 * draft, with a note), reopens a verified entry (diverifikasi → draft, "buka-kembali" with a
 * reason) or edits without changing the status. `riwayat` is append-only and every
 * change by OPD staff appends their own entry. Reviewers and enumerators write no entry. The admin
 * deletes any entry; OPD staff delete only revisions that are drafts of their own OPD, which is
 * how they resolve a conflict between two offline edits.
 *
 * Follow-ups (catatanRakor): officials (admin, reviewer) write them in their own name (`oleh`),
 * edit them (author and time unchanged, the change stamped with their name in `diubah`), reopen
 * and delete them; OPD staff only mark a follow-up of their own OPD done (selesai false → true,
 * stamped with their name), nothing else. The server admin (restores) is held to the schema only.
 *
 * SKM follow-up (rtl, forumKonsultasi): the admin and the unit's own OPD staff write them. Unit
 * and period never change, an RTL's id is "<unitId>:<periodeId>", `riwayat` is append-only and
 * every change appends entries ending with the writer's own (a resolved conflict carries the
 * other version's entries too). Reviewers and enumerators write none. The admin deletes any; OPD
 * staff delete their own unit's (how a device resolves a conflict between two offline edits).
 * ES5 only (see lib.js).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- the entry point of the built function */

/** old>new status: the riwayat action that must come with it (null: none required). */
var TRANSISI_OPD = { 'draft>draft': 'simpan', 'draft>diajukan': 'ajukan' };
var TRANSISI_ADMIN = {
	'draft>draft': null,
	'diajukan>diajukan': null,
	'diverifikasi>diverifikasi': null,
	'diajukan>diverifikasi': 'verifikasi',
	'diajukan>draft': 'kembalikan',
	'diverifikasi>draft': 'buka-kembali'
};
var AKSI_OPD = ['simpan', 'ajukan'];

/** The entries appended to riwayat; earlier entries must stay exactly as they were. */
function riwayatTambahan(newDoc, lama) {
	var sebelum = lama && adalahLarik(lama.riwayat) ? lama.riwayat : [];
	var sesudah = ada(newDoc, 'riwayat') ? newDoc.riwayat : [];
	if (sesudah.length < sebelum.length) {
		tolak('akses.riwayat', 'riwayat', 'history entries are never removed');
	}
	for (var i = 0; i < sebelum.length; i++) {
		if (!samaNilai(sebelum[i], sesudah[i])) {
			tolak('akses.riwayat', 'riwayat.' + i, 'an earlier history entry was changed');
		}
	}
	return sesudah.slice(sebelum.length);
}

var JENIS_TINDAK_LANJUT = ['rtl', 'forumKonsultasi'];

function adaAksi(entri, aksi) {
	for (var i = 0; i < entri.length; i++) if (entri[i].aksi === aksi) return entri[i];
	return null;
}

function aturanTransisi(tabel, lama, newDoc, tambahan) {
	var kunci = lama.status + '>' + newDoc.status;
	if (!Object.prototype.hasOwnProperty.call(tabel, kunci)) {
		tolak(
			'akses.status',
			'status',
			'the status may not go from ' + lama.status + ' to ' + newDoc.status
		);
	}
	var aksi = tabel[kunci];
	if (aksi !== null && !adaAksi(tambahan, aksi)) {
		tolak('akses.riwayat', 'riwayat', 'this change must be recorded as "' + aksi + '"');
	}
}

/** A new entry by the admin (an import, a restore) carries its history as it was. */
function aturanAdmin(newDoc, lama, tambahan) {
	if (!lama) return;
	aturanTransisi(TRANSISI_ADMIN, lama, newDoc, tambahan);
	if (panjangCatatan(adaAksi(tambahan, 'kembalikan')) < 3) {
		tolak('err.catatanKembalikan', 'riwayat', 'returning an entry needs a note for the OPD');
	}
	if (panjangCatatan(adaAksi(tambahan, 'buka-kembali')) < 3) {
		tolak('err.alasanBukaKembali', 'riwayat', 'reopening a verified entry needs a reason');
	}
}

/** The length of a history entry's trimmed note; Infinity when there is no such entry. */
function panjangCatatan(entri) {
	if (!entri) return Infinity;
	return (ada(entri, 'catatan') ? entri.catatan.trim() : '').length;
}

function aturanOpd(newDoc, lama, tambahan, p) {
	if (!punyaUnit(p, newDoc.unitId)) {
		tolak('akses.bukanUnitAnda', 'unitId', 'you do not report for unit "' + newDoc.unitId + '"');
	}
	if (lama) {
		if (lama.status !== 'draft') {
			tolak(
				'akses.terkunci',
				'status',
				'an entry that is ' + lama.status + ' changes only by the admin'
			);
		}
		aturanTransisi(TRANSISI_OPD, lama, newDoc, tambahan);
	} else if (newDoc.status !== 'draft' && newDoc.status !== 'diajukan') {
		tolak('akses.status', 'status', 'a new entry is a draft or submitted');
	}
	if (tambahan.length === 0) {
		tolak('akses.riwayat', 'riwayat', 'every change appends its own history entry');
	}
	for (var i = 0; i < tambahan.length; i++) {
		var r = tambahan[i];
		if (AKSI_OPD.indexOf(r.aksi) < 0) {
			tolak('akses.riwayat', 'riwayat', 'OPD staff record "simpan" or "ajukan"');
		}
		if (r.oleh !== p.nama) tolak('akses.penulisPalsu', 'riwayat', 'must be your own user name');
	}
	if (newDoc.status === 'draft' && adaAksi(tambahan, 'ajukan')) {
		tolak('akses.status', 'status', 'a submitted entry has the status diajukan');
	}
	if (newDoc.status === 'diajukan' && !adaAksi(tambahan, 'ajukan')) {
		tolak('akses.riwayat', 'riwayat', 'a submission must be recorded as "ajukan"');
	}
}

/**
 * A deletion (a tombstone) by the admin, by a reviewer when it replaces a follow-up, or by OPD
 * staff when the revision it replaces (oldDoc) is a draft of their own OPD. Resolving a conflict,
 * a device writes the merged version on the winning branch and a tombstone on each losing one;
 * oldDoc is then that losing revision. Returns true when newDoc is a deletion.
 */
function aturanHapusEntri(newDoc, lama, p) {
	if (newDoc._deleted !== true) return false;
	if (p.admin) return true;
	if (p.reviewer && lama && lama.type === 'catatanRakor') {
		cekTanpaLampiran(newDoc, p);
		return true;
	}
	if (p.opd && lama && JENIS_TINDAK_LANJUT.indexOf(lama.type) >= 0) {
		if (!punyaUnit(p, lama.unitId)) {
			tolak('akses.bukanUnitAnda', 'unitId', 'you do not report for unit "' + lama.unitId + '"');
		}
		cekTanpaLampiran(newDoc, p);
		return true;
	}
	if (!p.opd || !lama || lama.type !== 'realisasi') {
		tolak('akses.hapus', '', 'OPD staff delete only a draft of their own OPD; the rest the admin');
	}
	if (!punyaUnit(p, lama.unitId)) {
		tolak('akses.bukanUnitAnda', 'unitId', 'you do not report for unit "' + lama.unitId + '"');
	}
	if (lama.status !== 'draft') {
		tolak(
			'akses.terkunci',
			'status',
			'an entry that is ' + lama.status + ' is deleted only by the admin'
		);
	}
	cekTanpaLampiran(newDoc, p);
	return true;
}

/** A change stamped with the writer's own name. */
function cekCapPenulis(newDoc, p) {
	if (!ada(newDoc, 'diubah') || !adalahObjek(newDoc.diubah) || newDoc.diubah.oleh !== p.nama) {
		tolak('akses.penulisPalsu', 'diubah.oleh', 'a change records your own user name');
	}
}

function cekTetap(newDoc, lama, fields, key) {
	for (var i = 0; i < fields.length; i++) {
		if (!samaNilai(newDoc[fields[i]], lama[fields[i]])) {
			tolak(key, fields[i], 'never changes after the follow-up was written');
		}
	}
}

function aturanCatatanPejabat(newDoc, lama, p) {
	if (!lama) {
		if (newDoc.oleh !== p.nama) tolak('akses.penulisPalsu', 'oleh', 'must be your own user name');
		if (ada(newDoc, 'diubah')) cekCapPenulis(newDoc, p);
		return;
	}
	cekTetap(newDoc, lama, ['unitId', 'periodeId'], 'akses.unitBerubah');
	cekTetap(newDoc, lama, ['oleh', 'waktu'], 'akses.penulisPalsu');
	cekCapPenulis(newDoc, p);
}

/** OPD staff: selesai false → true on their own OPD's follow-up, and their stamp; nothing else. */
function aturanCatatanOpd(newDoc, lama, p) {
	if (!lama) tolak('akses.hanyaSelesai', '', 'OPD staff do not write follow-ups');
	if (!punyaUnit(p, lama.unitId)) {
		tolak('akses.bukanUnitAnda', 'unitId', 'you do not report for unit "' + lama.unitId + '"');
	}
	var keys = kunciData(newDoc, true).concat(kunciData(lama, true));
	for (var i = 0; i < keys.length; i++) {
		var k = keys[i];
		if (k === 'selesai' || k === 'diubah') continue;
		if (!samaNilai(newDoc[k], lama[k])) {
			tolak('akses.hanyaSelesai', k, 'OPD staff only mark a follow-up done');
		}
	}
	if (lama.selesai !== false || newDoc.selesai !== true) {
		tolak('akses.hanyaSelesai', 'selesai', 'OPD staff only mark an open follow-up done');
	}
	cekCapPenulis(newDoc, p);
}

function aturanTindakLanjut(newDoc, lama, p) {
	if (!p.admin && !p.opd) {
		tolak('akses.hanyaBaca', '', 'your role reads SKM follow-up but does not write it');
	}
	cekTanpaLampiran(newDoc, p);
	cekAmplop(newDoc, JENIS_TINDAK_LANJUT);
	// Replaying the same document (a retried sync) changes nothing.
	if (lama && samaDokumen(newDoc, lama)) return;
	SKEMA[newDoc.type](newDoc, '');
	if (lama) cekTetap(newDoc, lama, ['unitId', 'periodeId'], 'akses.unitBerubah');
	if (p.serverAdmin) return;
	if (!p.admin && !punyaUnit(p, newDoc.unitId)) {
		tolak('akses.bukanUnitAnda', 'unitId', 'you do not report for unit "' + newDoc.unitId + '"');
	}
	if (newDoc.type === 'rtl' && !lama && newDoc.id !== newDoc.unitId + ':' + newDoc.periodeId) {
		tolak(
			'dokumen.idRtl',
			'id',
			'the RTL of this unit and period has the id "' + newDoc.unitId + ':' + newDoc.periodeId + '"'
		);
	}
	var tambahan = riwayatTambahan(newDoc, lama);
	if (tambahan.length === 0 || tambahan[tambahan.length - 1].oleh !== p.nama) {
		tolak('akses.riwayat', 'riwayat', 'every change appends an entry in your own user name');
	}
}

function aturanCatatan(newDoc, lama, p) {
	if (!p.admin && !p.reviewer && !p.opd) {
		tolak('akses.hanyaBaca', '', 'your role does not write follow-ups');
	}
	cekTanpaLampiran(newDoc, p);
	cekAmplop(newDoc, ['catatanRakor']);
	// Replaying the same document (a retried sync) changes nothing.
	if (lama && samaDokumen(newDoc, lama)) return;
	SKEMA.catatanRakor(newDoc, '');
	if (p.serverAdmin) return;
	if (p.admin || p.reviewer) aturanCatatanPejabat(newDoc, lama, p);
	else aturanCatatanOpd(newDoc, lama, p);
}

/**
 * One entry per OPD and triwulan: a new entry's id is "<unitId>:<periodeId>" (realisasiId in
 * src/lib/domain/realisasi-status.ts), so a second entry for the same triwulan cannot exist. Entries
 * stored earlier under another id stay writable (their data is never stranded), and the server
 * admin may write any id (restoring an old backup).
 */
function cekIdEntri(newDoc, lama, p) {
	if (lama || p.serverAdmin) return;
	var id = newDoc.unitId + ':' + newDoc.periodeId;
	if (newDoc.id !== id) {
		tolak(
			'dokumen.idRealisasi',
			'id',
			'an entry of this unit and triwulan has the id "' + id + '"'
		);
	}
}

function validasi(newDoc, oldDoc, userCtx) {
	var p = peranDari(userCtx);
	cekUkuran(newDoc);
	var lama = dokumenLama(oldDoc);
	if (aturanHapusEntri(newDoc, lama, p)) return;
	if (newDoc.type === 'catatanRakor') {
		aturanCatatan(newDoc, lama, p);
		return;
	}
	if (JENIS_TINDAK_LANJUT.indexOf(newDoc.type) >= 0) {
		aturanTindakLanjut(newDoc, lama, p);
		return;
	}
	if (!p.admin && !p.opd) {
		tolak('akses.hanyaBaca', '', 'your role reads realisation entries but does not write them');
	}
	cekTanpaLampiran(newDoc, p);
	cekAmplop(newDoc, ['realisasi']);
	// Replaying the same document (a retried sync) changes nothing.
	if (lama && samaDokumen(newDoc, lama)) return;
	SKEMA.realisasi(newDoc, '');
	if (lama && (newDoc.unitId !== lama.unitId || newDoc.periodeId !== lama.periodeId)) {
		tolak('akses.unitBerubah', 'unitId', 'the unit and period of an entry never change');
	}
	cekIdEntri(newDoc, lama, p);
	var tambahan = riwayatTambahan(newDoc, lama);
	if (p.admin) aturanAdmin(newDoc, lama, tambahan);
	else aturanOpd(newDoc, lama, tambahan, p);
}
