/**
 * Follow-ups noted in a rakor: who may write, edit and close them, and how each change is
 * stamped. The server enforces the same rules (sync-server/design/rules-realisasi.js): officials
 * (admin, reviewer) write and edit notes in their own name; the staff of the OPD a note is for
 * only mark it done; a note marked done is reopened by an official.
 */
import type { CatatanRakor, User } from './schemas';

export const isOfficial = (pengguna: User | null | undefined): boolean =>
	pengguna?.peran === 'admin' || pengguna?.peran === 'reviewer';

export function canWriteCatatan(pengguna: User | null | undefined): boolean {
	return isOfficial(pengguna);
}

/** Marking done: an official, or the staff of the note's own OPD while it is still open. */
export function canMarkDone(
	pengguna: User | null | undefined,
	catatan: Pick<CatatanRakor, 'unitId' | 'selesai'>
): boolean {
	if (catatan.selesai || !pengguna) return false;
	return (
		isOfficial(pengguna) || (pengguna.peran === 'opd' && pengguna.unitIds[0] === catatan.unitId)
	);
}

/** Reopening a note marked done: officials only. */
export function canReopen(
	pengguna: User | null | undefined,
	catatan: Pick<CatatanRakor, 'selesai'>
): boolean {
	return catatan.selesai && isOfficial(pengguna);
}

/** What the official types: the follow-up and, optionally, its due date ("YYYY-MM-DD"). */
export interface CatatanContent {
	teks: string;
	tenggat?: string;
}

export interface Author {
	oleh: string;
	/** ISO 8601 with offset. */
	waktu: string;
}

/** The due date as stored: absent when none was given. */
function setDeadline(catatan: CatatanRakor, tenggat: string | undefined): CatatanRakor {
	const tanggal = tenggat?.trim();
	if (tanggal) catatan.tenggat = tanggal;
	else delete catatan.tenggat;
	return catatan;
}

export function newCatatan(
	isi: CatatanContent,
	tempat: Pick<CatatanRakor, 'id' | 'unitId' | 'periodeId'>,
	penulis: Author
): CatatanRakor {
	const catatan = { ...tempat, teks: isi.teks, oleh: penulis.oleh, waktu: penulis.waktu };
	return setDeadline({ ...catatan, selesai: false }, isi.tenggat);
}

/** An edit of the text and due date; the author and the time it was written stay. */
export function updateCatatan(
	catatan: CatatanRakor,
	isi: CatatanContent,
	penulis: Author
): CatatanRakor {
	return setDeadline({ ...catatan, teks: isi.teks, diubah: penulis }, isi.tenggat);
}

export function markCatatan(
	catatan: CatatanRakor,
	selesai: boolean,
	penulis: Author
): CatatanRakor {
	return { ...catatan, selesai, diubah: penulis };
}

/** An open follow-up whose due date ("YYYY-MM-DD") is before `hariIni` (the device's date). */
export function pastDeadline(
	catatan: Pick<CatatanRakor, 'tenggat' | 'selesai'>,
	hariIni: string
): boolean {
	return !catatan.selesai && catatan.tenggat !== undefined && catatan.tenggat < hariIni;
}

/** Follow-ups grouped by OPD, in the order of `urutanUnit` (OPD not in it last, by id). */
export function groupByUnit(
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
