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
	jenis: MasterKind,
	namaBerkas: string,
	tabel: Table,
	r: MasterPlan<unknown>
): Preview {
	return {
		jenis,
		namaBerkas,
		tabel,
		jumlahBaris: r.jumlahBaris,
		baru: r.baru.length,
		berubah: r.berubah.length,
		tetap: r.tetap.length,
		errors: r.errors
	};
}

/** Reads a chosen .csv or .xlsx file and checks every row; nothing is written. */
export async function previewFile(jenis: MasterKind, file: File): Promise<Preview> {
	const baca = readTableFile(file.name, await file.arrayBuffer());
	const kosong: Table = { header: [], rows: [] };
	if (!baca.ok) {
		return { ...summarise(jenis, file.name, kosong, emptyPlan()), errors: [baca.error] };
	}
	const rencana = await previewImport(await database(), jenis, baca.tabel);
	return summarise(jenis, file.name, baca.tabel, rencana);
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
	const hasil = summarise(p.jenis, p.namaBerkas, p.tabel, rencana);
	if (hasil.errors.length > 0) return { ok: false, pratinjau: hasil };
	void requestPersistOnce();
	return { ok: true, pratinjau: hasil };
}

/** Today's date on this device, for file names. */
function todayDate(): string {
	const d = new Date();
	const dua = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${dua(d.getMonth() + 1)}-${dua(d.getDate())}`;
}

export async function exportFile(jenis: MasterKind, ext: 'csv' | 'xlsx'): Promise<MasterFile> {
	const docs = await masterDocuments(await database(), jenis);
	return exportMaster(jenis, docs, ext, todayDate());
}

/** The template, its example row naming units and periods this device holds. */
export async function templateFile(jenis: MasterKind, ext: 'csv' | 'xlsx'): Promise<MasterFile> {
	const db = await database();
	const [units, periodeIds] = await Promise.all([
		db.units.toArray(),
		db.periode.toCollection().primaryKeys()
	]);
	return template(jenis, ext, { units, periodeIds });
}
