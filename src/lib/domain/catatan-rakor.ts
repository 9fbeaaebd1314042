/**
 * Follow-ups noted in a rakor: who may write, edit and close them, and how each change is
 * stamped. The server enforces the same rules (sync-server/design/aturan-realisasi.js): officials
 * (admin, reviewer) write and edit notes in their own name; the staff of the OPD a note is for
 * only mark it done; a note marked done is reopened by an official.
 */
import type { CatatanRakor, Pengguna } from './schemas';

export const pejabat = (pengguna: Pengguna | null | undefined): boolean =>
	pengguna?.peran === 'admin' || pengguna?.peran === 'reviewer';

export function bolehTulisCatatan(pengguna: Pengguna | null | undefined): boolean {
	return pejabat(pengguna);
}

/** Marking done: an official, or the staff of the note's own OPD while it is still open. */
export function bolehTandaiSelesai(
	pengguna: Pengguna | null | undefined,
	catatan: Pick<CatatanRakor, 'unitId' | 'selesai'>
): boolean {
	if (catatan.selesai || !pengguna) return false;
	return pejabat(pengguna) || (pengguna.peran === 'opd' && pengguna.unitIds[0] === catatan.unitId);
}

/** Reopening a note marked done: officials only. */
export function bolehBukaLagi(
	pengguna: Pengguna | null | undefined,
	catatan: Pick<CatatanRakor, 'selesai'>
): boolean {
	return catatan.selesai && pejabat(pengguna);
}

/** What the official types: the follow-up and, optionally, its due date ("YYYY-MM-DD"). */
export interface IsiCatatan {
	teks: string;
	tenggat?: string;
}

export interface Penulis {
	oleh: string;
	/** ISO 8601 with offset. */
	waktu: string;
}

/** The due date as stored: absent when none was given. */
function tetapkanTenggat(catatan: CatatanRakor, tenggat: string | undefined): CatatanRakor {
	const tanggal = tenggat?.trim();
	if (tanggal) catatan.tenggat = tanggal;
	else delete catatan.tenggat;
	return catatan;
}

export function catatanBaru(
	isi: IsiCatatan,
	tempat: Pick<CatatanRakor, 'id' | 'unitId' | 'periodeId'>,
	penulis: Penulis
): CatatanRakor {
	const catatan = { ...tempat, teks: isi.teks, oleh: penulis.oleh, waktu: penulis.waktu };
	return tetapkanTenggat({ ...catatan, selesai: false }, isi.tenggat);
}

/** An edit of the text and due date; the author and the time it was written stay. */
export function ubahCatatan(
	catatan: CatatanRakor,
	isi: IsiCatatan,
	penulis: Penulis
): CatatanRakor {
	return tetapkanTenggat({ ...catatan, teks: isi.teks, diubah: penulis }, isi.tenggat);
}

export function tandaiCatatan(
	catatan: CatatanRakor,
	selesai: boolean,
	penulis: Penulis
): CatatanRakor {
	return { ...catatan, selesai, diubah: penulis };
}

/** An open follow-up whose due date ("YYYY-MM-DD") is before `hariIni` (the device's date). */
export function lewatTenggat(
	catatan: Pick<CatatanRakor, 'tenggat' | 'selesai'>,
	hariIni: string
): boolean {
	return !catatan.selesai && catatan.tenggat !== undefined && catatan.tenggat < hariIni;
}

/** Follow-ups grouped by OPD, in the order of `urutanUnit` (OPD not in it last, by id). */
export function kelompokPerUnit(
	catatan: readonly CatatanRakor[],
	urutanUnit: readonly string[]
): { unitId: string; catatan: CatatanRakor[] }[] {
	const per = new Map<string, CatatanRakor[]>();
	for (const c of catatan) per.set(c.unitId, [...(per.get(c.unitId) ?? []), c]);
	const posisi = (id: string) => {
		const i = urutanUnit.indexOf(id);
		return i < 0 ? urutanUnit.length : i;
	};
	return [...per]
		.sort(([a], [b]) => posisi(a) - posisi(b) || a.localeCompare(b))
		.map(([unitId, list]) => ({ unitId, catatan: list }));
}
