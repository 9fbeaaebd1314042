/**
 * Resolving a conflict: two versions of one document, made on two devices that were offline at
 * the same time. Nothing is dropped silently: the person sees each part that differs and picks,
 * part by part, which version to keep. For a realisation entry the history of both versions is
 * kept (merged by time) and the resolution is recorded as a change of its own, as the server
 * requires of every change; a rakor follow-up is stamped as changed by the person resolving it
 * (docs/decisions/0002-database-layout-and-roles.md).
 */
import type { DocumentKind } from './document';
import type { HistoryEntry } from './schemas';

/**
 * Fields that identify a document or are written by the merge itself (a realisation entry's
 * history, a follow-up's change stamp), never offered as a choice.
 */
const FIXED_FIELDS = new Set(['_id', '_rev', 'type', 'id', 'riwayat', 'diubah']);

type Content = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
	if (Array.isArray(v)) return v.map(sortKeys);
	if (v && typeof v === 'object') {
		return Object.fromEntries(
			Object.keys(v)
				.sort()
				.filter((k) => (v as Content)[k] !== undefined)
				.map((k) => [k, sortKeys((v as Content)[k])])
		);
	}
	return v;
}

/** The parts (top-level fields) in which two versions differ, in a stable order. */
export function differingParts(ini: Content, itu: Content): string[] {
	const keys = new Set([...Object.keys(ini), ...Object.keys(itu)]);
	return [...keys].filter((k) => !FIXED_FIELDS.has(k) && !same(ini[k], itu[k])).sort();
}

/** For each differing part: take it from this version ('ini') or the other ('itu'). */
export type Choice = Record<string, 'ini' | 'itu'>;

export interface Resolver {
	oleh: string;
	/** ISO 8601 with offset. */
	waktu: string;
	admin: boolean;
}

const historyKey = (r: HistoryEntry) => `${r.waktu}|${r.oleh}|${r.aksi}|${r.catatan ?? ''}`;

/** Both histories, each entry once: the first as it is, then the second's own entries by time. */
export function mergeHistory(
	a: readonly HistoryEntry[],
	b: readonly HistoryEntry[]
): HistoryEntry[] {
	const seen = new Map<string, HistoryEntry>();
	for (const r of [...a, ...b]) if (!seen.has(historyKey(r))) seen.set(historyKey(r), r);
	// The first version keeps its order (the server checks that the history of the version a
	// change builds on is kept as is); the other version's own entries follow, oldest first.
	const milikIni = a.map(historyKey);
	const extra = [...seen.values()]
		.filter((r) => !milikIni.includes(historyKey(r)))
		.sort((x, y) => Date.parse(x.waktu) - Date.parse(y.waktu));
	return [...a, ...extra];
}

/** An SKM follow-up's history entry (RTL, forum konsultasi): who saved it and when. */
interface FollowUpEntry {
	oleh: string;
	waktu: string;
}

const followUpKey = (r: FollowUpEntry) => `${r.waktu}|${r.oleh}`;

/** As mergeHistory, for an SKM follow-up's history: the first as it is, then the second's own. */
export function mergeFollowUpHistory(
	a: readonly FollowUpEntry[],
	b: readonly FollowUpEntry[]
): FollowUpEntry[] {
	const own = new Set(a.map(followUpKey));
	const extra = new Map<string, FollowUpEntry>();
	for (const r of b) if (!own.has(followUpKey(r))) extra.set(followUpKey(r), r);
	const later = [...extra.values()].sort((x, y) => Date.parse(x.waktu) - Date.parse(y.waktu));
	return [...a.map((r) => ({ oleh: r.oleh, waktu: r.waktu })), ...later];
}

/** The document kinds whose `riwayat` is an SKM follow-up's history. */
const FOLLOW_UP_KINDS: readonly DocumentKind[] = ['rtl', 'forumKonsultasi'];

export const CONFLICT_NOTE = 'Menyelesaikan konflik sinkronisasi';

export type Version = 'ini' | 'itu';

