/**
 * The design document of each Rapor database: its validate_doc_update function and the views the
 * app and the admin need. Setup writes these to the embedded server and to a real CouchDB alike.
 *
 * The function is built here, each time: lib.js (shared helpers), refinements.js (the zod
 * refinements, by hand), the schema checks generated from the zod schemas (schema.ts; nothing
 * generated is stored in the repository) and the database's rules-*.js (who may write what).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	DATABASE_DOCUMENT_BYTES_LIMIT,
	ARRAY_LIMIT,
	TEXT_LIMIT
} from '../../src/lib/domain/limits.ts';
import {
	DATABASE,
	KIND_DATABASE,
	DOCUMENT_KINDS,
	DOCUMENT_SCHEMAS,
	type DatabaseKey,
	type DatabaseName
} from '../../src/lib/domain/document.ts';
import { REFINEMEN, schemaSource } from './schema.ts';

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

const readPart = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8').trim();

/** The hand-written ES5 twins of the zod refinements, checked to define every one REFINEMENTS names. */
export function refinementsSource(): string {
	const source = readPart('refinements.js');
	for (const fungsi of new Set(Object.values(REFINEMEN))) {
		if (fungsi === 'cekUkuran') continue; // lib.js: every rule file calls it first
		if (!source.includes(`function ${fungsi}(`)) {
			throw new Error(`sync-server/design/refinements.js lacks ${fungsi}, named in REFINEMEN`);
		}
	}
	return source;
}

/** The schema checks of one database's document types, generated from DOCUMENT_SCHEMAS. */
export function databaseSchemaSource(db: DatabaseKey): string {
	const jenis = DOCUMENT_KINDS.filter((j) => KIND_DATABASE[j] === db);
	return schemaSource(Object.fromEntries(jenis.map((j) => [j, DOCUMENT_SCHEMAS[j]])));
}

/** The limits of src/lib/domain/limits.ts as ES5 declarations, so both sides use one set. */
function batasSumber(db: DatabaseKey): string {
	return [
		`var BATAS_DOKUMEN = ${DATABASE_DOCUMENT_BYTES_LIMIT[db]};`,
		`var BATAS_TEKS = ${JSON.stringify(TEXT_LIMIT)};`,
		`var BATAS_LARIK = ${JSON.stringify(ARRAY_LIMIT)};`
	].join('\n');
}

/** The validate_doc_update source of one database: one ES5 function expression. */
export function validationSource(db: DatabaseKey): string {
	const body = [
		batasSumber(db),
		readPart('lib.js'),
		refinementsSource(),
		databaseSchemaSource(db),
		readPart(`rules-${db}.js`)
	].join('\n\n');
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

const VIEWS: Readonly<Record<DatabaseKey, Record<string, View>>> = {
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

export function designDoc(db: DatabaseKey): DesignDoc {
	return {
		_id: DESIGN_ID,
		language: 'javascript',
		validate_doc_update: validationSource(db),
		views: VIEWS[db]
	};
}

/** The design document of every Rapor database, by database name. */
export function designDocs(): Record<DatabaseName, DesignDoc> {
	return {
		[DATABASE.master]: designDoc('master'),
		[DATABASE.skm]: designDoc('skm'),
		[DATABASE.realisasi]: designDoc('realisasi')
	} as Record<DatabaseName, DesignDoc>;
}
