/**
 * The stored SKM rekap (table `skmRekap`): one row per unit × periode with the counts of its
 * effective responses (domain/skm-rekap.ts), so the SKM screens read a few rows instead of every
 * response. Kept by skm-rekap-middleware.ts in the same transaction as every write to `responses`
 * and `koreksi`; rebuilt from scratch by the v6 upgrade (hitungUlangRekapSkm).
 */
import type { Table, Transaction } from 'dexie';
import { koreksiPerRespons, terapkanSemua } from '$lib/domain/koreksi';
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { rekapSkmKosong, ubahRekapSkm, type RekapSkm } from '$lib/domain/skm-rekap';
import type { RaporDb } from './schema';

export const TABEL_REKAP_SKM = 'skmRekap';

export interface SkmRekapRow extends RekapSkm {
	/** `${periodeId}|${unitId}` */
	id: string;
	periodeId: string;
	unitId: string;
}

export function kunciRekap(periodeId: string, unitId: string): string {
	return `${periodeId}|${unitId}`;
}

export function rekapRowKosong(periodeId: string, unitId: string): SkmRekapRow {
	return { id: kunciRekap(periodeId, unitId), periodeId, unitId, ...rekapSkmKosong() };
}

/**
 * What a response counts for, given all its corrections and voids in order (koreksiPerRespons):
 * nothing when it has no period, unit or is voided (a void is final), else the corrected response.
 */
export function responsEfektifSatu(
	response: SkmResponse | undefined,
	urut: readonly SkmKoreksi[] | undefined
): SkmResponse | null {
	if (!response || !response.periodeId || !response.unitId) return null;
	if (!urut || urut.length === 0) return response;
	if (urut.some((k) => k.jenis === 'batal')) return null;
	return terapkanSemua(response, urut);
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
	return db.skmRekap.get(kunciRekap(periodeId, unitId));
}

/**
 * A full recount: every response read once with a cursor (so a million fit in memory), the
 * corrections all at once (they are few). Returns the rows in key order.
 */
export async function hitungRekapPenuh(
	responses: Table<SkmResponse, string>,
	koreksi: Table<SkmKoreksi, string>
): Promise<SkmRekapRow[]> {
	const perRespons = koreksiPerRespons(await koreksi.toArray());
	const rows = new Map<string, SkmRekapRow>();
	await responses.each((response) => {
		const efektif = responsEfektifSatu(response, perRespons.get(response.id));
		if (!efektif) return;
		const key = kunciRekap(efektif.periodeId, efektif.unitId);
		let row = rows.get(key);
		if (!row) rows.set(key, (row = rekapRowKosong(efektif.periodeId, efektif.unitId)));
		ubahRekapSkm(row, efektif, 1);
	});
	return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Replaces the stored rekap with a full recount; used by the v6 upgrade. */
export async function hitungUlangRekapSkm(tx: Transaction): Promise<void> {
	const rows = await hitungRekapPenuh(
		tx.table<SkmResponse, string>('responses'),
		tx.table<SkmKoreksi, string>('koreksi')
	);
	const table = tx.table<SkmRekapRow, string>(TABEL_REKAP_SKM);
	await table.clear();
	await table.bulkPut(rows);
}
