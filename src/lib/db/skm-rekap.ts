/**
 * The stored SKM rekap (table `skmRekap`): one row per unit × periode with the counts of its
 * effective responses (domain/skm-rekap.ts), so the SKM screens read a few rows instead of every
 * response. Kept by skm-rekap-middleware.ts in the same transaction as every write to `responses`
 * and `koreksi`; rebuilt from scratch by the v6 upgrade (recomputeRekapSkm).
 */
import type { Table, Transaction } from 'dexie';
import { koreksiByResponse, applyAll } from '$lib/domain/koreksi';
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { emptySkmRekap, updateSkmRekap, type SkmRekap } from '$lib/domain/skm-rekap';
import type { RaporDb } from './schema';

export const SKM_REKAP_TABLE = 'skmRekap';

export interface SkmRekapRow extends SkmRekap {
	/** `${periodeId}|${unitId}` */
	id: string;
	periodeId: string;
	unitId: string;
}

export function rekapKey(periodeId: string, unitId: string): string {
	return `${periodeId}|${unitId}`;
}

export function emptyRekapRow(periodeId: string, unitId: string): SkmRekapRow {
	return { id: rekapKey(periodeId, unitId), periodeId, unitId, ...emptySkmRekap() };
}

/**
 * What a response counts for, given all its corrections and voids in order (koreksiByResponse):
 * nothing when it has no period, unit or is voided (a void is final), else the corrected response.
 */
export function effectiveResponse(
	response: SkmResponse | undefined,
	urut: readonly SkmKoreksi[] | undefined
): SkmResponse | null {
	if (!response || !response.periodeId || !response.unitId) return null;
	if (!urut || urut.length === 0) return response;
	if (urut.some((k) => k.jenis === 'batal')) return null;
	return applyAll(response, urut);
}

/** The rekap rows of one period (only units with at least one effective response). */
export function rekapForPeriode(db: RaporDb, periodeId: string): Promise<SkmRekapRow[]> {
	return db.skmRekap.where('periodeId').equals(periodeId).toArray();
}

/** One unit's rekap row of a period, if it has any effective response. */
export function rekapForUnit(
	db: RaporDb,
	unitId: string,
	periodeId: string
): Promise<SkmRekapRow | undefined> {
	return db.skmRekap.get(rekapKey(periodeId, unitId));
}

/**
 * A full recount: every response read once with a cursor (so a million fit in memory), the
 * corrections all at once (they are few). Returns the rows in key order.
 */
export async function computeFullRekap(
	responses: Table<SkmResponse, string>,
	koreksi: Table<SkmKoreksi, string>
): Promise<SkmRekapRow[]> {
	const perResponse = koreksiByResponse(await koreksi.toArray());
	const rows = new Map<string, SkmRekapRow>();
	await responses.each((response) => {
		const efektif = effectiveResponse(response, perResponse.get(response.id));
		if (!efektif) return;
		const key = rekapKey(efektif.periodeId, efektif.unitId);
		let row = rows.get(key);
		if (!row) rows.set(key, (row = emptyRekapRow(efektif.periodeId, efektif.unitId)));
		updateSkmRekap(row, efektif, 1);
	});
	return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Replaces the stored rekap with a full recount; used by the v6 upgrade. */
export async function recomputeRekapSkm(tx: Transaction): Promise<void> {
	const rows = await computeFullRekap(
		tx.table<SkmResponse, string>('responses'),
		tx.table<SkmKoreksi, string>('koreksi')
	);
	const table = tx.table<SkmRekapRow, string>(SKM_REKAP_TABLE);
	await table.clear();
	await table.bulkPut(rows);
}
