/**
 * This device: a stable random id (recorded on every response it makes) and its declared user.
 */
import { idAcak } from '$lib/domain/id-acak';
import { bacaPengguna } from '$lib/domain/periksa';
import type { Pengguna } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { InvalidDocumentError } from './validate';

export const META_PERANGKAT_ID = 'perangkat-id';
const META_PENGGUNA = 'pengguna';

export async function getPerangkatId(db: RaporDb): Promise<string> {
	return db.transaction('rw', db.meta, async () => {
		const stored = await db.meta.get(META_PERANGKAT_ID);
		if (typeof stored?.value === 'string') return stored.value;
		const id = `dev-${idAcak()}`;
		await db.meta.put({ key: META_PERANGKAT_ID, value: id });
		return id;
	});
}

export async function getPengguna(db: RaporDb): Promise<Pengguna | null> {
	const stored = await db.meta.get(META_PENGGUNA);
	return bacaPengguna(stored?.value);
}

export async function setPengguna(db: RaporDb, pengguna: Pengguna): Promise<void> {
	// zod loads only when a user is saved, not for the first page.
	const { penggunaSchema } = await import('$lib/domain/schemas');
	const parsed = penggunaSchema.safeParse(pengguna);
	if (!parsed.success) {
		throw new InvalidDocumentError('pengguna', [
			{ index: 0, id: undefined, issues: parsed.error.issues }
		]);
	}
	await db.meta.put({ key: META_PENGGUNA, value: parsed.data });
}
