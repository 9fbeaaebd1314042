/** Live data and writes of the realisation screens. */
import { listIndikator, listUnits } from '$lib/db/master';
import { getSettings } from '$lib/db/settings';
import { realisasiForPeriode, realisasiForUnit } from '$lib/db/realisasi';
import {
	readInputDraft,
	removeInputDraft,
	indikatorForUnit,
	runRealisasiAction,
	saveInputDraft,
	type SavedDraft
} from '$lib/db/realisasi-entry';
import { InvalidDocumentError } from '$lib/db/validate';
import { messageKey } from '$lib/domain/issues';
import { parsePeriodeId, previousPeriode } from '$lib/domain/periode';
import type { InputDraft } from '$lib/domain/realisasi-form';
import type { ActionResult, ActionRequest } from '$lib/domain/realisasi-status';
import { database } from './app.svelte';
import { live } from './live.svelte';
import { timeNow } from '$lib/domain/local-time';
import { proposedPagu, buildPending, type PendingRow, type EntryData } from '$lib/view/realisasi';

export interface EntrySelection {
	unitId: string;
	periodeId: string;
}

/** The stored entry of one OPD and triwulan with what its form needs; null when none chosen. */
export function entryLive(choice: () => EntrySelection | null) {
	return live(choice, async (db, p): Promise<EntryData | null> => {
		if (!p) return null;
		const lalu = previousPeriode(p.periodeId);
		const [unit, indikator, realisasi, sebelumnya, settings] = await Promise.all([
			db.units.get(p.unitId),
			indikatorForUnit(db, p.unitId, p.periodeId),
			realisasiForUnit(db, p.unitId, p.periodeId),
			realisasiForUnit(db, p.unitId, lalu),
			getSettings(db)
		]);
		return {
			...p,
			unit,
			indikator,
			realisasi,
			paguSebelumnya: proposedPagu(p.periodeId, sebelumnya),
			pengaturan: settings
		};
	});
}

/** Submitted entries of the triwulan, waiting for the admin. */
export function pendingLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<PendingRow[] | null> => {
		if (!id) return null;
		const [units, indikator, realisasi, settings] = await Promise.all([
			listUnits(db),
			listIndikator(db, parsePeriodeId(id).tahun),
			realisasiForPeriode(db, id),
			getSettings(db)
		]);
		return buildPending({ periodeId: id, units, indikator, realisasi, pengaturan: settings });
	});
}

export type RunResult =
	| ActionResult
	| { ok: false; alasan: 'realisasi.tidakValid'; kurang: string[] }
	| { ok: false; alasan: 'realisasi.gagalSimpan'; kurang?: undefined };

/**
 * Saves or moves an entry on behalf of `pengguna`, stamped with the device time. A document the
 * schema refuses (which the form should have prevented) comes back as its message keys, and any
 * other failed write as 'realisasi.gagalSimpan'; the caller shows "Tersimpan" only on ok.
 */
export async function runAction(
	request: Omit<ActionRequest, 'indikator' | 'pengaturan' | 'waktu'>
): Promise<RunResult> {
	const db = await database();
	try {
		return await runRealisasiAction(db, { ...request, waktu: timeNow() });
	} catch (error) {
		if (error instanceof InvalidDocumentError) {
			return { ok: false, alasan: 'realisasi.tidakValid', kurang: messageKey(error.issues) };
		}
		// A failed write (full disk, closed connection, rewritten history) must not pass silently.
		console.error('realisasi not saved', error);
		return { ok: false, alasan: 'realisasi.gagalSimpan' };
	}
}

export async function saveRealisasiDraft(p: EntrySelection, draf: InputDraft): Promise<void> {
	await saveInputDraft(await database(), p.unitId, p.periodeId, draf, timeNow());
}

export async function readRealisasiDraft(p: EntrySelection): Promise<SavedDraft | null> {
	return readInputDraft(await database(), p.unitId, p.periodeId);
}

export async function removeRealisasiDraft(p: EntrySelection): Promise<void> {
	await removeInputDraft(await database(), p.unitId, p.periodeId);
}
