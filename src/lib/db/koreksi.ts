/**
 * Corrections and voids of SKM responses (see domain/koreksi.ts). Like responses they are written
 * once: replaying the same document is a no-op, a different one under a used id is refused. A
 * response that is voided takes no further correction.
 */
import { skmKoreksiSchema, type SkmKoreksi } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { parseAll, sameDocument } from './validate';

export class KoreksiDitolakError extends Error {
	override readonly name = 'KoreksiDitolakError';

	constructor(
		readonly reason: 'respons-tidak-ada' | 'sudah-dibatalkan' | 'id-terpakai',
		readonly responseId: string
	) {
		super(`correction of ${responseId} refused: ${reason}`);
	}
}

/**
 * Validates and stores one correction or void; true when it was new. Call inside a larger
 * transaction (e.g. with the draft it closes) or alone.
 */
export async function addKoreksi(db: RaporDb, koreksi: SkmKoreksi): Promise<boolean> {
	const [valid] = parseAll(skmKoreksiSchema, [koreksi], 'skm-koreksi');
	const doc = valid!;
	return db.transaction('rw', db.koreksi, db.responses, async () => {
		const stored = await db.koreksi.get(doc.id);
		if (stored) {
			if (sameDocument(stored, doc)) return false;
			throw new KoreksiDitolakError('id-terpakai', doc.responseId);
		}
		if (!(await db.responses.get(doc.responseId))) {
			throw new KoreksiDitolakError('respons-tidak-ada', doc.responseId);
		}
		const earlier = await db.koreksi.where('responseId').equals(doc.responseId).toArray();
		if (earlier.some((k) => k.jenis === 'batal')) {
			throw new KoreksiDitolakError('sudah-dibatalkan', doc.responseId);
		}
		await db.koreksi.add(doc);
		return true;
	});
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
