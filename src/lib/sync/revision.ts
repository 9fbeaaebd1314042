/**
 * CouchDB revisions as the device makes and reads them. A revision is `<generation>-<hash>`; a
 * document's history is the list of hashes from its current revision back (CouchDB's
 * `_revisions`). The device makes its own revisions and pushes them with `new_edits: false`, so a
 * retried push is a no-op and concurrent offline edits become a conflict on the server instead of
 * an overwrite. Pure: no storage, no network.
 */

/** How many ancestors a device keeps per document (CouchDB keeps 1,000; one is enough to link). */
export const MAX_REVISION_HISTORY = 50;

export interface Revision {
	generasi: number;
	hash: string;
}

export function parseRevision(rev: string): Revision {
	const dash = rev.indexOf('-');
	const generasi = Number(rev.slice(0, dash));
	if (dash < 1 || !Number.isInteger(generasi) || generasi < 1) {
		throw new Error(`not a revision: ${rev}`);
	}
	return { generasi, hash: rev.slice(dash + 1) };
}

function randomHash(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The revision after `rev` (or the first one) and its history, newest hash first. */
export function nextRevision(
	rev: string | undefined,
	riwayat: readonly string[]
): { rev: string; riwayat: string[] } {
	const generasi = rev ? parseRevision(rev).generasi : 0;
	const hash = randomHash();
	return {
		rev: `${generasi + 1}-${hash}`,
		riwayat: [hash, ...riwayat].slice(0, MAX_REVISION_HISTORY)
	};
}

/** CouchDB's `_revisions` of a revision with the given history. */
export function revisionsOf(rev: string, riwayat: readonly string[]) {
	return { start: parseRevision(rev).generasi, ids: [...riwayat] };
}

/** The history of a revision read from the server (`_revisions`), newest hash first. */
export function historyOf(revisions: unknown, rev: string): string[] {
	const r = revisions as { start?: unknown; ids?: unknown } | undefined;
	if (r && typeof r.start === 'number' && Array.isArray(r.ids) && r.ids.length > 0) {
		return (r.ids as unknown[]).map(String).slice(0, MAX_REVISION_HISTORY);
	}
	return [parseRevision(rev).hash];
}

/** Whether `leluhur` is `rev` itself or one of its ancestors, as far as `riwayat` reaches. */
export function descendsFrom(rev: string, history: readonly string[], leluhur: string): boolean {
	const a = parseRevision(rev);
	const b = parseRevision(leluhur);
	const jarak = a.generasi - b.generasi;
	return jarak >= 0 && jarak < history.length && history[jarak] === b.hash;
}

/**
 * The revision CouchDB shows as the document (its "winner"): among leaves not deleted (or all
 * when every leaf is deleted), the highest generation, then the greatest hash. Every replica picks
 * the same one, so every device shows the same version of a conflicted document.
 */
export function winner<T extends { rev: string; dihapus: boolean }>(daun: readonly T[]): T {
	const hidup = daun.filter((d) => !d.dihapus);
	const calon = hidup.length > 0 ? hidup : daun;
	if (calon.length === 0) throw new Error('a document has at least one leaf');
	return calon.reduce((best, d) => (isNewer(d.rev, best.rev) ? d : best));
}

function isNewer(a: string, b: string): boolean {
	const ra = parseRevision(a);
	const rb = parseRevision(b);
	if (ra.generasi !== rb.generasi) return ra.generasi > rb.generasi;
	return ra.hash > rb.hash;
}
