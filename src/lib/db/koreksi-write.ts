/** Stores a correction or void, validated with zod (apart from the reads in koreksi.ts, see master-write.ts). */
import { skmKoreksiSchema, type SkmKoreksi } from '$lib/domain/schemas';
import { KoreksiRejectedError } from './koreksi';
import type { RaporDb } from './schema';
import { parseAll, sameDocument } from './validate';

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
			throw new KoreksiRejectedError('id-terpakai', doc.responseId);
		}
		if (!(await db.responses.get(doc.responseId))) {
			throw new KoreksiRejectedError('respons-tidak-ada', doc.responseId);
		}
		const earlier = await db.koreksi.where('responseId').equals(doc.responseId).toArray();
		if (earlier.some((k) => k.jenis === 'batal')) {
			throw new KoreksiRejectedError('sudah-dibatalkan', doc.responseId);
		}
		await db.koreksi.add(doc);
		return true;
	});
}
