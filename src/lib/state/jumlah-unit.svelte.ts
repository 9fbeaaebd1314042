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
import { rencanaTarik } from '$lib/sync/rencana';
import type { Pengguna } from '$lib/domain/schemas';
import { akunAktif, namaDatabase } from './akun.svelte';
import {
	bacaCache,
	bacaJumlahServer,
	simpanCache,
	unitLayanan,
	type JumlahServer,
	type UnitLayanan
} from './jumlah-unit-cache';
import { live } from './live.svelte';
import { sinkron } from './sinkron.svelte';

export type StatusJumlah = 'belum' | 'memuat' | 'ok' | 'luring' | 'gagal';

class JumlahUnitState {
	/** Last known counts by period. */
	data = $state<Record<string, JumlahServer>>({});
	/** How the latest fetch of each period went. */
	status = $state<Record<string, StatusJumlah>>({});
}

export const jumlahUnit = new JumlahUnitState();

/** A period is asked again at most this often, however many screens and sync rounds ask. */
const JEDA_MS = 15_000;
const diminta: Record<string, number> = {};
let cacheDibaca = false;

function bacaSekali(): void {
	if (cacheDibaca || typeof localStorage === 'undefined') return;
	cacheDibaca = true;
	jumlahUnit.data = bacaCache(localStorage, namaDatabase(akunAktif));
}

/** Whether this page's figures come from the server: only a signed-in account has one. */
export const pakaiJumlahServer = (): boolean => akunAktif !== null;

/**
 * What the device holds for the signed-in account (ADR 0003, rencanaTarik): the ranking needs
 * every realisation entry, the SKM scores every response. An enumerator pulls only their own
 * responses and no realisation, OPD staff no responses. Not signed in (the demo, or a device
 * used without a server) the device holds whatever it has, and its figures are its own.
 */
export function cakupanData(akun: Pengguna | null = akunAktif): {
	peringkat: boolean;
	skm: boolean;
} {
	if (!akun) return { peringkat: true, skm: true };
	const rencana = rencanaTarik(akun);
	const penuh = (db: 'realisasi' | 'skm') => rencana.some((r) => r.db === db && !r.selector);
	return { peringkat: penuh('realisasi'), skm: penuh('skm') };
}

/** Asks the server for `periode`'s counts (when signed in and online) and keeps the answer. */
export async function ambilJumlahUnit(
	periode: string,
	opsi: { paksa?: boolean } = {}
): Promise<void> {
	bacaSekali();
	if (!akunAktif) return;
	if (!navigator.onLine) {
		jumlahUnit.status[periode] = 'luring';
		return;
	}
	const sekarang = Date.now();
	if (!opsi.paksa && sekarang - (diminta[periode] ?? -Infinity) < JEDA_MS) return;
	diminta[periode] = sekarang;
	jumlahUnit.status[periode] = 'memuat';
	const akun = akunAktif;
	try {
		const res = await fetch(
			`${location.origin}${base}/api/skm/jumlah?periode=${encodeURIComponent(periode)}`,
			{ credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } }
		);
		const jumlah = res.ok ? bacaJumlahServer(await res.json()) : null;
		if (!jumlah || jumlah.periode !== periode) {
			jumlahUnit.status[periode] = 'gagal';
			return;
		}
		jumlahUnit.data = simpanCache(localStorage, namaDatabase(akun), jumlah);
		jumlahUnit.status[periode] = 'ok';
	} catch {
		delete diminta[periode];
		jumlahUnit.status[periode] = navigator.onLine ? 'gagal' : 'luring';
	}
}

/**
 * Keeps `periodeId`'s counts fresh while the calling component lives: now, after every finished
 * sync round, and on coming back online; going offline marks them as last known.
 */
export function pantauJumlahUnit(periodeId: () => string | null): void {
	bacaSekali();
	$effect(() => {
		const periode = periodeId();
		void sinkron.keadaan?.terakhir;
		if (periode) untrack(() => void ambilJumlahUnit(periode));
	});
	$effect(() => {
		const online = () => {
			const periode = periodeId();
			if (periode) void ambilJumlahUnit(periode, { paksa: true });
		};
		const offline = () => {
			const periode = periodeId();
			if (periode) jumlahUnit.status[periode] = 'luring';
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
export function unitLayananLive(periodeId: () => string | null) {
	return live(periodeId, async (db, periode): Promise<UnitLayanan[]> => {
		const [units, populasi] = await Promise.all([
			listUnits(db),
			periode ? listPopulasi(db, periode) : Promise.resolve([])
		]);
		return unitLayanan(units, populasi, akunAktif?.unitIds ?? []);
	});
}

/** One unit's population in `periodeId` (null when not entered), for its sample adequacy. */
export function populasiUnitLive(args: () => { unitId: string; periodeId: string }) {
	return live(args, async (db, { unitId, periodeId }): Promise<number | null> => {
		const row = await db.populasi.where('[unitId+periodeId]').equals([unitId, periodeId]).first();
		return row?.jumlah ?? null;
	});
}
