/**
 * The sync engine's records in the device's `meta` table that screens read. Apart from the engine
 * so that a screen reading them does not load it (and zod with it).
 */

/** When the last whole round ended, ISO 8601 (survives reloads, for "data as of"). */
export const META_LAST = 'sinkron:terakhir';

/** Documents from the server that failed validation, for the sync screen (the newest 100). */
export const META_IGNORED = 'sinkron:diabaikan';

export interface Ignored {
	id: string;
	rev: string;
	keys: string[];
	pada: string;
}
