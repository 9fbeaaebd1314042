/**
 * Writes of the SKM follow-up: each document is validated first; the outbox queues it in the same
 * transaction.
 */
import {
	forumKonsultasiSchema,
	rtlSchema,
	type ForumKonsultasi,
	type Rtl
} from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { parseAll } from './validate';

export async function saveRtl(db: RaporDb, rtl: Rtl): Promise<void> {
	const [valid] = parseAll(rtlSchema, [rtl], 'rtl');
	await db.rtl.put(valid!);
}

export async function saveForum(db: RaporDb, forum: ForumKonsultasi): Promise<void> {
	const [valid] = parseAll(forumKonsultasiSchema, [forum], 'forumKonsultasi');
	await db.forumKonsultasi.put(valid!);
}
