/**
 * Publishing SKM results (PermenPANRB 14/2017, Bab IV): the admin publishes a unit's result, or
 * the pemda page, for one period. Aggregates only (domain/publikasi.ts): the same figures the SKM
 * screens show, read here as they read them, the unit's RTL rows, and the saran the admin ticked.
 * Stored on the device and queued for sync (rapor-master, admin writes), from where the server's
 * public page shows them. Publishing again replaces the earlier one (same id, new `diterbitkan`).
 */
import { base } from '$app/paths';
import { getSettings } from '$lib/db/settings';
import { pemdaPages, publikasiForPeriode, readPublikasi } from '$lib/db/publikasi';
import { savePublikasi } from '$lib/db/publikasi-write';
import type { RaporDb } from '$lib/db/schema';
import { rekapForPeriode, rekapForUnit } from '$lib/db/skm-rekap';
import { readRtl } from '$lib/db/tindak-lanjut';
import { InvalidDocumentError } from '$lib/db/validate';
import { messageKey } from '$lib/domain/issues';
import { timeNow } from '$lib/domain/local-time';
import { publikasiId, publikasiPemda, publikasiUnit } from '$lib/domain/publikasi';
import type { PublikasiSkm, Rtl, User } from '$lib/domain/schemas';
import { computeSkmFromRekap } from '$lib/domain/skm';
import { mergeSkmRekap } from '$lib/domain/skm-rekap';
import { rtlId } from '$lib/domain/tindak-lanjut';
import { buildSkmUnitFromRekap } from '$lib/view/skm';
import { database } from './app.svelte';
import { live } from './live.svelte';
import { readSkm } from './reads';

/** Only the admin publishes (the server's rules-master.js says the same). */
export function canPublish(user: User | null | undefined): boolean {
	return user?.peran === 'admin';
}

/**
 * The public page of a unit (or, without one, the pemda's) for a period, on the app's origin. The
 * server renders it (not a route of this app), so links to it are external.
 */
export function publicAddress(unitId: string | undefined, periodeId: string): string {
	const path = unitId ? `/publik/${encodeURIComponent(unitId)}` : '/publik';
	const origin = typeof location === 'undefined' ? '' : location.origin;
	return `${origin}${base}${path}?periode=${encodeURIComponent(periodeId)}`;
}

/** What is published for a period, as it changes. */
export function publikasiLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<PublikasiSkm[] | null> =>
		id ? publikasiForPeriode(db, id) : null
	);
}

export interface UnitPublikasiState {
	/** The unit's RTL of the period: its rows go public with the figures. */
	rtl: Rtl | undefined;
	/** What is published now for the unit and period. */
	published: PublikasiSkm | undefined;
}

/** A unit's publication of a period and the RTL a new one would carry, as they change. */
export function unitPublikasiLive(args: () => { unitId: string; periodeId: string }) {
	return live(args, async (db, { unitId, periodeId }): Promise<UnitPublikasiState> => {
		const [rtl, published] = await Promise.all([
			readRtl(db, rtlId(unitId, periodeId)),
			readPublikasi(db, publikasiId(unitId, periodeId))
		]);
		return { rtl, published };
	});
}

/** The pemda's name as last published (any period), to start the next one with. */
export async function lastPemdaName(db: RaporDb): Promise<string | null> {
	const pemda = (await pemdaPages(db)).sort((a, b) =>
		b.diterbitkan.waktu.localeCompare(a.diterbitkan.waktu)
	);
	return pemda[0]?.nama ?? null;
}

export interface PemdaPublikasiState {
	published: PublikasiSkm | undefined;
	/** The name of the last pemda publication, or null when there has been none. */
	namaTerakhir: string | null;
}

export function pemdaPublikasiLive(periodeId: () => string) {
	return live(periodeId, async (db, id): Promise<PemdaPublikasiState> => {
		const [published, namaTerakhir] = await Promise.all([
			readPublikasi(db, publikasiId(undefined, id)),
			lastPemdaName(db)
		]);
		return { published, namaTerakhir };
	});
}

export type PublishResult = { ok: true; publikasi: PublikasiSkm } | { ok: false; keys: string[] };

const NOT_ALLOWED: PublishResult = { ok: false, keys: ['publikasi.tidakBoleh'] };
const NO_RESPONDENTS: PublishResult = { ok: false, keys: ['publikasi.tanpaResponden'] };

