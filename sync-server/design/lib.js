/*
 * Shared part of Rapor's validate_doc_update functions. sync-server/design/index.ts puts this
 * file, one skema-*.js and one aturan-*.js into a single function body, so names declared here are
 * used by those files.
 *
 * ES5 only: CouchDB 3 may run an old SpiderMonkey. No let/const, arrow functions, template
 * strings, default parameters or library calls newer than ES5 (a test parses the built functions
 * as ES5).
 *
 * A refusal is throw({ forbidden: '<i18n key>[ @<field path>]: <English text>' }); the app reads
 * it with uraiAlasanServer (src/lib/domain/dokumen.ts). Field keys are the zod schemas' own
 * ('err.skor', …); 'err.tidakValid' where the schema has none.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- used by the files concatenated after it */

var ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
var PERIODE_RE = /^\d{4}-TW[1-4]$/;
// The exact pattern of zod's z.iso.datetime({ offset: true }) (a test compares the two).
var WAKTU_RE =
	/^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
var UNSUR = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'];
var BULAT_MAKS = 9007199254740991;
var PREFIX_UNIT = 'unit:';
/** Fields of a stored document that are CouchDB's, not the document's. */
var META = ['_rev', '_revisions', '_conflicts', '_deleted_conflicts', '_local_seq'];
/** Fields every stored document may carry besides its own (attachments: see cekTanpaLampiran). */
var AMPLOP = ['_id', 'type', '_deleted', '_attachments'].concat(META);
/** The id of a unit's own question, which also keys its answer on a response. */
var TAMBAHAN_ID_RE = /^[a-z0-9-]{1,40}$/;

function tolak(key, path, text) {
	throw { forbidden: key + (path ? ' @' + path : '') + ': ' + text };
}

function jalur(path, key) {
	return path ? path + '.' + key : String(key);
}

function adalahLarik(v) {
	return Object.prototype.toString.call(v) === '[object Array]';
}

function adalahObjek(v) {
	return typeof v === 'object' && v !== null && !adalahLarik(v);
}

/** Present and not undefined: what zod's optional() lets through as "given". */
function ada(o, key) {
	return Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined;
}

function angkaHingga(v) {
	return typeof v === 'number' && isFinite(v);
}

function cekObjek(v, path, key) {
	if (!adalahObjek(v)) tolak(key || 'err.tidakValid', path, 'must be an object');
}

/**
 * Only the fields the schema names (zod's strict objects): anything else is refused, so nothing
 * unknown is stored and synced to every device.
 */
function cekKunci(o, kunci, path) {
	for (var k in o) {
		if (Object.prototype.hasOwnProperty.call(o, k) && kunci.indexOf(k) < 0) {
			tolak('err.tidakValid', jalur(path, k), 'is not a field of this document');
		}
	}
}

/** A stored document: its own fields, plus `_id`, `type` and CouchDB's. */
function cekKunciDokumen(d, kunci) {
	cekKunci(d, kunci.concat(AMPLOP), '');
}

/** UTF-8 bytes of a string; a lone surrogate counts as U+FFFD (ukuranDokumen in batas.ts). */
function bytesUtf8(s) {
	var n = 0;
	for (var i = 0; i < s.length; i++) {
		var c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
			var d = s.charCodeAt(i + 1);
			if (d >= 0xdc00 && d < 0xe000) {
				n += 4;
				i++;
			} else n += 3;
		} else n += 3;
	}
	return n;
}

/**
 * The document is no larger than this database allows (BATAS_DOKUMEN, built in from
 * src/lib/domain/batas.ts): UTF-8 bytes of its JSON without CouchDB's fields and attachments.
 */
function cekUkuran(doc) {
	var isi = {};
	for (var k in doc) {
		if (!Object.prototype.hasOwnProperty.call(doc, k)) continue;
		if (k.charAt(0) === '_' && k !== '_id' && k !== '_deleted') continue;
		isi[k] = doc[k];
	}
	var n = bytesUtf8(JSON.stringify(isi));
	if (n > BATAS_DOKUMEN) {
		tolak('dokumen.terlaluBesar', '', 'the document has ' + n + ' bytes; at most ' + BATAS_DOKUMEN);
	}
}

function cekLarik(v, path, key, maks) {
	if (!adalahLarik(v)) tolak(key || 'err.tidakValid', path, 'must be a list');
	if (maks !== null && v.length > maks) {
		tolak(key || 'err.tidakValid', path, 'may have at most ' + maks + ' items');
	}
}

/** Text of min…maks characters, counted after trimming when `trim` (zod's .trim()). */
function cekTeks(v, path, key, min, maks, trim) {
	if (typeof v !== 'string') tolak(key, path, 'must be text');
	var s = trim ? v.trim() : v;
	if (s.length < min) tolak(key, path, min === 1 ? 'is required' : 'is too short');
	if (maks !== null && s.length > maks)
		tolak(key, path, 'may have at most ' + maks + ' characters');
}

function cekId(v, path, key) {
	if (typeof v !== 'string' || v.length < 1 || v.length > 128 || !ID_RE.test(v)) {
		tolak(key || 'err.id', path, 'must be an id: letters, digits, ".", "_", ":" or "-"');
	}
}

function cekPeriodeId(v, path) {
	if (typeof v !== 'string' || !PERIODE_RE.test(v)) {
		tolak('err.periode', path, 'must be a period such as 2026-TW1');
	}
}

