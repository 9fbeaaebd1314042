/**
 * Sync on this page: the engine of the signed-in account (loaded on demand, so the demo and the
 * first paint never load PouchDB), its state for the screens, and what a person does with records
 * that did not sync cleanly.
 */
import { DATABASE, parseDocumentId, type DocumentKind } from '$lib/domain/document-id';
import { rowToContent, TABLE_BY_KIND } from '$lib/sync/tables';
import { timeNow } from '$lib/domain/local-time';
import { countPerStatus, notYetSynced, recordStatus, type SyncRow } from '$lib/db/sync';
import type { EngineState, SyncEngine } from '$lib/sync/engine';
import { META_IGNORED, META_LAST, type Ignored } from '$lib/sync/meta';
import type { ActionResult } from '$lib/sync/conflict';
import { currentSession } from '$lib/sync/session';
import { activeAccount, apiBase } from './account.svelte';
import { database } from './app.svelte';
import { live } from './live.svelte';

/** What the sync screens show of the device's records; ui/ reads them here, never from db/. */
export { SYNC_STATUSES, type SyncRow, type SyncStatus } from '$lib/db/sync';
export type { Phase, EngineState } from '$lib/sync/engine';

class SyncState {
	keadaan = $state<EngineState | null>(null);
}

export const syncState = new SyncState();
let enginePromise: Promise<SyncEngine> | null = null;

async function remote(key: keyof typeof DATABASE) {
	const { openRemote } = await import('$lib/sync/remote');
	return openRemote(apiBase(), DATABASE[key]);
}

/** Starts the engine once per page when an account is signed in. */
export function startSync(): void {
	if (!activeAccount || enginePromise) return;
	const user = activeAccount;
	enginePromise = (async () => {
		const [db, { SyncEngine }, { openRemote }] = await Promise.all([
			database(),
			import('$lib/sync/engine'),
			import('$lib/sync/remote')
		]);
		const m = new SyncEngine({
			db,
			pengguna: user,
			remote: (key) => openRemote(apiBase(), DATABASE[key]),
			sesi: async () => {
				const s = await currentSession(apiBase());
				return s === 'jaringan' ? s : (s?.nama ?? null);
			},
			lingkungan: {
				online: () => navigator.onLine,
				saatOnline: (cb) => {
					window.addEventListener('online', cb);
					return () => window.removeEventListener('online', cb);
				}
			},
			onKeadaan: (k) => (syncState.keadaan = k)
		});
		m.mulai();
		return m;
	})();
}

export async function syncNow(): Promise<void> {
	await (await enginePromise)?.sinkronkanSekarang();
}

/** After signing in again with the same account. */
export async function sessionRestored(): Promise<void> {
	(await enginePromise)?.sesiPulih();
}

export function statusCountsLive() {
	return live(
		() => null,
		(db) => countPerStatus(db)
	);
}

export function needsAttentionLive() {
	return live(
		() => null,
		(db) => notYetSynced(db)
	);
}

export function lastSyncLive() {
	return live(
		() => null,
		async (db) => ((await db.meta.get(META_LAST))?.value as string | undefined) ?? null
	);
}

export function ignoredLive() {
	return live(
		() => null,
		async (db) => ((await db.meta.get(META_IGNORED))?.value as Ignored[] | undefined) ?? []
	);
}

/** The sync status of records shown on a screen, by stored document id (`response:<id>`, …). */
export function recordStatusLive(ids: () => string[]) {
	return live(ids, (db, list) => recordStatus(db, list));
}

export interface ConflictData {
	jenis: DocumentKind;
	/** The version this device shows, as a domain document. */
	ini: Record<string, unknown>;
	/** The other versions, as domain documents (null: a deleted branch). */
	lain: { rev: string; isi: Record<string, unknown> | null }[];
}

const withoutEnvelope = (document: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(document).filter(([k]) => k !== '_id' && k !== 'type'));

export async function loadConflict(id: string): Promise<ConflictData | null> {
	const parsed = parseDocumentId(id);
	if (!parsed) return null;
	const db = await database();
	const [row, baris] = await Promise.all([
		db.sinkron.get(id),
		db.table(TABLE_BY_KIND[parsed.jenis]).get(parsed.id)
	]);
	if (!row?.lain?.length || !baris) return null;
	return {
		jenis: parsed.jenis,
		ini: rowToContent(parsed.jenis, baris),
		lain: row.lain.map((v) => ({ rev: v.rev, isi: v.dokumen ? withoutEnvelope(v.dokumen) : null }))
	};
}

export async function resolveById(
	id: string,
	content: Record<string, unknown>,
	parent?: string
): Promise<ActionResult> {
	const { resolveConflict } = await import('$lib/sync/conflict');
	const result = await resolveConflict(await database(), id, content, parent);
	if (result.ok) void syncNow();
	return result;
}

export async function sendAgain(id: string): Promise<void> {
	const { resend } = await import('$lib/sync/conflict');
	await resend(await database(), id);
	void syncNow();
}

export async function useServer(row: SyncRow): Promise<void> {
	const parsed = parseDocumentId(row.id);
	if (!parsed) return;
	const r = await remote(row.db);
	try {
		const { useServerVersion } = await import('$lib/sync/conflict');
		await useServerVersion(await database(), r, row.id);
	} finally {
		await r.close();
	}
}

/** Every record not yet on the server, as stored documents, for a file the person keeps. */
export async function exportUnsent(): Promise<Blob> {
	const db = await database();
	const rows = await notYetSynced(db);
	const document = [];
	for (const row of rows) {
		const parsed = parseDocumentId(row.id);
		if (!parsed) continue;
		const baris = await db.table(TABLE_BY_KIND[parsed.jenis]).get(parsed.id);
		document.push({
			_id: row.id,
			status: row.status,
			...(row.alasan ? { alasan: row.alasan } : {}),
			isi: baris ? rowToContent(parsed.jenis, baris) : null,
			...(row.lain ? { versiLain: row.lain } : {})
		});
	}
	const content = { akun: activeAccount?.nama, diekspor: timeNow(), dokumen: document };
	return new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' });
}
