/**
 * The rencana tindak lanjut (RTL) of a unit's SKM on its screen: the unit's plans, what a new plan
 * starts from, saving one on behalf of the device's user (stamped with the device time), and the
 * figures "did it work?" compares. Who may write is decided by domain/tindak-lanjut.ts, as the
 * server decides it.
 */
import { readPublikasi } from '$lib/db/publikasi';
import type { RaporDb } from '$lib/db/schema';
import { rekapForUnit } from '$lib/db/skm-rekap';
import { readRtl, rtlForUnit } from '$lib/db/tindak-lanjut';
import { saveRtl as storeRtl } from '$lib/db/tindak-lanjut-write';
import { InvalidDocumentError } from '$lib/db/validate';
import { messageKey } from '$lib/domain/issues';
import { timeNow } from '$lib/domain/local-time';
import { publikasiId } from '$lib/domain/publikasi';
import type { Rtl, RtlItem, User } from '$lib/domain/schemas';
import { computeSkmFromRekap, lowestUnsur } from '$lib/domain/skm';
import {
	canWriteTindakLanjut,
	rtlBefore,
	rtlId,
	saveRtl,
	withRowsAddedMeanwhile
} from '$lib/domain/tindak-lanjut';
import type { UnsurKey } from '$lib/domain/unsur';
import { database } from './app.svelte';
import { live } from './live.svelte';

export type Nrr = Record<UnsurKey, number | null>;

/** Every RTL of a unit, oldest period first. */
export function rtlLive(unitId: () => string) {
	return live(unitId, (db, id): Promise<Rtl[]> => rtlForUnit(db, id));
}

/**
 * A unit's NRR of a period: from the responses on this device (the same rekap the unit screen
 * reads), else from the result the admin published (an OPD's device holds no responses), else
 * null.
 */
async function readNrr(db: RaporDb, unitId: string, periodeId: string): Promise<Nrr | null> {
	const rekap = await rekapForUnit(db, unitId, periodeId);
	if (rekap && rekap.responden > 0) return computeSkmFromRekap(rekap).nrr;
	const published = await readPublikasi(db, publikasiId(unitId, periodeId));
	return published ? { ...published.nrr } : null;
}

/**
 * The priority unsur the published result of a unit and period names (the lowest three answered),
 * or null when nothing was published: what a new RTL starts from on a device without responses.
 */
export function publishedPriorityFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }): Promise<UnsurKey[] | null> => {
		if (!periodeId) return null;
		const published = await readPublikasi(db, publikasiId(unitId, periodeId));
		return published ? lowestUnsur(published.nrr) : null;
	});
}

export interface RtlEffectInput {
	/** The RTL of the latest earlier period, if any. */
	rtl: Rtl | undefined;
	/** NRR of that earlier period and of the picked one; null when there is none on the device. */
	sebelum: Nrr | null;
	sesudah: Nrr | null;
}

/** What "did it work?" compares for a unit and the picked period. */
export function rtlEffectFor(args: () => { unitId: string; periodeId: string | null }) {
	return live(args, async (db, { unitId, periodeId }): Promise<RtlEffectInput | null> => {
		if (!periodeId) return null;
		const rtl = rtlBefore(await rtlForUnit(db, unitId), periodeId);
		if (!rtl) return { rtl, sebelum: null, sesudah: null };
		const [sebelum, sesudah] = await Promise.all([
			readNrr(db, unitId, rtl.periodeId),
			readNrr(db, unitId, periodeId)
		]);
		return { rtl, sebelum, sesudah };
	});
}

/**
 * A save that did not happen: message keys for the whole plan, and per row and field ("0.program")
 * the keys to show next to that field.
 */
export type RtlResult =
	| {
			ok: true;
			/** Rows stored meanwhile that the form did not show, saved after its own. */
			added: number;
	  }
	| { ok: false; keys: string[]; fields: Record<string, string[]> };

function refused(keys: string[]): RtlResult {
	return { ok: false, keys, fields: {} };
}

/** Issues of the `butir` rows by "row.field"; the rest (an empty plan) for the whole plan. */
function fieldIssues(error: InvalidDocumentError): RtlResult {
	const fields: Record<string, string[]> = {};
	const rest: typeof error.issues = [];
	for (const issue of error.issues) {
		const [top, row, field] = issue.path;
		if (top === 'butir' && typeof row === 'number' && typeof field === 'string') {
			const key = `${row}.${field}`;
			fields[key] = [...new Set([...(fields[key] ?? []), ...messageKey([issue])])];
		} else rest.push(issue);
	}
	return { ok: false, keys: messageKey(rest), fields };
}

/**
 * Saves the RTL of `place` with `butir` as its rows, appending the user's entry to its history.
 * `base` is the rows the form opened with: rows stored since then are kept (withRowsAddedMeanwhile).
 */
export async function writeRtl(
	user: User | null | undefined,
	place: { unitId: string; periodeId: string },
	butir: readonly RtlItem[],
	base: readonly RtlItem[]
): Promise<RtlResult> {
	if (!user || !canWriteTindakLanjut(user, place.unitId)) return refused(['rtl.tidakBoleh']);
	try {
		const db = await database();
		const previous = await readRtl(db, rtlId(place.unitId, place.periodeId));
		const rows = withRowsAddedMeanwhile(base, previous?.butir ?? [], butir);
		const author = { oleh: user.nama, waktu: timeNow() };
		await storeRtl(db, saveRtl(previous, place, rows.butir, author));
		return { ok: true, added: rows.added };
	} catch (error) {
		if (error instanceof InvalidDocumentError) return fieldIssues(error);
		// A failed write (full disk, closed connection) must not pass silently.
		console.error('RTL not saved', error);
		return refused(['rtl.gagalSimpan']);
	}
}
