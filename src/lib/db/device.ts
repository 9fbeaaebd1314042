/**
 * This device: a stable random id (recorded on every response it makes) and its declared user.
 */
import { randomId } from '$lib/domain/random-id';
import { readUser } from '$lib/domain/check';
import type { User } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { InvalidDocumentError } from './validate';

export const META_DEVICE_ID = 'perangkat-id';
const META_USER = 'pengguna';

export async function getDeviceId(db: RaporDb): Promise<string> {
	return db.transaction('rw', db.meta, async () => {
		const stored = await db.meta.get(META_DEVICE_ID);
		if (typeof stored?.value === 'string') return stored.value;
		const id = `dev-${randomId()}`;
		await db.meta.put({ key: META_DEVICE_ID, value: id });
		return id;
	});
}

export async function getUser(db: RaporDb): Promise<User | null> {
	const stored = await db.meta.get(META_USER);
	return readUser(stored?.value);
}

export async function setUser(db: RaporDb, pengguna: User): Promise<void> {
	// zod loads only when a user is saved, not for the first page.
	const { userSchema } = await import('$lib/domain/schemas');
	const parsed = userSchema.safeParse(pengguna);
	if (!parsed.success) {
		throw new InvalidDocumentError('pengguna', [
			{ index: 0, id: undefined, issues: parsed.error.issues }
		]);
	}
	await db.meta.put({ key: META_USER, value: parsed.data });
}
