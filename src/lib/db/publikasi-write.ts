/** Publishing SKM results on the device: validated, then queued for sync in the same transaction. */
import { publikasiSkmSchema, type PublikasiSkm } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { parseAll } from './validate';

export async function savePublikasi(db: RaporDb, list: readonly PublikasiSkm[]): Promise<void> {
	const valid = parseAll(publikasiSkmSchema, list, 'publikasiSkm');
	await db.publikasiSkm.bulkPut(valid);
}
