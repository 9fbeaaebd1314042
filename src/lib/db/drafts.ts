/**
 * Half-filled forms (see Draft in schema.ts): written on every change so that a reload, a killed
 * app or a sleeping phone loses nothing, and deleted in the same transaction as the document the
 * form finally makes, so that a saved survey never reopens as a draft.
 */
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { addKoreksi } from './koreksi-write';
import { addResponses } from './responses-write';
import type { Draft, RaporDb } from './schema';

export async function saveDraft(db: RaporDb, draft: Draft): Promise<void> {
	await db.drafts.put(draft);
}

export async function loadDraft(db: RaporDb, id: string): Promise<Draft | undefined> {
	return db.drafts.get(id);
}

export async function deleteDraft(db: RaporDb, id: string): Promise<void> {
	await db.drafts.delete(id);
}

/** Stores a new response and removes its draft atomically: both happen or neither. */
export async function addResponseClosingDraft(
	db: RaporDb,
	response: SkmResponse,
	draftId: string | null
): Promise<void> {
	await db.transaction('rw', db.responses, db.drafts, async () => {
		await addResponses(db, [response]);
		if (draftId) await db.drafts.delete(draftId);
	});
}

/** Stores a correction (or void) and removes its draft atomically. */
export async function addKoreksiClosingDraft(
	db: RaporDb,
	koreksi: SkmKoreksi,
	draftId: string | null
): Promise<void> {
	await db.transaction('rw', db.koreksi, db.responses, db.drafts, async () => {
		await addKoreksi(db, koreksi);
		if (draftId) await db.drafts.delete(draftId);
	});
}
