/**
 * Follow-ups of a rakor on this page: the notes of a triwulan, and writing, editing and closing
 * them on behalf of the device's user, stamped with the device time. Who may do what is decided
 * by domain/catatan-rakor.ts, as the server decides it.
 */
import { idAcak } from '$lib/domain/id-acak';
import { bacaCatatan, catatanPeriode, simpanCatatan } from '$lib/db/catatan-rakor';
import { InvalidDocumentError } from '$lib/db/validate';
import {
	bolehBukaLagi,
	bolehTandaiSelesai,
	bolehTulisCatatan,
	catatanBaru,
	pejabat,
	tandaiCatatan,
	ubahCatatan,
	type IsiCatatan
} from '$lib/domain/catatan-rakor';
import { kunciPesan } from '$lib/domain/issues';
import type { CatatanRakor, Pengguna } from '$lib/domain/schemas';
import { waktuSekarang } from '$lib/domain/waktu-lokal';
import { database } from './app.svelte';
import { live } from './live.svelte';

/** A note's sync status, as the notes list shows it. */
export type { StatusSinkron } from '$lib/db/sinkron';

export function catatanLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<CatatanRakor[] | null> =>
		id ? catatanPeriode(db, id) : null
	);
}

export type HasilCatatan = { ok: true } | { ok: false; keys: string[] };

const TIDAK_BOLEH: HasilCatatan = { ok: false, keys: ['rakor.tidakBoleh'] };

async function simpan(catatan: CatatanRakor): Promise<HasilCatatan> {
	try {
		await simpanCatatan(await database(), catatan);
		return { ok: true };
	} catch (error) {
		if (error instanceof InvalidDocumentError) return { ok: false, keys: kunciPesan(error.issues) };
		// A failed write (full disk, closed connection) must not pass silently.
		console.error('catatan rakor not saved', error);
		return { ok: false, keys: ['rakor.gagalSimpan'] };
	}
}

/** Writes a new follow-up for `unitId` in the meeting of `periodeId`. */
export async function tulisCatatan(
	pengguna: Pengguna | null | undefined,
	tempat: { unitId: string; periodeId: string },
	isi: IsiCatatan
): Promise<HasilCatatan> {
	if (!pengguna || !bolehTulisCatatan(pengguna)) return TIDAK_BOLEH;
	const id = `rakor-${idAcak()}`;
	return simpan(
		catatanBaru(isi, { id, ...tempat }, { oleh: pengguna.nama, waktu: waktuSekarang() })
	);
}

/** Changes the text and due date of a follow-up (officials only). */
export async function ubahIsiCatatan(
	pengguna: Pengguna | null | undefined,
	id: string,
	isi: IsiCatatan
): Promise<HasilCatatan> {
	const catatan = await bacaCatatan(await database(), id);
	if (!catatan || !pengguna || !pejabat(pengguna)) return TIDAK_BOLEH;
	return simpan(ubahCatatan(catatan, isi, { oleh: pengguna.nama, waktu: waktuSekarang() }));
}

/** Marks a follow-up done, or (officials only) open again. */
export async function tandaiSelesai(
	pengguna: Pengguna | null | undefined,
	id: string,
	selesai: boolean
): Promise<HasilCatatan> {
	const catatan = await bacaCatatan(await database(), id);
	if (!catatan || !pengguna) return TIDAK_BOLEH;
	const boleh = selesai ? bolehTandaiSelesai : bolehBukaLagi;
	if (!boleh(pengguna, catatan)) return TIDAK_BOLEH;
	return simpan(tandaiCatatan(catatan, selesai, { oleh: pengguna.nama, waktu: waktuSekarang() }));
}
