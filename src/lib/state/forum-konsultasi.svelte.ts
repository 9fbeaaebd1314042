/**
 * A unit's Forum Konsultasi Publik on this page (PermenPANRB 14/2017, Bab IV: the unit discusses
 * its SKM result with service users): its records, live; recording one on behalf of the device's
 * user, stamped with the device time; and turning agreed actions into rows of the unit's RTL of
 * the forum's period. Who may write is decided by domain/tindak-lanjut.ts, as the server decides.
 */
import { forumForUnit, readForum, readRtl, rtlForUnit } from '$lib/db/tindak-lanjut';
import { saveForum as storeForum, saveRtl as storeRtl } from '$lib/db/tindak-lanjut-write';
import { InvalidDocumentError } from '$lib/db/validate';
import { timeNow } from '$lib/domain/local-time';
import { randomId } from '$lib/domain/random-id';
import type { ForumKonsultasi, Rtl, User } from '$lib/domain/schemas';
import {
	canWriteTindakLanjut,
	rtlId,
	saveForum,
	saveRtl,
	type ForumContent
} from '$lib/domain/tindak-lanjut';
import type { UnsurKey } from '$lib/domain/unsur';
import { database } from './app.svelte';
import {
	forumFieldErrors,
	rtlChoiceErrors,
	rtlRowsFromForum,
	type ActionChoice,
	type FieldErrors
} from './forum-konsultasi-form';
import { live } from './live.svelte';

export type { ActionChoice, FieldErrors } from './forum-konsultasi-form';

export interface UnitForum {
	/** Newest meeting first. */
	forum: ForumKonsultasi[];
	/** The unit's RTL of each period, by RTL id. */
	rtl: Record<string, Rtl>;
}

/** A unit's forum records, and its RTLs (to show which agreed actions already are rows). */
export function forumLive(unitId: () => string) {
	return live(unitId, async (db, id): Promise<UnitForum> => {
		if (!id) return { forum: [], rtl: {} };
		const [forum, rtl] = await Promise.all([forumForUnit(db, id), rtlForUnit(db, id)]);
		return { forum, rtl: Object.fromEntries(rtl.map((r) => [r.id, r])) };
	});
}

export type ForumResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

const NOT_ALLOWED: ForumResult = { ok: false, errors: { '': ['forum.tidakBoleh'] } };

/** Records a new forum of `unitId` on the SKM result of `periodeId`. */
export async function recordForum(
	user: User | null | undefined,
	place: { unitId: string; periodeId: string },
	content: ForumContent
): Promise<ForumResult> {
	if (!user || !canWriteTindakLanjut(user, place.unitId)) return NOT_ALLOWED;
	const author = { oleh: user.nama, waktu: timeNow() };
	const id = `forum-${randomId()}`;
	return store(saveForum(undefined, { id, ...place }, content, author), content);
}

/**
 * Changes the forum record the form was opened on. When it was saved elsewhere meanwhile (a
 * colleague's change synced in), nothing is stored: the form keeps what was typed, and the user
 * reopens the record to see the other change first.
 */
export async function changeForum(
	user: User | null | undefined,
	opened: ForumKonsultasi,
	content: ForumContent
): Promise<ForumResult> {
	if (!user || !canWriteTindakLanjut(user, opened.unitId)) return NOT_ALLOWED;
	const stored = await readForum(await database(), opened.id);
	if (!stored || JSON.stringify(stored.riwayat) !== JSON.stringify(opened.riwayat)) {
		return { ok: false, errors: { '': ['forum.diubahLain'] } };
	}
	return store(saveForum(stored, stored, content, { oleh: user.nama, waktu: timeNow() }), content);
}

async function store(forum: ForumKonsultasi, content: ForumContent): Promise<ForumResult> {
	try {
		await storeForum(await database(), forum);
		return { ok: true, id: forum.id };
	} catch (error) {
		if (error instanceof InvalidDocumentError) {
			return { ok: false, errors: forumFieldErrors(error.issues, content) };
		}
		// A failed write (full disk, closed connection) must not pass silently.
		console.error('forum konsultasi not saved', error);
		return { ok: false, errors: { '': ['forum.gagalSimpan'] } };
	}
}

export type RtlFromForumResult = { ok: true; added: number } | { ok: false; errors: FieldErrors };

/**
 * Appends the chosen agreed actions of `forum` as rows of the unit's RTL of the forum's period (a
 * new RTL when there is none). The rows must be complete (triwulan, penanggung jawab): nothing is
 * stored otherwise, and the issues come back by action index.
 */
export async function addAgreedActionsToRtl(
	user: User | null | undefined,
	forum: ForumKonsultasi,
	chosen: readonly ActionChoice[],
	fallbackUnsur: UnsurKey
): Promise<RtlFromForumResult> {
	if (!user || !canWriteTindakLanjut(user, forum.unitId)) {
		return { ok: false, errors: { '': ['forum.tidakBoleh'] } };
	}
	if (chosen.length === 0) return { ok: false, errors: { '': ['forum.pilihMinimalSatu'] } };
	const rows = rtlRowsFromForum(forum, chosen, fallbackUnsur);
	const db = await database();
	let first = 0;
	try {
		await db.transaction('rw', db.rtl, async () => {
			const previous = await readRtl(db, rtlId(forum.unitId, forum.periodeId));
			first = previous?.butir.length ?? 0;
			const rtl = saveRtl(previous, forum, [...(previous?.butir ?? []), ...rows], {
				oleh: user.nama,
				waktu: timeNow()
			});
			await storeRtl(db, rtl);
		});
		return { ok: true, added: rows.length };
	} catch (error) {
		if (error instanceof InvalidDocumentError) {
			return { ok: false, errors: rtlChoiceErrors(error.issues, first, chosen) };
		}
		console.error('rtl from forum not saved', error);
		return { ok: false, errors: { '': ['forum.rtlGagal'] } };
	}
}
