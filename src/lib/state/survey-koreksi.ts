/**
 * The responses the SKM scores use: voided responses left out, corrections applied. Every screen
 * that scores responses reads them through here (bacaan.ts readSkm, views.svelte.ts skmUnitFor).
 */
import { koreksiFor } from '$lib/db/koreksi';
import type { RaporDb } from '$lib/db/schema';
import { effectiveResponse } from '$lib/domain/koreksi';
import type { SkmResponse } from '$lib/domain/schemas';

/**
 * Reads the corrections and voids of `responses` and returns the effective responses. Inside a
 * liveQuery it also subscribes to the corrections table, so a void updates the score at once.
 */
export async function applyKoreksi(
	db: RaporDb,
	responses: readonly SkmResponse[]
): Promise<SkmResponse[]> {
	const koreksi = await koreksiFor(
		db,
		responses.map((r) => r.id)
	);
	return effectiveResponse(responses, koreksi);
}
