/**
 * Import of master data files (CSV or XLSX) into rapor-master, with the same readers, checks and
 * messages as the app's import screen (src/lib/import/master/): every row is checked against
 * the file and the server's data first, and with any error nothing is written.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
	DATABASE,
	fromDocument,
	toDocument,
	type DocumentContent,
	type DocumentKind
} from '../../src/lib/domain/document.ts';
import { readTableFile } from '../../src/lib/import/table/file.ts';
import { formatMasterError, type MasterImportError } from '../../src/lib/import/master/errors.ts';
import {
	masterSchema,
	type MasterReference,
	type MasterDocument,
	type MasterKind
} from '../../src/lib/domain/master.ts';
import { formatMaster } from '../../src/lib/import/master/kinds.ts';
import { importPlan } from '../../src/lib/import/master/plan.ts';
import type { CouchClient } from '../http/couch-client.ts';
import { sameJson } from '../http/json.ts';
import { allDocsSchema, bulkResultSchema } from '../http/schemas.ts';

/** The command's names for each table (the English plural is accepted too). */
export const KIND_NAMES: Readonly<Record<string, MasterKind>> = {
	unit: 'unit',
	units: 'unit',
	'jenis-layanan': 'jenis-layanan',
	populasi: 'populasi',
	indikator: 'indikator'
};

const MASTER_DOC_KINDS: Readonly<Record<MasterKind, DocumentKind>> = {
	unit: 'unit',
	'jenis-layanan': 'jenisLayanan',
	populasi: 'populasi',
	indikator: 'indikator'
};

export interface ImportReport {
	jenis: MasterKind;
	jumlahBaris: number;
	/** Empty when the import was written. */
	errors: string[];
	baru: number;
	berubah: number;
	tetap: number;
}

type Stored = { doc: DocumentContent[DocumentKind]; rev: string };

/** rapor-master as it is now: every valid document by type, with its revision. */
async function currentMaster(client: CouchClient): Promise<Map<DocumentKind, Stored[]>> {
	const { body } = await client.request('GET', `/${DATABASE.master}/_all_docs`, allDocsSchema, {
		query: { include_docs: true }
	});
	const byType = new Map<DocumentKind, Stored[]>();
	for (const row of body?.rows ?? []) {
		const result = fromDocument(row.doc);
		if (!result.ok || !row.doc?._rev) continue;
		byType.set(result.jenis, [
			...(byType.get(result.jenis) ?? []),
			{ doc: result.isi, rev: row.doc._rev }
		]);
	}
	return byType;
}

export async function importMaster(
	client: CouchClient,
	kind: MasterKind,
	file: string,
	options: { dryRun?: boolean } = {}
): Promise<ImportReport> {
	const report: ImportReport = {
		jenis: kind,
		jumlahBaris: 0,
		errors: [],
		baru: 0,
		berubah: 0,
		tetap: 0
	};
	const dibaca = readTableFile(basename(file), readFileSync(file));
	if (!dibaca.ok) return { ...report, errors: [formatMasterError(dibaca.error)] };

	const master = await currentMaster(client);
	const documentKind = MASTER_DOC_KINDS[kind];
	const stored = master.get(documentKind) ?? [];
	const periode = (master.get('periode') ?? []).map((s) => s.doc as DocumentContent['periode']);
	const acuan: MasterReference<MasterDocument[typeof kind]> = {
		unitIds: new Set((master.get('unit') ?? []).map((s) => s.doc.id)),
		periodeIds: new Set(periode.map((p) => p.id)),
		tahun: new Set(periode.map((p) => p.tahun)),
		tersimpan: stored.map((s) => s.doc as MasterDocument[typeof kind])
	};
	const rencana = importPlan(formatMaster(kind), masterSchema(kind), dibaca.tabel, acuan, sameJson);
	report.jumlahBaris = rencana.jumlahBaris;
	if (rencana.errors.length > 0) {
		return {
			...report,
			errors: rencana.errors.map((e: MasterImportError) => formatMasterError(e))
		};
	}
	report.baru = rencana.baru.length;
	report.berubah = rencana.berubah.length;
	report.tetap = rencana.tetap.length;
	if (options.dryRun) return report;

	const revs = new Map(stored.map((s) => [s.doc.id, s.rev]));
	const docs = [...rencana.baru, ...rencana.berubah].map((content) => {
		const doc = toDocument(documentKind, content as DocumentContent[typeof documentKind]);
		const rev = revs.get(content.id);
		return rev ? { ...doc, _rev: rev } : doc;
	});
	if (docs.length === 0) return report;
	const { body } = await client.request(
		'POST',
		`/${DATABASE.master}/_bulk_docs`,
		bulkResultSchema,
		{
			body: { docs }
		}
	);
	const refused = (body ?? []).filter((r) => r.error);
	return {
		...report,
		errors: refused.map((r) => `${r.id}: ${r.error} ${r.reason ?? ''}`.trim())
	};
}
