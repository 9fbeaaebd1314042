/**
 * What each role pulls: what it needs to work and to rank offline, nothing more (reads are
 * enforced per database by the server; this is about size). Pushes go to every database that has
 * queued records, and the server decides.
 */
import { DATABASE, type DatabaseKey } from '$lib/domain/document-id';
import type { User } from '$lib/domain/schemas';

export interface PullPlan {
	db: DatabaseKey;
	selector?: Record<string, unknown>;
}

export const ALL_DATABASES = Object.keys(DATABASE) as DatabaseKey[];

export function pullPlan(user: User): PullPlan[] {
	switch (user.peran) {
		case 'enumerator':
			// Master data, and the responses (and their corrections) they recorded themselves.
			return [{ db: 'master' }, { db: 'skm', selector: { enumerator: user.nama } }];
		case 'opd':
			// Every OPD's entries: the ranking the OPD sees needs them all.
			return [{ db: 'master' }, { db: 'realisasi' }];
		case 'reviewer':
		case 'admin':
			return [{ db: 'master' }, { db: 'skm' }, { db: 'realisasi' }];
	}
}
