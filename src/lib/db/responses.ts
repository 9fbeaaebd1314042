/**
 * SKM responses. A response is written once and never edited in place: replaying the same response
 * is a no-op, a different document under an existing id is refused. Reads here; the write, which
 * loads zod, in responses-write.ts.
 */
import type { SkmResponse } from '$lib/domain/schemas';
import type { RaporDb } from './schema';

export class ResponseConflictError extends Error {
	override readonly name = 'ResponseConflictError';

	constructor(readonly ids: readonly string[]) {
		super(`a different response is already stored under id ${ids.join(', ')}`);
	}
}

export async function responsesForPeriode(db: RaporDb, periodeId: string): Promise<SkmResponse[]> {
	return db.responses.where('periodeId').equals(periodeId).toArray();
}

export async function responsesForUnit(
	db: RaporDb,
	unitId: string,
	periodeId: string
): Promise<SkmResponse[]> {
	return db.responses.where('[unitId+periodeId]').equals([unitId, periodeId]).toArray();
}

export async function countResponses(db: RaporDb): Promise<number> {
	return db.responses.count();
}
