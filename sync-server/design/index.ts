/**
 * The design document of each Rapor database: its validate_doc_update function (built from the
 * ES5 files next to this one) and the views the app and the admin need. Setup writes these to the
 * embedded server and to a real CouchDB alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	BATAS_DOKUMEN_BYTES_DATABASE,
	BATAS_LARIK,
	BATAS_TEKS
} from '../../src/lib/domain/batas.ts';
import { DATABASE, type KunciDatabase, type NamaDatabase } from '../../src/lib/domain/dokumen.ts';

export const DESIGN_ID = '_design/rapor';

export interface View {
	map: string;
	reduce?: string;
}

export interface DesignDoc {
	_id: string;
	language: 'javascript';
	validate_doc_update: string;
	views: Record<string, View>;
}

/** Source files of each database's function: shared helpers, schema mirror, role rules. */
const BAGIAN: Readonly<Record<KunciDatabase, readonly string[]>> = {
	master: ['lib.js', 'skema-master.js', 'aturan-master.js'],
	skm: ['lib.js', 'skema-skm.js', 'aturan-skm.js'],
	realisasi: ['lib.js', 'skema-realisasi.js', 'aturan-realisasi.js']
};

const bacaBagian = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8').trim();

/** The limits of src/lib/domain/batas.ts as ES5 declarations, so both sides use one set. */
function batasSumber(db: KunciDatabase): string {
	return [
		`var BATAS_DOKUMEN = ${BATAS_DOKUMEN_BYTES_DATABASE[db]};`,
		`var BATAS_TEKS = ${JSON.stringify(BATAS_TEKS)};`,
		`var BATAS_LARIK = ${JSON.stringify(BATAS_LARIK)};`
	].join('\n');
}

/** The validate_doc_update source of one database: one ES5 function expression. */
export function sumberValidasi(db: KunciDatabase): string {
	const body = [batasSumber(db), ...BAGIAN[db].map(bacaBagian)].join('\n\n');
	return (
		'function (newDoc, oldDoc, userCtx, secObj) {\n' +
		`${body}\n\n` +
		'return validasi(newDoc, oldDoc, userCtx, secObj);\n' +
		'}'
	);
}

/** Documents with unresolved conflicts, for the admin to find (ES5, like every view here). */
const KONFLIK: View = {
	map: 'function (doc) { if (doc._conflicts) { emit(doc._conflicts.length, doc.type); } }'
};

const VIEWS: Readonly<Record<KunciDatabase, Record<string, View>>> = {
	master: {
		'per-jenis': { map: 'function (doc) { if (doc.type) { emit(doc.type, null); } }' },
		konflik: KONFLIK
	},
	skm: {
		'respons-per-unit-periode': {
			map: "function (doc) { if (doc.type === 'response') { emit([doc.unitId, doc.periodeId], null); } }",
			reduce: '_count'
		},
		'koreksi-per-respons': {
			map: "function (doc) { if (doc.type === 'koreksi') { emit(doc.responseId, doc.jenis); } }"
		},
		konflik: KONFLIK
	},
	realisasi: {
		'per-unit-periode': {
			map: "function (doc) { if (doc.type === 'realisasi') { emit([doc.unitId, doc.periodeId], doc.status); } }"
		},
		konflik: KONFLIK
	}
};

export function designDoc(db: KunciDatabase): DesignDoc {
	return {
		_id: DESIGN_ID,
		language: 'javascript',
		validate_doc_update: sumberValidasi(db),
		views: VIEWS[db]
	};
}

/** The design document of every Rapor database, by database name. */
export function designDocs(): Record<NamaDatabase, DesignDoc> {
	return {
		[DATABASE.master]: designDoc('master'),
		[DATABASE.skm]: designDoc('skm'),
		[DATABASE.realisasi]: designDoc('realisasi')
	} as Record<NamaDatabase, DesignDoc>;
}
