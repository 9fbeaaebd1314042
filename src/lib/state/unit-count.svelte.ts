/**
 * A unit's respondent count as the server holds it (every enumerator's responses, kiosk included,
 * voids left out), for the screens of a signed-in account: an enumerator's device holds only its
 * own responses, OPD staff hold none, so counting on the device would be false. Fetched when
 * online (when a screen that shows it opens, after each sync round, on coming back online),
 * cached with the server's time (./jumlah-unit-cache.ts); offline the last known count shows
 * with its time. The local demo has no server: its screens count on the device, which holds
 * everything.
 */
import { base } from '$app/paths';
import { untrack } from 'svelte';
import { listPopulasi, listUnits } from '$lib/db/master';
import { pullPlan } from '$lib/sync/plan';
import type { User } from '$lib/domain/schemas';
import { activeAccount, databaseName } from './account.svelte';
import {
	readCache,
	readServerCounts,
	saveCache,
	serviceUnits,
	type ServerCounts,
	type ServiceUnit
} from './unit-count-cache';
import { live } from './live.svelte';
import { syncState } from './sync.svelte';

export type CountStatus = 'belum' | 'memuat' | 'ok' | 'luring' | 'gagal';

class UnitCountState {
	/** Last known counts by period. */
	data = $state<Record<string, ServerCounts>>({});
	/** How the latest fetch of each period went. */
	status = $state<Record<string, CountStatus>>({});
}

export const unitCount = new UnitCountState();

/** A period is asked again at most this often, however many screens and sync rounds ask. */
const PAUSE_MS = 15_000;
const requested: Record<string, number> = {};
let cacheRead = false;

function readOnce(): void {
	if (cacheRead || typeof localStorage === 'undefined') return;
	cacheRead = true;
	unitCount.data = readCache(localStorage, databaseName(activeAccount));
}

/** Whether this page's figures come from the server: only a signed-in account has one. */
export const useServerCounts = (): boolean => activeAccount !== null;

/**
 * What the device holds for the signed-in account (ADR 0003, pullPlan): the ranking needs
 * every realisation entry, the SKM scores every response. An enumerator pulls only their own
 * responses and no realisation, OPD staff no responses. Not signed in (the demo, or a device
 * used without a server) the device holds whatever it has, and its figures are its own.
 */
export function dataScope(akun: User | null = activeAccount): {
	peringkat: boolean;
	skm: boolean;
} {
	if (!akun) return { peringkat: true, skm: true };
	const rencana = pullPlan(akun);
	const full = (db: 'realisasi' | 'skm') => rencana.some((r) => r.db === db && !r.selector);
	return { peringkat: full('realisasi'), skm: full('skm') };
}

/** Asks the server for `periode`'s counts (when signed in and online) and keeps the answer. */
export async function fetchUnitCount(
	periode: string,
	opsi: { paksa?: boolean } = {}
): Promise<void> {
	readOnce();
	if (!activeAccount) return;
	if (!navigator.onLine) {
		unitCount.status[periode] = 'luring';
		return;
	}
	const sekarang = Date.now();
	if (!opsi.paksa && sekarang - (requested[periode] ?? -Infinity) < PAUSE_MS) return;
	requested[periode] = sekarang;
	unitCount.status[periode] = 'memuat';
	const account = activeAccount;
	try {
		const res = await fetch(
			`${location.origin}${base}/api/skm/jumlah?periode=${encodeURIComponent(periode)}`,
			{ credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } }
		);
		const count = res.ok ? readServerCounts(await res.json()) : null;
		if (!count || count.periode !== periode) {
			unitCount.status[periode] = 'gagal';
			return;
		}
		unitCount.data = saveCache(localStorage, databaseName(account), count);
		unitCount.status[periode] = 'ok';
	} catch {
		delete requested[periode];
		unitCount.status[periode] = navigator.onLine ? 'gagal' : 'luring';
	}
}

/**
 * Keeps `periodeId`'s counts fresh while the calling component lives: now, after every finished
 * sync round, and on coming back online; going offline marks them as last known.
 */
export function watchUnitCount(periodeId: () => string | null): void {
	readOnce();
	$effect(() => {
		const periode = periodeId();
		void syncState.keadaan?.terakhir;
		if (periode) untrack(() => void fetchUnitCount(periode));
	});
	$effect(() => {
		const online = () => {
			const periode = periodeId();
			if (periode) void fetchUnitCount(periode, { paksa: true });
		};
		const offline = () => {
			const periode = periodeId();
			if (periode) unitCount.status[periode] = 'luring';
		};
		window.addEventListener('online', online);
		window.addEventListener('offline', offline);
		return () => {
			window.removeEventListener('online', online);
			window.removeEventListener('offline', offline);
		};
	});
}

/** The service units (SKM) with their population in `periodeId`, the account's own units first. */
export function serviceUnitsLive(periodeId: () => string | null) {
	return live(periodeId, async (db, periode): Promise<ServiceUnit[]> => {
		const [units, populasi] = await Promise.all([
			listUnits(db),
			periode ? listPopulasi(db, periode) : Promise.resolve([])
		]);
		return serviceUnits(units, populasi, activeAccount?.unitIds ?? []);
	});
}

/** One unit's population in `periodeId` (null when not entered), for its sample adequacy. */
export function unitPopulasiLive(args: () => { unitId: string; periodeId: string }) {
	return live(args, async (db, { unitId, periodeId }): Promise<number | null> => {
		const row = await db.populasi.where('[unitId+periodeId]').equals([unitId, periodeId]).first();
		return row?.jumlah ?? null;
	});
}
