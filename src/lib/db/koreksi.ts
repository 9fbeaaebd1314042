/**
 * Corrections and voids of SKM responses (see domain/koreksi.ts). Like responses they are written
 * once: replaying the same document is a no-op, a different one under a used id is refused. A
 * response that is voided takes no further correction. Reads here; the write, which loads zod, in
 * koreksi-write.ts.
 */
import type { SkmKoreksi } from '$lib/domain/schemas';
import type { RaporDb } from './schema';

export class KoreksiRejectedError extends Error {
	override readonly name = 'KoreksiRejectedError';

	constructor(
		readonly reason: 'respons-tidak-ada' | 'sudah-dibatalkan' | 'id-terpakai',
		readonly responseId: string
	) {
		super(`correction of ${responseId} refused: ${reason}`);
	}
}

/** Above this many ids one scan of the (small) corrections table beats an index lookup per id. */
const SCAN_FROM = 200;

/** Every correction and void of the given responses, in storage order. */
export async function koreksiFor(
	db: RaporDb,
	responseIds: readonly string[]
): Promise<SkmKoreksi[]> {
	if (responseIds.length === 0) return [];
	if (responseIds.length < SCAN_FROM) {
		return db.koreksi
			.where('responseId')
			.anyOf([...responseIds])
			.toArray();
	}
	const wanted = new Set(responseIds);
	return (await db.koreksi.toArray()).filter((k) => wanted.has(k.responseId));
}
