/**
 * The page's side of the demo jobs: each runs in a worker (demo.worker.ts) so that generating
 * and storing ~3,400 records never blocks the main thread. Where there is no Worker (jsdom) or it
 * cannot start, the job runs in the page, with the same result.
 */
import { META_INITIALISED, type RaporDb } from '$lib/db/schema';
import type { JawabanDemo, PesanDemo } from './pekerja';

class WorkerTidakJalan extends Error {}

function diWorker(pesan: PesanDemo): Promise<JawabanDemo> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<JawabanDemo>) => {
			worker.terminate();
			resolve(event.data);
		});
		worker.addEventListener('error', (event) => {
			worker.terminate();
			reject(new WorkerTidakJalan(event.message));
		});
		worker.postMessage(pesan);
	});
}

async function diHalaman(pesan: PesanDemo): Promise<JawabanDemo> {
	const { kerjakanDemo } = await import('./pekerja');
	return kerjakanDemo(pesan);
}

async function jalankan(pesan: PesanDemo): Promise<Extract<JawabanDemo, { ok: true }>> {
	let jawaban: JawabanDemo;
	if (typeof Worker === 'undefined') jawaban = await diHalaman(pesan);
	else {
		try {
			jawaban = await diWorker(pesan);
		} catch (error) {
			if (!(error instanceof WorkerTidakJalan)) throw error;
			jawaban = await diHalaman(pesan);
		}
	}
	if (!jawaban.ok) throw new Error(jawaban.pesan);
	return jawaban;
}

/** The demo data on the database's very first start (see ensureDemoOnFirstStart), off the page. */
export async function demoPertamaKali(db: RaporDb): Promise<'loaded' | 'skipped'> {
	// Every later start ends here, without starting a worker.
	if (await db.meta.get(META_INITIALISED)) return 'skipped';
	const jawaban = await jalankan({ tugas: 'pertama', nama: db.name });
	return jawaban.tugas === 'pertama' ? jawaban.hasil : 'skipped';
}

/** Loads the demo data on request (see loadDemo), off the page; returns the record count. */
export async function muatDemoDiLatar(db: RaporDb): Promise<number> {
	const jawaban = await jalankan({ tugas: 'muat', nama: db.name });
	return jawaban.tugas === 'muat' ? jawaban.hasil : 0;
}
