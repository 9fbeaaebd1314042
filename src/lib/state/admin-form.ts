/**
 * Saves of the admin's master-data forms: the schema first (messages per field), then the same
 * reference and duplicate checks as an import (db/master-import), all in one transaction.
 */
import { tambahTahun } from '$lib/db/master-import';
import {
	indikatorSchema,
	jenisLayananSchema,
	unitSchema,
	type Indikator,
	type JenisLayanan,
	type Periode,
	type Unit
} from '$lib/domain/schemas';
import { unitIdDari } from '$lib/import/ids';
import type { MasterImportError } from '$lib/import/master/errors';
import type { DokumenMaster, JenisMaster } from '$lib/domain/master';
import { formatMaster } from '$lib/import/master/kinds';
import { simpanMaster, simpanPopulasiPeriode } from './master-import';
import type { z } from 'zod';
import { database } from './app.svelte';
import { mintaPersistenSekali } from './storage.svelte';

/** A problem of one form field: a zod message key (err.*) or a master-data check. */
export type KesalahanField =
	{ field: string; kunci: string } | { field: string; master: MasterImportError };

export type HasilSimpan<T> = { ok: true; doc: T } | { ok: false; errors: KesalahanField[] };

function dariZod(issues: readonly z.core.$ZodIssue[]): KesalahanField[] {
	return issues.map((i) => ({
		field: i.path.map(String).join('.') || 'umum',
		kunci: i.message.startsWith('err.') ? i.message : 'err.tidakValid'
	}));
}

/** The form field of a master error's column ('induk_id' → 'indukId'). */
function dariMaster(jenis: JenisMaster, errors: readonly MasterImportError[]): KesalahanField[] {
	const kolomField = formatMaster(jenis).kolomField;
	const field = (column: string | undefined) =>
		Object.entries(kolomField).find(([, c]) => c === column)?.[0] ?? 'umum';
	return errors.map((e) => ({ field: field(e.column), master: e }));
}

async function simpan<J extends JenisMaster>(
	jenis: J,
	doc: DokumenMaster[J]
): Promise<HasilSimpan<DokumenMaster[J]>> {
	const db = await database();
	const rencana = await simpanMaster(db, jenis, [doc]);
	const disimpan = [...rencana.baru, ...rencana.berubah, ...rencana.tetap][0];
	if (rencana.errors.length > 0 || disimpan === undefined) {
		return { ok: false, errors: dariMaster(jenis, rencana.errors) };
	}
	void mintaPersistenSekali();
	return { ok: true, doc: disimpan };
}

/**
 * A unit from the form. A new unit with a blank code gets one from its name ("Dinas Kesehatan" →
 * "dinas-kesehatan"); a new unit may not take a code another unit already has.
 */
export async function simpanUnit(candidate: Unit, baru: boolean): Promise<HasilSimpan<Unit>> {
	const id = candidate.id.trim() || (baru ? unitIdDari(candidate.nama) : '');
	const parsed = unitSchema.safeParse({ ...candidate, id });
	if (!parsed.success) {
		const errors = dariZod(parsed.error.issues);
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
	return simpan('unit', parsed.data);
}

/** A service type; a new one (blank id) gets a code from its unit and name. */
export async function simpanJenisLayanan(
	candidate: JenisLayanan
): Promise<HasilSimpan<JenisLayanan>> {
	const { id, ...isi } = candidate;
	const parsed = jenisLayananSchema.omit({ id: true }).safeParse(isi);
	if (!parsed.success) return { ok: false, errors: dariZod(parsed.error.issues) };
	return simpan('jenis-layanan', { id, ...parsed.data });
}

/** An indicator with its four targets; a new one (blank id) gets a code as in an import. */
export async function simpanIndikator(candidate: Indikator): Promise<HasilSimpan<Indikator>> {
	const { id, ...isi } = candidate;
	const parsed = indikatorSchema.omit({ id: true }).safeParse(isi);
	if (!parsed.success) return { ok: false, errors: dariZod(parsed.error.issues) };
	return simpan('indikator', { id, ...parsed.data });
}

export type HasilPopulasi =
	| { ok: true; baru: number; berubah: number; dihapus: number }
	| { ok: false; errors: { unitId: string; master: MasterImportError }[] };

/** The populations of a triwulan from the table; null removes a unit's number. */
export async function simpanPopulasi(
	periodeId: string,
	isian: readonly { unitId: string; jumlah: number | null }[]
): Promise<HasilPopulasi> {
	const hasil = await simpanPopulasiPeriode(await database(), periodeId, isian);
	if (hasil.errors.length > 0) {
		const terisi = isian.filter((i) => i.jumlah !== null);
		return {
			ok: false,
			errors: hasil.errors.map((master) => ({
				unitId: terisi[(master.line ?? 1) - 1]?.unitId ?? '',
				master
			}))
		};
	}
	void mintaPersistenSekali();
	return {
		ok: true,
		baru: hasil.baru.length,
		berubah: hasil.berubah.length,
		dihapus: hasil.dihapus
	};
}

/** Adds a year's four triwulan; null when the year is not valid. */
export async function tambahTahunPeriode(tahun: number): Promise<Periode[] | null> {
	try {
		return await tambahTahun(await database(), tahun);
	} catch (e) {
		if (e instanceof RangeError) return null;
		throw e;
	}
}