/**
 * Which version the resolution is written on top of. OPD staff may only append history entries in
 * their own name, so for them it is the version that holds everyone else's entries; the entries
 * it lacks (their own) are appended. Admins may build on either: this device's version.
 */
export function resolutionParent(
	kind: DocumentKind,
	ini: Content,
	itu: Content,
	penyelesai: Resolver
): Version {
	return staffParent(kind, ini, itu, penyelesai) ?? 'ini';
}

/** The version OPD staff can build on, or null when each holds another person's entries. */
function staffParent(
	kind: DocumentKind,
	ini: Content,
	itu: Content,
	penyelesai: Resolver
): Version | null {
	if (kind !== 'realisasi' || penyelesai.admin) return 'ini';
	const a = (ini.riwayat as HistoryEntry[] | undefined) ?? [];
	const b = (itu.riwayat as HistoryEntry[] | undefined) ?? [];
	const hanya = (x: HistoryEntry[], y: HistoryEntry[]) => {
		const ada = new Set(y.map(historyKey));
		return x.filter((r) => !ada.has(historyKey(r)));
	};
	const milikSendiri = (list: HistoryEntry[]) => list.every((r) => r.oleh === penyelesai.oleh);
	if (milikSendiri(hanya(b, a))) return 'ini';
	if (milikSendiri(hanya(a, b))) return 'itu';
	return null;
}

/**
 * Whether this person can resolve the conflict. When both versions hold changes by other people,
 * OPD staff cannot: the merged history would carry someone else's entry appended in their name,
 * which the server refuses. Such a conflict is the admin's.
 */
export function canResolve(
	kind: DocumentKind,
	ini: Content,
	itu: Content,
	penyelesai: Resolver
): boolean {
	return staffParent(kind, ini, itu, penyelesai) !== null;
}

/**
 * The resolved document: `ini` (the version on this device) with the parts chosen from `itu`,
 * and the version it is written on top of. A realisation entry keeps both histories (that
 * version's first) and records the resolution; so does an SKM follow-up (RTL, forum konsultasi),
 * whose history ends with the resolver's entry.
 */
export function mergeVersions(
	kind: DocumentKind,
	ini: Content,
	itu: Content,
	choice: Choice,
	penyelesai: Resolver
): { isi: Content; induk: Version } {
	const result: Content = { ...ini };
	for (const k of differingParts(ini, itu)) {
		if (choice[k] !== 'itu') continue;
		if (itu[k] === undefined) delete result[k];
		else result[k] = itu[k];
	}
	const parent = resolutionParent(kind, ini, itu, penyelesai);
	if (kind === 'realisasi') {
		const a = (ini.riwayat as HistoryEntry[] | undefined) ?? [];
		const b = (itu.riwayat as HistoryEntry[] | undefined) ?? [];
		const history = parent === 'ini' ? mergeHistory(a, b) : mergeHistory(b, a);
		history.push({
			waktu: penyelesai.waktu,
			oleh: penyelesai.oleh,
			aksi: penyelesai.admin ? 'ubah-admin' : 'simpan',
			catatan: CONFLICT_NOTE
		});
		result.riwayat = history;
	}
	if (FOLLOW_UP_KINDS.includes(kind)) {
		// Append-only: the parent's entries as they are, the other's after, the resolver's last (the
		// server requires every change to end with the writer's own entry).
		const a = (ini.riwayat as FollowUpEntry[] | undefined) ?? [];
		const b = (itu.riwayat as FollowUpEntry[] | undefined) ?? [];
		const history = parent === 'ini' ? mergeFollowUpHistory(a, b) : mergeFollowUpHistory(b, a);
		history.push({ oleh: penyelesai.oleh, waktu: penyelesai.waktu });
		result.riwayat = history;
	}
	// A follow-up's change is stamped with its writer (the server requires it).
	if (kind === 'catatanRakor') result.diubah = { oleh: penyelesai.oleh, waktu: penyelesai.waktu };
	return { isi: result, induk: parent };
}
