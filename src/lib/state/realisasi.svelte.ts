/** Live data and writes of the realisation screens. */
import { listIndikator, listUnits } from '$lib/db/master';
import { getPengaturan } from '$lib/db/pengaturan';
import { realisasiForPeriode, realisasiForUnit } from '$lib/db/realisasi';
import {
	bacaDrafIsian,
	hapusDrafIsian,
	indikatorUnit,
	jalankanAksiRealisasi,
	simpanDrafIsian,
	type DrafTersimpan
} from '$lib/db/realisasi-entry';
import { InvalidDocumentError } from '$lib/db/validate';
import { kunciPesan } from '$lib/domain/issues';
import { parsePeriodeId, periodeSebelumnya } from '$lib/domain/periode';
import type { DrafIsian } from '$lib/domain/realisasi-form';
import type { HasilAksi, PermintaanAksi } from '$lib/domain/realisasi-status';
import { database } from './app.svelte';
import { live } from './live.svelte';
import { waktuSekarang } from '$lib/domain/waktu-lokal';
import { paguUsulan, susunMenunggu, type BarisMenunggu, type EntriData } from '$lib/view/realisasi';

export interface PilihanEntri {
	unitId: string;
	periodeId: string;
}

/** The stored entry of one OPD and triwulan with what its form needs; null when none chosen. */
export function entriLive(pilihan: () => PilihanEntri | null) {
	return live(pilihan, async (db, p): Promise<EntriData | null> => {
		if (!p) return null;
		const lalu = periodeSebelumnya(p.periodeId);
		const [unit, indikator, realisasi, sebelumnya, pengaturan] = await Promise.all([
			db.units.get(p.unitId),
			indikatorUnit(db, p.unitId, p.periodeId),
			realisasiForUnit(db, p.unitId, p.periodeId),
			realisasiForUnit(db, p.unitId, lalu),
			getPengaturan(db)
		]);
		return {
			...p,
			unit,
			indikator,
			realisasi,
			paguSebelumnya: paguUsulan(p.periodeId, sebelumnya),
			pengaturan
		};
	});
}

/** Submitted entries of the triwulan, waiting for the admin. */
export function menungguLive(periodeId: () => string | null) {
	return live(periodeId, async (db, id): Promise<BarisMenunggu[] | null> => {
		if (!id) return null;
		const [units, indikator, realisasi, pengaturan] = await Promise.all([
			listUnits(db),
			listIndikator(db, parsePeriodeId(id).tahun),
			realisasiForPeriode(db, id),
			getPengaturan(db)
		]);
		return susunMenunggu({ periodeId: id, units, indikator, realisasi, pengaturan });
	});
}

export type HasilJalankan =
	| HasilAksi
	| { ok: false; alasan: 'realisasi.tidakValid'; kurang: string[] }
	| { ok: false; alasan: 'realisasi.gagalSimpan'; kurang?: undefined };

/**
 * Saves or moves an entry on behalf of `pengguna`, stamped with the device time. A document the
 * schema refuses (which the form should have prevented) comes back as its message keys, and any
 * other failed write as 'realisasi.gagalSimpan'; the caller shows "Tersimpan" only on ok.
 */
export async function jalankanAksi(
	minta: Omit<PermintaanAksi, 'indikator' | 'pengaturan' | 'waktu'>
): Promise<HasilJalankan> {
	const db = await database();
	try {
		return await jalankanAksiRealisasi(db, { ...minta, waktu: waktuSekarang() });
	} catch (error) {
		if (error instanceof InvalidDocumentError) {
			return { ok: false, alasan: 'realisasi.tidakValid', kurang: kunciPesan(error.issues) };
		}
		// A failed write (full disk, closed connection, rewritten history) must not pass silently.
		console.error('realisasi not saved', error);
		return { ok: false, alasan: 'realisasi.gagalSimpan' };
	}
}

export async function simpanDraf(p: PilihanEntri, draf: DrafIsian): Promise<void> {
	await simpanDrafIsian(await database(), p.unitId, p.periodeId, draf, waktuSekarang());
}

export async function bacaDraf(p: PilihanEntri): Promise<DrafTersimpan | null> {
	return bacaDrafIsian(await database(), p.unitId, p.periodeId);
}

export async function hapusDraf(p: PilihanEntri): Promise<void> {
	await hapusDrafIsian(await database(), p.unitId, p.periodeId);
}
