/** Import and export of the master tables from the admin screen. */
import { dokumenMaster } from '$lib/db/master-import';
import type { JenisMaster } from '$lib/domain/master';
import { bacaBerkas } from '$lib/import/table/file';
import { ekspor, templat, type BerkasMaster } from '$lib/import/master/file';
import type { MasterImportError } from '$lib/import/master/errors';
import type { RencanaMaster } from '$lib/import/master/plan';
import type { Tabel } from '$lib/import/table/table';
import { database } from './app.svelte';
import { imporMaster, pratinjauImpor } from './master-import';
import { cukupRuang, mintaPersistenSekali } from './storage.svelte';

export type { BerkasMaster };

/** What the preview shows: counts, or every error (and then nothing can be imported). */
export interface Pratinjau {
	jenis: JenisMaster;
	namaBerkas: string;
	tabel: Tabel;
	jumlahBaris: number;
	baru: number;
	berubah: number;
	tetap: number;
	errors: MasterImportError[];
}

function ringkas(
	jenis: JenisMaster,
	namaBerkas: string,
	tabel: Tabel,
	r: RencanaMaster<unknown>
): Pratinjau {
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
export async function pratinjauBerkas(jenis: JenisMaster, file: File): Promise<Pratinjau> {
	const baca = bacaBerkas(file.name, await file.arrayBuffer());
	const kosong: Tabel = { header: [], rows: [] };
	if (!baca.ok) {
		return { ...ringkas(jenis, file.name, kosong, emptyPlan()), errors: [baca.error] };
	}
	const rencana = await pratinjauImpor(await database(), jenis, baca.tabel);
	return ringkas(jenis, file.name, baca.tabel, rencana);
}

const emptyPlan = (): RencanaMaster<unknown> => ({
	errors: [],
	jumlahBaris: 0,
	baru: [],
	berubah: [],
	tetap: []
});

export type HasilImpor =
	| { ok: true; pratinjau: Pratinjau }
	| { ok: false; pratinjau: Pratinjau }
	| { ok: false; ditolak: string };

/**
 * Imports the previewed file, checked again in the transaction that writes it. Refused with a
 * message when the device is nearly out of space.
 */
export async function imporBerkas(p: Pratinjau): Promise<HasilImpor> {
	const ruang = await cukupRuang();
	if (!ruang.ok) return { ok: false, ditolak: ruang.pesan };
	const rencana = await imporMaster(await database(), p.jenis, p.tabel);
	const hasil = ringkas(p.jenis, p.namaBerkas, p.tabel, rencana);
	if (hasil.errors.length > 0) return { ok: false, pratinjau: hasil };
	void mintaPersistenSekali();
	return { ok: true, pratinjau: hasil };
}

/** Today's date on this device, for file names. */
function hariIni(): string {
	const d = new Date();
	const dua = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${dua(d.getMonth() + 1)}-${dua(d.getDate())}`;
}

export async function berkasEkspor(jenis: JenisMaster, ext: 'csv' | 'xlsx'): Promise<BerkasMaster> {
	const docs = await dokumenMaster(await database(), jenis);
	return ekspor(jenis, docs, ext, hariIni());
}

/** The template, its example row naming units and periods this device holds. */
export async function berkasTemplat(
	jenis: JenisMaster,
	ext: 'csv' | 'xlsx'
): Promise<BerkasMaster> {
	const db = await database();
	const [units, periodeIds] = await Promise.all([
		db.units.toArray(),
		db.periode.toCollection().primaryKeys()
	]);
	return templat(jenis, ext, { units, periodeIds });
}
