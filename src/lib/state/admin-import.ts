/** Import and export of the master tables from the admin screen. */
import { masterDocuments } from '$lib/db/master-import';
import type { MasterKind } from '$lib/domain/master';
import { readTableFile } from '$lib/import/table/file';
import { exportMaster, template, type MasterFile } from '$lib/import/master/file';
import type { MasterImportError } from '$lib/import/master/errors';
import type { MasterPlan } from '$lib/import/master/plan';
import type { Table } from '$lib/import/table/table';
import { database } from './app.svelte';
import { importMaster, previewImport } from './master-import';
import { hasEnoughSpace, requestPersistOnce } from './storage.svelte';

export type { MasterFile };

/** What the preview shows: counts, or every error (and then nothing can be imported). */
export interface Preview {
	jenis: MasterKind;
	namaBerkas: string;
	tabel: Table;
	jumlahBaris: number;
	baru: number;
	berubah: number;
	tetap: number;
	errors: MasterImportError[];
}

function summarise(
	kind: MasterKind,
	fileName: string,
	table: Table,
	r: MasterPlan<unknown>
): Preview {
	return {
		jenis: kind,
		namaBerkas: fileName,
		tabel: table,
		jumlahBaris: r.jumlahBaris,
		baru: r.baru.length,
		berubah: r.berubah.length,
		tetap: r.tetap.length,
		errors: r.errors
	};
}

/** Reads a chosen .csv or .xlsx file and checks every row; nothing is written. */
export async function previewFile(kind: MasterKind, file: File): Promise<Preview> {
	const read = readTableFile(file.name, await file.arrayBuffer());
	const empty: Table = { header: [], rows: [] };
	if (!read.ok) {
		return { ...summarise(kind, file.name, empty, emptyPlan()), errors: [read.error] };
	}
	const rencana = await previewImport(await database(), kind, read.tabel);
	return summarise(kind, file.name, read.tabel, rencana);
}

const emptyPlan = (): MasterPlan<unknown> => ({
	errors: [],
	jumlahBaris: 0,
	baru: [],
	berubah: [],
	tetap: []
});

export type ImportResult =
	| { ok: true; pratinjau: Preview }
	| { ok: false; pratinjau: Preview }
	| { ok: false; ditolak: string };

/**
 * Imports the previewed file, checked again in the transaction that writes it. Refused with a
 * message when the device is nearly out of space.
 */
export async function importFile(p: Preview): Promise<ImportResult> {
	const ruang = await hasEnoughSpace();
	if (!ruang.ok) return { ok: false, ditolak: ruang.pesan };
	const rencana = await importMaster(await database(), p.jenis, p.tabel);
	const result = summarise(p.jenis, p.namaBerkas, p.tabel, rencana);
	if (result.errors.length > 0) return { ok: false, pratinjau: result };
	void requestPersistOnce();
	return { ok: true, pratinjau: result };
}

/** Today's date on this device, for file names. */
function todayDate(): string {
	const d = new Date();
	const two = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export async function exportFile(kind: MasterKind, ext: 'csv' | 'xlsx'): Promise<MasterFile> {
	const docs = await masterDocuments(await database(), kind);
	return exportMaster(kind, docs, ext, todayDate());
}

/** The template, its example row naming units and periods this device holds. */
export async function templateFile(kind: MasterKind, ext: 'csv' | 'xlsx'): Promise<MasterFile> {
	const db = await database();
	const [units, periodeIds] = await Promise.all([
		db.units.toArray(),
		db.periode.toCollection().primaryKeys()
	]);
	return template(kind, ext, { units, periodeIds });
}