async function save(db: RaporDb, publikasi: PublikasiSkm): Promise<PublishResult> {
	try {
		await savePublikasi(db, [publikasi]);
		return { ok: true, publikasi };
	} catch (error) {
		if (error instanceof InvalidDocumentError) return { ok: false, keys: messageKey(error.issues) };
		// A failed write (full disk, closed connection) must not pass silently.
		console.error('publikasi SKM not saved', error);
		return { ok: false, keys: ['publikasi.gagalSimpan'] };
	}
}

/**
 * Publishes one unit's SKM of a period: its figures as the unit's SKM screen computes them (the
 * rekap and the settings, see skmUnitFor in views.svelte.ts), its RTL rows, and `approvedSaran`,
 * the saran the admin ticked (nothing else of a response).
 */
export async function publishUnit(
	user: User | null | undefined,
	place: { unitId: string; periodeId: string },
	approvedSaran: readonly string[]
): Promise<PublishResult> {
	if (!user || !canPublish(user)) return NOT_ALLOWED;
	const db = await database();
	const publikasi = await unitPublikasi(db, place, approvedSaran, {
		oleh: user.nama,
		waktu: timeNow()
	});
	if (!publikasi) return { ok: false, keys: ['publikasi.gagalSimpan'] };
	if (publikasi.responden === 0) return NO_RESPONDENTS;
	return save(db, publikasi);
}

/**
 * A unit's publication of a period as its SKM screen computes the figures (its rekap and the
 * settings, see skmUnitFor in views.svelte.ts), with its RTL rows and `approvedSaran`. Null for a
 * unit this device does not know.
 */
export async function unitPublikasi(
	db: RaporDb,
	{ unitId, periodeId }: { unitId: string; periodeId: string },
	approvedSaran: readonly string[],
	author: { oleh: string; waktu: string }
): Promise<PublikasiSkm | null> {
	const [unit, rekap, settings, rtl] = await Promise.all([
		db.units.get(unitId),
		rekapForUnit(db, unitId, periodeId),
		getSettings(db),
		readRtl(db, rtlId(unitId, periodeId))
	]);
	if (!unit) return null;
	const { hasil } = buildSkmUnitFromRekap(unit, rekap, [], undefined, settings);
	return publikasiUnit({ unit, periodeId, hasil, rtl, approvedSaran, author });
}

/**
 * Publishes the pemda page of a period: the pemda's IKM as the /skm screen computes it, the NRR
 * of every respondent pooled, and one line for every unit with respondents in the period.
 */
export async function publishPemda(
	user: User | null | undefined,
	periodeId: string,
	namaPemda: string
): Promise<PublishResult> {
	if (!user || !canPublish(user)) return NOT_ALLOWED;
	const nama = namaPemda.trim();
	if (!nama) return { ok: false, keys: ['publikasi.namaPemdaKosong'] };
	const db = await database();
	const publikasi = await pemdaPublikasi(db, periodeId, nama, {
		oleh: user.nama,
		waktu: timeNow()
	});
	return publikasi ? save(db, publikasi) : NO_RESPONDENTS;
}

/**
 * The pemda page of a period as the /skm screen computes it (readSkm): the pemda's IKM, the NRR
 * of every respondent of the listed service units pooled, and one line for every unit with
 * respondents. Null when no unit has respondents in the period.
 */
export async function pemdaPublikasi(
	db: RaporDb,
	periodeId: string,
	namaPemda: string,
	author: { oleh: string; waktu: string }
): Promise<PublikasiSkm | null> {
	const [view, rekap] = await Promise.all([readSkm(db, periodeId), rekapForPeriode(db, periodeId)]);
	const units = view.units.filter((row) => row.hasil.responden > 0);
	if (units.length === 0) return null;
	// The rekap of the service units the view lists, as buildSkmFromRekap pools them.
	const listed = view.units.map((row) => row.unit.id);
	const pooled = computeSkmFromRekap(
		mergeSkmRekap(rekap.filter((r) => listed.includes(r.unitId))),
		view.pengaturan.bobotSkm
	);
	return publikasiPemda({
		namaPemda,
		periodeId,
		pemda: view.pemda,
		nrr: pooled.nrr,
		units,
		author
	});
}
