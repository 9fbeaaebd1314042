/** Follow-ups noted in a rakor, per OPD; synced with rapor-realisasi like the entries. */
import { catatanRakorSchema, type CatatanRakor } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { parseAll } from './validate';

/** Validates and stores a new or changed note (the outbox queues it in the same transaction). */
export async function saveCatatan(db: RaporDb, catatan: CatatanRakor): Promise<void> {
	const [valid] = parseAll(catatanRakorSchema, [catatan], 'catatan-rakor');
	await db.catatanRakor.put(valid!);
}

export async function readCatatan(db: RaporDb, id: string): Promise<CatatanRakor | undefined> {
	return db.catatanRakor.get(id);
}

/** The notes of a meeting's triwulan, oldest first. */
export async function catatanForPeriode(db: RaporDb, periodeId: string): Promise<CatatanRakor[]> {
	const list = await db.catatanRakor.where('periodeId').equals(periodeId).toArray();
	return list.sort((a, b) => Date.parse(a.waktu) - Date.parse(b.waktu) || a.id.localeCompare(b.id));
}
