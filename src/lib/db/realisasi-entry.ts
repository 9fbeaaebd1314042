/**
 * Writing a realisation entry from its form: each save or status change is applied to the entry as
 * stored (read inside the same transaction, so a change made meanwhile in another tab is never
 * overwritten blindly) and the unsaved form is deleted in that same transaction. Also keeps the
 * unsaved form itself (the `drafts` row) so a reload or a killed app loses nothing.
 */
import { parsePeriodeId } from '$lib/domain/periode';
import { inputDraftSchema, type InputDraft } from '$lib/domain/realisasi-form';
import { applyAction, type ActionResult, type ActionRequest } from '$lib/domain/realisasi-status';
import type { Indikator } from '$lib/domain/schemas';
import { getSettings } from './settings';
import { realisasiForUnit } from './realisasi';
import { putRealisasi } from './realisasi-write';
import type { RaporDb } from './schema';

/** The `drafts` id of the unsaved form of one OPD's entry for one triwulan. */
export const realisasiDraftId = (unitId: string, periodeId: string): string =>
	`realisasi:${unitId}:${periodeId}`;

/** The OPD's program indicators for the year of the triwulan, in id order. */
export async function indikatorForUnit(
	db: RaporDb,
	unitId: string,
	periodeId: string
): Promise<Indikator[]> {
	const { tahun } = parsePeriodeId(periodeId);
	return db.indikator.where('[unitId+tahun]').equals([unitId, tahun]).sortBy('id');
}

/**
 * Applies one save or transition (see applyAction) to the stored entry and writes the result
 * through putRealisasi; a save also deletes the unsaved form, in the same transaction. Nothing is
 * written when the rules refuse; an invalid document throws InvalidDocumentError.
 */
export async function runRealisasiAction(
	db: RaporDb,
	request: Omit<ActionRequest, 'indikator' | 'pengaturan'>
): Promise<ActionResult> {
	return db.transaction(
		'rw',
		[db.realisasi, db.drafts, db.indikator, db.pengaturan],
		async (): Promise<ActionResult> => {
			const [before, indikator, settings] = await Promise.all([
				realisasiForUnit(db, request.unitId, request.periodeId),
				indikatorForUnit(db, request.unitId, request.periodeId),
				getSettings(db)
			]);
			const result = applyAction(before, { ...request, indikator, pengaturan: settings });
			if (!result.ok) return result;
			await putRealisasi(db, [result.realisasi]);
			if (request.aksi === 'simpan' || request.aksi === 'ajukan') {
				await db.drafts.delete(realisasiDraftId(request.unitId, request.periodeId));
			}
			return result;
		}
	);
}

export interface SavedDraft {
	draf: InputDraft;
	/** Device time of the last change. */
	diubah: string;
}

export async function saveInputDraft(
	db: RaporDb,
	unitId: string,
	periodeId: string,
	draf: InputDraft,
	changed: string
): Promise<void> {
	const data = inputDraftSchema.parse(draf);
	await db.drafts.put({
		id: realisasiDraftId(unitId, periodeId),
		jenis: 'realisasi',
		diubah: changed,
		data
	});
}

/** The unsaved form of the entry, or null; a row that no longer validates is ignored. */
export async function readInputDraft(
	db: RaporDb,
	unitId: string,
	periodeId: string
): Promise<SavedDraft | null> {
	const row = await db.drafts.get(realisasiDraftId(unitId, periodeId));
	if (!row || row.jenis !== 'realisasi') return null;
	const parsed = inputDraftSchema.safeParse(row.data);
	if (!parsed.success) {
		console.warn('unsaved realisasi form does not validate; ignored', parsed.error.issues);
		return null;
	}
	return { draf: parsed.data, diubah: row.diubah };
}

export async function removeInputDraft(db: RaporDb, unitId: string, periodeId: string) {
	await db.drafts.delete(realisasiDraftId(unitId, periodeId));
}
