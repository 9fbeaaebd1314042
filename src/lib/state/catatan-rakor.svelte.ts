/**
 * Follow-ups of a rakor on this page: the notes of a triwulan, and writing, editing and closing
 * them on behalf of the device's user, stamped with the device time. Who may do what is decided
 * by domain/catatan-rakor.ts, as the server decides it.
 */
import { randomId } from '$lib/domain/random-id';
import { readCatatan, catatanForPeriode, saveCatatan } from '$lib/db/catatan-rakor';
import { InvalidDocumentError } from '$lib/db/validate';
import {
	canReopen,
	canMarkDone,
	canWriteCatatan,
	newCatatan,
	isOfficial,
	markCatatan,
	updateCatatan,
	type CatatanContent
} from '$lib/domain/catatan-rakor';
import { messageKey } from '$lib/domain/issues';
import type { CatatanRakor, User } from '$lib/domain/schemas';
import { timeNow } from '$lib/domain/local-time';
import { database } from './app.svelte';
import { live } from './live.svelte';

/** A note's sync status, as the notes list shows it. */
export type { SyncStatus } from '$lib/db/sync';

export function catatanLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<CatatanRakor[] | null> =>
		id ? catatanForPeriode(db, id) : null
	);
}

export type CatatanResult = { ok: true } | { ok: false; keys: string[] };

const NOT_ALLOWED: CatatanResult = { ok: false, keys: ['rakor.tidakBoleh'] };

async function save(catatan: CatatanRakor): Promise<CatatanResult> {
	try {
		await saveCatatan(await database(), catatan);
		return { ok: true };
	} catch (error) {
		if (error instanceof InvalidDocumentError) return { ok: false, keys: messageKey(error.issues) };
		// A failed write (full disk, closed connection) must not pass silently.
		console.error('catatan rakor not saved', error);
		return { ok: false, keys: ['rakor.gagalSimpan'] };
	}
}

/** Writes a new follow-up for `unitId` in the meeting of `periodeId`. */
export async function writeCatatan(
	user: User | null | undefined,
	tempat: { unitId: string; periodeId: string },
	content: CatatanContent
): Promise<CatatanResult> {
	if (!user || !canWriteCatatan(user)) return NOT_ALLOWED;
	const id = `rakor-${randomId()}`;
	return save(newCatatan(content, { id, ...tempat }, { oleh: user.nama, waktu: timeNow() }));
}

/** Changes the text and due date of a follow-up (officials only). */
export async function updateCatatanText(
	user: User | null | undefined,
	id: string,
	content: CatatanContent
): Promise<CatatanResult> {
	const catatan = await readCatatan(await database(), id);
	if (!catatan || !user || !isOfficial(user)) return NOT_ALLOWED;
	return save(updateCatatan(catatan, content, { oleh: user.nama, waktu: timeNow() }));
}

/** Marks a follow-up done, or (officials only) open again. */
export async function markDone(
	user: User | null | undefined,
	id: string,
	selesai: boolean
): Promise<CatatanResult> {
	const catatan = await readCatatan(await database(), id);
	if (!catatan || !user) return NOT_ALLOWED;
	const boleh = selesai ? canMarkDone : canReopen;
	if (!boleh(user, catatan)) return NOT_ALLOWED;
	return save(markCatatan(catatan, selesai, { oleh: user.nama, waktu: timeNow() }));
}
