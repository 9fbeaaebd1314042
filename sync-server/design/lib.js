/*
 * Shared part of Rapor's validate_doc_update functions. sync-server/design/index.ts puts this
 * file, refinements.js, the schema checks it generates from the zod schemas (schema.ts) and one
 * rules-*.js into a single function body, so names declared here are used by those parts.
 *
 * ES5 only: CouchDB 3 may run an old SpiderMonkey. No let/const, arrow functions, template
 * strings, default parameters or library calls newer than ES5 (a test parses the built functions
 * as ES5).
 *
 * A refusal is throw({ forbidden: '<i18n key>[ @<field path>]: <English text>' }); the app reads
 * it with parseServerReason (src/lib/domain/document.ts). Field keys are the zod schemas' own
 * ('err.skor', …); 'err.tidakValid' where the schema has none.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- used by the files concatenated after it */

var BULAT_MAKS = 9007199254740991;
var PREFIX_UNIT = 'unit:';
/** Fields of a stored document that are CouchDB's, not the document's. */
var META = ['_rev', '_revisions', '_conflicts', '_deleted_conflicts', '_local_seq'];

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

/** UTF-8 bytes of a string; a lone surrogate counts as U+FFFD (documentSize in batas.ts). */
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
 * src/lib/domain/limits.ts): UTF-8 bytes of its JSON without CouchDB's fields and attachments.
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

/** A list of min…maks items (maks null: no limit). */
function cekLarik(v, path, key, min, maks) {
	if (!adalahLarik(v)) tolak(key, path, 'must be a list');
	if (v.length < min) tolak(key, path, 'must have at least ' + min + ' items');
	if (maks !== null && v.length > maks) tolak(key, path, 'may have at most ' + maks + ' items');
}

/** A list of exactly n items (zod's tuple). */
function cekDaftar(v, path, key, n) {
	if (!adalahLarik(v) || v.length !== n) tolak(key, path, 'must list exactly ' + n + ' items');
}

/** Text of min…maks characters, counted after trimming when `trim` (zod's .trim()). */
function cekTeks(v, path, key, min, maks, trim) {
	if (typeof v !== 'string') tolak(key, path, 'must be text');
	var s = trim ? v.trim() : v;
	if (s.length < min) tolak(key, path, min === 1 ? 'is required' : 'is too short');
	if (maks !== null && s.length > maks)
		tolak(key, path, 'may have at most ' + maks + ' characters');
}

/** Text of a given form (an id, a period, a date): any problem reads as the form it must have. */
function cekTeksPola(v, path, key, min, maks, trim, pola, bentuk) {
	var s = typeof v === 'string' ? (trim ? v.trim() : v) : null;
	if (s === null || s.length < min || (maks !== null && s.length > maks) || !pola.test(s)) {
		tolak(key, path, bentuk);
	}
}

function rentang(min, maks) {
	if (min === null) return 'at most ' + maks;
	if (maks === null) return 'at least ' + min;
	return 'between ' + min + ' and ' + maks;
}

/** A finite number within min…maks (null: no bound), like zod's z.number(). */
function cekAngka(v, path, key, min, maks) {
	if (typeof v !== 'number' || !isFinite(v)) tolak(key, path, 'must be a number');
	if ((min !== null && v < min) || (maks !== null && v > maks)) {
		tolak(key, path, 'must be ' + rentang(min, maks));
	}
}

/** A whole number within min…maks, like zod's .int() (a safe integer). */
function cekBulat(v, path, key, min, maks) {
	if (typeof v !== 'number' || Math.floor(v) !== v || v > BULAT_MAKS || v < -BULAT_MAKS) {
		tolak(key, path, 'must be a whole number');
	}
	cekAngka(v, path, key, min, maks);
}

function cekBoolean(v, path, key) {
	if (typeof v !== 'boolean') tolak(key || 'err.tidakValid', path, 'must be true or false');
}

/** One of the listed values (an enum, literals, null). */
function cekLiteral(v, daftar, path, key) {
	for (var i = 0; i < daftar.length; i++) if (v === daftar[i]) return;
	var teks = [];
	for (i = 0; i < daftar.length; i++) teks.push(String(daftar[i]));
	var akhir = teks.length > 1 ? ' or ' + teks.pop() : '';
	tolak(key, path, 'must be ' + (daftar.length > 1 ? 'one of ' : '') + teks.join(', ') + akhir);
}

/** A string out of `pilihan` (the rules' own lists, e.g. the document types of a database). */
function cekPilihan(v, pilihan, path, key) {
	if (typeof v !== 'string' || pilihan.indexOf(v) < 0) {
		tolak(key || 'err.tidakValid', path, 'must be one of: ' + pilihan.join(', '));
	}
}

/** A union's options of one kind, tried in turn: the first that accepts wins. */
function cobaSalahSatu(fungsi, v, path) {
	var pertama = null;
	for (var i = 0; i < fungsi.length; i++) {
		try {
			fungsi[i](v, path);
			return;
		} catch (e) {
			if (pertama === null) pertama = e;
		}
	}
	throw pertama;
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
	// The id's own form is the schema's (SKEMA, generated); here only that _id matches it.
	if (typeof doc.id === 'string' && doc._id !== doc.type + ':' + doc.id) {
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
