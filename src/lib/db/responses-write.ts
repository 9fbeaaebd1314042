/** Stores SKM responses, validated with zod (apart from the reads in responses.ts, see master-write.ts). */
import { skmResponseSchema, type SkmResponse } from '$lib/domain/schemas';
import { ResponseConflictError } from './responses';
import type { RaporDb } from './schema';
import { parseAll, sameDocument } from './validate';

/**
 * Validates and stores responses in one transaction; returns how many were new. Responses already
 * stored unchanged are skipped (idempotent replay); any changed one rejects the whole batch.
 */
export async function addResponses(db: RaporDb, list: readonly SkmResponse[]): Promise<number> {
	const valid = parseAll(skmResponseSchema, list, 'skm-response');
	const byId = new Map<string, SkmResponse>();
	const conflicts = new Set<string>();
	for (const response of valid) {
		const earlier = byId.get(response.id);
		if (earlier && !sameDocument(earlier, response)) conflicts.add(response.id);
		byId.set(response.id, response);
	}
	if (conflicts.size > 0) throw new ResponseConflictError([...conflicts]);

	return db.transaction('rw', db.responses, async () => {
		const incoming = [...byId.values()];
		const stored = await db.responses.bulkGet(incoming.map((r) => r.id));
		const fresh: SkmResponse[] = [];
		incoming.forEach((response, i) => {
			const existing = stored[i];
			if (!existing) fresh.push(response);
			else if (!sameDocument(existing, response)) conflicts.add(response.id);
		});
		if (conflicts.size > 0) throw new ResponseConflictError([...conflicts]);
		await db.responses.bulkPut(fresh);
		return fresh.length;
	});
}
