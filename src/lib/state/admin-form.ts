/**
 * Saves of the admin's master-data forms: the schema first (messages per field), then the same
 * reference and duplicate checks as an import (db/master-import), all in one transaction.
 */
import { addYear } from '$lib/db/master-import';
import {
	indikatorSchema,
	jenisLayananSchema,
	unitSchema,
	type Indikator,
	type JenisLayanan,
	type Periode,
	type Unit
} from '$lib/domain/schemas';
import { unitIdFrom } from '$lib/import/ids';
import type { MasterImportError } from '$lib/import/master/errors';
import type { MasterDocument, MasterKind } from '$lib/domain/master';
import { formatMaster } from '$lib/import/master/kinds';
import { saveMaster, savePopulasiPeriode } from './master-import';
import type { z } from 'zod';
import { database } from './app.svelte';
import { requestPersistOnce } from './storage.svelte';

/** A problem of one form field: a zod message key (err.*) or a master-data check. */
export type FieldError =
	{ field: string; kunci: string } | { field: string; master: MasterImportError };

export type SaveResult<T> = { ok: true; doc: T } | { ok: false; errors: FieldError[] };

function fromZod(issues: readonly z.core.$ZodIssue[]): FieldError[] {
	return issues.map((i) => ({
		field: i.path.map(String).join('.') || 'umum',
		kunci: i.message.startsWith('err.') ? i.message : 'err.tidakValid'
	}));
}

/** The form field of a master error's column ('induk_id' → 'parentId'). */
function fromMaster(kind: MasterKind, errors: readonly MasterImportError[]): FieldError[] {
	const kolomField = formatMaster(kind).kolomField;
	const field = (column: string | undefined) =>
		Object.entries(kolomField).find(([, c]) => c === column)?.[0] ?? 'umum';
	return errors.map((e) => ({ field: field(e.column), master: e }));
}

async function save<J extends MasterKind>(
	kind: J,
	doc: MasterDocument[J]
): Promise<SaveResult<MasterDocument[J]>> {
	const db = await database();
	const rencana = await saveMaster(db, kind, [doc]);
	const saved = [...rencana.baru, ...rencana.berubah, ...rencana.tetap][0];
	if (rencana.errors.length > 0 || saved === undefined) {
		return { ok: false, errors: fromMaster(kind, rencana.errors) };
	}
	void requestPersistOnce();
	return { ok: true, doc: saved };
}

/**
 * A unit from the form. A new unit with a blank code gets one from its name ("Dinas Kesehatan" →
 * "dinas-kesehatan"); a new unit may not take a code another unit already has.
 */
export async function saveUnit(candidate: Unit, baru: boolean): Promise<SaveResult<Unit>> {
	const id = candidate.id.trim() || (baru ? unitIdFrom(candidate.nama) : '');
	const parsed = unitSchema.safeParse({ ...candidate, id });
	if (!parsed.success) {
		const errors = fromZod(parsed.error.issues);
		// With no name there is no code to make: one message, on the name.
		const tanpaNama = id === '' && errors.some((e) => e.field === 'nama');
		return { ok: false, errors: tanpaNama ? errors.filter((e) => e.field !== 'id') : errors };
	}
	if (baru) {
		const ada = await (await database()).units.get(parsed.data.id);
		if (ada) {
			const master: MasterImportError = {
				line: 1,
				column: 'id',
				key: 'master.kodeDipakai',
				value: ada.id,
				params: { valueLain: ada.nama }
			};
			return { ok: false, errors: [{ field: 'id', master }] };
		}
	}
	return save('unit', parsed.data);
}

/** A service type; a new one (blank id) gets a code from its unit and name. */
export async function saveJenisLayanan(candidate: JenisLayanan): Promise<SaveResult<JenisLayanan>> {
	const { id, ...content } = candidate;
	const parsed = jenisLayananSchema.omit({ id: true }).safeParse(content);
	if (!parsed.success) return { ok: false, errors: fromZod(parsed.error.issues) };
	return save('jenis-layanan', { id, ...parsed.data });
}

/** An indicator with its four targets; a new one (blank id) gets a code as in an import. */
export async function saveIndikator(candidate: Indikator): Promise<SaveResult<Indikator>> {
	const { id, ...content } = candidate;
	const parsed = indikatorSchema.omit({ id: true }).safeParse(content);
	if (!parsed.success) return { ok: false, errors: fromZod(parsed.error.issues) };
	return save('indikator', { id, ...parsed.data });
}

export type PopulasiResult =
	| { ok: true; baru: number; berubah: number; dihapus: number }
	| { ok: false; errors: { unitId: string; master: MasterImportError }[] };

/** The populations of a triwulan from the table; null removes a unit's number. */
export async function savePopulasi(
	periodeId: string,
	isian: readonly { unitId: string; jumlah: number | null }[]
): Promise<PopulasiResult> {
	const result = await savePopulasiPeriode(await database(), periodeId, isian);
	if (result.errors.length > 0) {
		const terisi = isian.filter((i) => i.jumlah !== null);
		return {
			ok: false,
			errors: result.errors.map((master) => ({
				unitId: terisi[(master.line ?? 1) - 1]?.unitId ?? '',
				master
			}))
		};
	}
	void requestPersistOnce();
	return {
		ok: true,
		baru: result.baru.length,
		berubah: result.berubah.length,
		dihapus: result.dihapus
	};
}

/** Adds a year's four triwulan; null when the year is not valid. */
export async function addPeriodeYear(tahun: number): Promise<Periode[] | null> {
	try {
		return await addYear(await database(), tahun);
	} catch (e) {
		if (e instanceof RangeError) return null;
		throw e;
	}
}
