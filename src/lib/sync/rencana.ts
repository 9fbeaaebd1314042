/**
 * What each role pulls: what it needs to work and to rank offline, nothing more (reads are
 * enforced per database by the server; this is about size). Pushes go to every database that has
 * queued records, and the server decides.
 */
import { DATABASE, type KunciDatabase } from '$lib/domain/dokumen-id';
import type { Pengguna } from '$lib/domain/schemas';

export interface RencanaTarik {
	db: KunciDatabase;
	selector?: Record<string, unknown>;
}

export const SEMUA_DATABASE = Object.keys(DATABASE) as KunciDatabase[];

export function rencanaTarik(pengguna: Pengguna): RencanaTarik[] {
	switch (pengguna.peran) {
		case 'enumerator':
			// Master data, and the responses (and their corrections) they recorded themselves.
			return [{ db: 'master' }, { db: 'skm', selector: { enumerator: pengguna.nama } }];
		case 'opd':
			// Every OPD's entries: the ranking the OPD sees needs them all.
			return [{ db: 'master' }, { db: 'realisasi' }];
		case 'reviewer':
		case 'admin':
			return [{ db: 'master' }, { db: 'skm' }, { db: 'realisasi' }];
	}
}
