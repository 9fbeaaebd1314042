/** Questionnaire versions for the admin screen: list them, and save an edit as a new version. */
import { listKuesioner, putKuesioner } from '$lib/db/kuesioner';
import { InvalidDocumentError } from '$lib/db/validate';
import { kunciPesan } from '$lib/domain/issues';
import { validasiKuesioner, versiBaru, type IsiKuesioner } from '$lib/domain/kuesioner';
import { waktuSekarang } from '$lib/domain/waktu-lokal';
import { database } from './app.svelte';
import { live } from './live.svelte';

export function kuesionerLive() {
	return live(
		() => null,
		(db) => listKuesioner(db)
	);
}

export type SimpanVersi = { ok: true; id: string } | { ok: false; keys: string[] };

/** Saves the edited content as a new version for the unit (or pemda-wide when unitId is absent). */
export async function simpanVersiBaru(isi: IsiKuesioner, unitId?: string): Promise<SimpanVersi> {
	const k = versiBaru(isi, { unitId, dibuat: waktuSekarang() });
	const keys = validasiKuesioner(k);
	if (keys.length > 0) return { ok: false, keys };
	try {
		await putKuesioner(await database(), k);
		return { ok: true, id: k.id };
	} catch (cause) {
		if (cause instanceof InvalidDocumentError) return { ok: false, keys: kunciPesan(cause.issues) };
		throw cause;
	}
}