function cekWaktu(v, path) {
	if (typeof v !== 'string' || !WAKTU_RE.test(v)) {
		tolak('err.tanggal', path, 'must be an ISO 8601 date-time with its offset');
	}
}

function cekBulat(v, path, key, min, maks) {
	if (!angkaHingga(v) || Math.floor(v) !== v || v > BULAT_MAKS || v < -BULAT_MAKS) {
		tolak(key, path, 'must be a whole number');
	}
	if (v < min || (maks !== null && v > maks)) {
		tolak(key, path, 'must be between ' + min + ' and ' + (maks === null ? 'any' : maks));
	}
}

function cekAngka(v, path, key, min, maks) {
	if (!angkaHingga(v)) tolak(key, path, 'must be a number');
	if (v < min || (maks !== null && v > maks)) {
		tolak(key, path, 'must be between ' + min + ' and ' + (maks === null ? 'any' : maks));
	}
}

/** null, or a number ≥ 0 (zod: nonNegative(key).nullable()). */
function cekNonNegatifAtauNull(v, path, key, maks) {
	if (v === null) return;
	cekAngka(v, path, key, 0, maks);
}

function cekBoolean(v, path) {
	if (typeof v !== 'boolean') tolak('err.tidakValid', path, 'must be true or false');
}

function cekPilihan(v, pilihan, path, key) {
	if (typeof v !== 'string' || pilihan.indexOf(v) < 0) {
		tolak(key || 'err.tidakValid', path, 'must be one of: ' + pilihan.join(', '));
	}
}

/** Deep equality of JSON values, ignoring key order. */
function samaNilai(a, b) {
	var i;
	if (a === b) return true;
	if (adalahLarik(a) || adalahLarik(b)) {
		if (!adalahLarik(a) || !adalahLarik(b) || a.length !== b.length) return false;
		for (i = 0; i < a.length; i++) if (!samaNilai(a[i], b[i])) return false;
		return true;
	}
	if (!adalahObjek(a) || !adalahObjek(b)) return false;
	var ka = kunciData(a, false);
	var kb = kunciData(b, false);
	if (ka.length !== kb.length) return false;
	for (i = 0; i < ka.length; i++) {
		if (!ada(b, ka[i]) || !samaNilai(a[ka[i]], b[ka[i]])) return false;
	}
	return true;
}

function kunciData(o, tanpaMeta) {
	var out = [];
	for (var k in o) {
		if (!ada(o, k)) continue;
		if (tanpaMeta && META.indexOf(k) >= 0) continue;
		out.push(k);
	}
	return out;
}

/** The same document apart from CouchDB's revision fields: a replayed write. */
function samaDokumen(a, b) {
	var ka = kunciData(a, true);
	var kb = kunciData(b, true);
	if (ka.length !== kb.length) return false;
	for (var i = 0; i < ka.length; i++) {
		if (!ada(b, ka[i]) || !samaNilai(a[ka[i]], b[ka[i]])) return false;
	}
	return true;
}

/** The Rapor roles of the writer: server admins (_admin) count as admin. */
function peranDari(userCtx) {
	var roles = userCtx && adalahLarik(userCtx.roles) ? userCtx.roles : [];
	var p = {
		nama: userCtx && typeof userCtx.name === 'string' ? userCtx.name : null,
		admin: false,
		/** The server admin (_admin): setup, imports, restores of a backup. */
		serverAdmin: false,
		enumerator: false,
		opd: false,
		reviewer: false,
		unit: {}
	};
	for (var i = 0; i < roles.length; i++) {
		var r = roles[i];
		if (r === '_admin') p.serverAdmin = true;
		if (r === '_admin' || r === 'admin') p.admin = true;
		else if (r === 'enumerator') p.enumerator = true;
		else if (r === 'opd') p.opd = true;
		else if (r === 'reviewer') p.reviewer = true;
		else if (typeof r === 'string' && r.indexOf(PREFIX_UNIT) === 0) {
			p.unit[r.substring(PREFIX_UNIT.length)] = true;
		}
	}
	return p;
}

function punyaUnit(p, unitId) {
	return typeof unitId === 'string' && Object.prototype.hasOwnProperty.call(p.unit, unitId);
}

/** `type` is one of `jenis`, and `_id` is `<type>:<id>`. */
function cekAmplop(doc, jenis) {
	cekPilihan(doc.type, jenis, 'type', 'dokumen.jenis');
	cekId(doc.id, 'id');
	if (doc._id !== doc.type + ':' + doc.id) {
		tolak('dokumen.id', '_id', 'must be "' + doc.type + ':' + doc.id + '"');
	}
}

/** Rapor documents have no attachments; only an admin may add any. */
function cekTanpaLampiran(doc, p) {
	if (!p.admin && ada(doc, '_attachments')) {
		tolak('akses.lampiran', '_attachments', 'attachments are not accepted');
	}
}

/**
 * Deletion (a tombstone) is for admins only here (rapor-realisasi has its own rule). Returns true
 * when newDoc is a deletion.
 */
function aturanHapus(newDoc, p) {
	if (newDoc._deleted !== true) return false;
	if (!p.admin) tolak('akses.hapus', '', 'only an admin deletes documents');
	return true;
}

/** A deleted previous revision counts as no document. */
function dokumenLama(oldDoc) {
	return oldDoc && oldDoc._deleted !== true ? oldDoc : null;
}
