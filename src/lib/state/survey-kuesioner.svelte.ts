/** Questionnaire versions for the admin screen: list them, and save an edit as a new version. */
import { listKuesioner, putKuesioner } from '$lib/db/kuesioner';
import { InvalidDocumentError } from '$lib/db/validate';
import { messageKey } from '$lib/domain/issues';
import { validateKuesioner, newVersion, type KuesionerContent } from '$lib/domain/kuesioner';
import { timeNow } from '$lib/domain/local-time';
import { database } from './app.svelte';
import { live } from './live.svelte';

export function kuesionerLive() {
	return live(
		() => null,
		(db) => listKuesioner(db)
	);
}

export type SaveVersionResult = { ok: true; id: string } | { ok: false; keys: string[] };

/** Saves the edited content as a new version for the unit (or pemda-wide when unitId is absent). */
export async function saveNewVersion(
	isi: KuesionerContent,
	unitId?: string
): Promise<SaveVersionResult> {
	const k = newVersion(isi, { unitId, dibuat: timeNow() });
	const keys = validateKuesioner(k);
	if (keys.length > 0) return { ok: false, keys };
	try {
		await putKuesioner(await database(), k);
		return { ok: true, id: k.id };
	} catch (cause) {
		if (cause instanceof InvalidDocumentError) return { ok: false, keys: messageKey(cause.issues) };
		throw cause;
	}
}
