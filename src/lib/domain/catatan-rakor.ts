/**
 * Follow-ups noted in a rakor: who may write, edit and close them, and how each change is
 * stamped. The server enforces the same rules (sync-server/design/rules-realisasi.js): officials
 * (admin, reviewer) write and edit notes in their own name; the staff of the OPD a note is for
 * only mark it done; a note marked done is reopened by an official.
 */
import type { CatatanRakor, User } from './schemas';

export const isOfficial = (user: User | null | undefined): boolean =>
	user?.peran === 'admin' || user?.peran === 'reviewer';

export function canWriteCatatan(user: User | null | undefined): boolean {
	return isOfficial(user);
}

/** Marking done: an official, or the staff of the note's own OPD while it is still open. */
export function canMarkDone(
	user: User | null | undefined,
	catatan: Pick<CatatanRakor, 'unitId' | 'selesai'>
): boolean {
	if (catatan.selesai || !user) return false;
	return isOfficial(user) || (user.peran === 'opd' && user.unitIds[0] === catatan.unitId);
}

/** Reopening a note marked done: officials only. */
export function canReopen(
	user: User | null | undefined,
	catatan: Pick<CatatanRakor, 'selesai'>
): boolean {
	return catatan.selesai && isOfficial(user);
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
	content: CatatanContent,
	tempat: Pick<CatatanRakor, 'id' | 'unitId' | 'periodeId'>,
	penulis: Author
): CatatanRakor {
	const catatan = { ...tempat, teks: content.teks, oleh: penulis.oleh, waktu: penulis.waktu };
	return setDeadline({ ...catatan, selesai: false }, content.tenggat);
}

/** An edit of the text and due date; the author and the time it was written stay. */
export function updateCatatan(
	catatan: CatatanRakor,
	content: CatatanContent,
	penulis: Author
): CatatanRakor {
	return setDeadline({ ...catatan, teks: content.teks, diubah: penulis }, content.tenggat);
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
	unitOrder: readonly string[]
): { unitId: string; catatan: CatatanRakor[] }[] {
	const per = new Map<string, CatatanRakor[]>();
	for (const c of catatan) per.set(c.unitId, [...(per.get(c.unitId) ?? []), c]);
	const position = (id: string) => {
		const i = unitOrder.indexOf(id);
		return i < 0 ? unitOrder.length : i;
	};
	return [...per]
		.sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b))
		.map(([unitId, list]) => ({ unitId, catatan: list }));
}
