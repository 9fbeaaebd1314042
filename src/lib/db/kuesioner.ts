/**
 * Questionnaire versions. A version is immutable once a response uses it (or when it is the
 * built-in standard): editing creates a new version id, so every stored response keeps the exact
 * wording it was answered with.
 */
import { STANDARD_KUESIONER_ID, validateKuesioner } from '$lib/domain/kuesioner';
import { kuesionerSchema, type Kuesioner } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { InvalidDocumentError, parseAll, sameDocument } from './validate';

export class KuesionerInUseError extends Error {
	override readonly name = 'KuesionerInUseError';

	constructor(readonly id: string) {
		super(`questionnaire version ${id} is already used and cannot be changed; save a new version`);
	}
}

export async function listKuesioner(db: RaporDb): Promise<Kuesioner[]> {
	return db.kuesioner.toArray();
}

/** Whether any stored response was answered with this version. */
export async function kuesionerInUse(db: RaporDb, k: Pick<Kuesioner, 'id' | 'unitId'>) {
	const candidates = k.unitId ? db.responses.where('unitId').equals(k.unitId) : db.responses;
	return (await candidates.filter((r) => r.kuesionerVersi === k.id).count()) > 0;
}

/**
 * Validates and stores one version. Storing it again unchanged is a no-op; changing a version that
 * is used (or the built-in standard's id) is refused with KuesionerInUseError.
 */
export async function putKuesioner(db: RaporDb, kuesioner: Kuesioner): Promise<void> {
	const [doc] = parseAll(kuesionerSchema, [kuesioner], 'kuesioner');
	const keys = validateKuesioner(doc);
	if (keys.length > 0) {
		throw new InvalidDocumentError('kuesioner', [
			{
				index: 0,
				id: kuesioner.id,
				issues: keys.map((message) => ({ code: 'custom', path: [], message, input: kuesioner }))
			}
		]);
	}
	await db.transaction('rw', db.kuesioner, db.responses, async () => {
		const stored = await db.kuesioner.get(doc!.id);
		if (stored && sameDocument(stored, doc)) return;
		if (doc!.id === STANDARD_KUESIONER_ID) throw new KuesionerInUseError(doc!.id);
		if (stored && (await kuesionerInUse(db, stored))) throw new KuesionerInUseError(doc!.id);
		await db.kuesioner.put(doc!);
	});
}
