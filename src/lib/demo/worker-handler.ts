/**
 * The demo jobs a worker runs (demo.worker.ts): generate the Kota Wiradesa data and store it in the
 * device database, off the main thread. The database is opened by name with the same openDb as
 * the page, so every middleware of its constructor applies here too; the page's liveQueries see
 * the writes through Dexie's cross-context change propagation.
 */
import { ensureDemoOnFirstStart, loadDemo } from '$lib/db/demo';
import { openDb } from '$lib/db/schema';

export type DemoMessage = { tugas: 'pertama'; nama: string } | { tugas: 'muat'; nama: string };

export type DemoReply =
	| { ok: true; tugas: 'pertama'; hasil: 'loaded' | 'skipped' }
	| { ok: true; tugas: 'muat'; hasil: number }
	| { ok: false; pesan: string };

export async function handleDemo(pesan: DemoMessage): Promise<DemoReply> {
	const db = openDb(pesan.nama);
	try {
		await db.open();
		if (pesan.tugas === 'pertama') {
			return { ok: true, tugas: 'pertama', hasil: await ensureDemoOnFirstStart(db) };
		}
		return { ok: true, tugas: 'muat', hasil: await loadDemo(db) };
	} catch (error) {
		return { ok: false, pesan: error instanceof Error ? error.message : String(error) };
	} finally {
		db.close();
	}
}
