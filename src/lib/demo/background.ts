/**
 * The page's side of the demo jobs: each runs in a worker (demo.worker.ts) so that generating
 * and storing ~3,400 records never blocks the main thread. Where there is no Worker (jsdom) or it
 * cannot start, the job runs in the page, with the same result.
 */
import { META_INITIALISED, type RaporDb } from '$lib/db/schema';
import type { DemoReply, DemoMessage } from './worker-handler';

class WorkerNotRunning extends Error {}

function inWorker(pesan: DemoMessage): Promise<DemoReply> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<DemoReply>) => {
			worker.terminate();
			resolve(event.data);
		});
		worker.addEventListener('error', (event) => {
			worker.terminate();
			reject(new WorkerNotRunning(event.message));
		});
		worker.postMessage(pesan);
	});
}

async function inPage(pesan: DemoMessage): Promise<DemoReply> {
	const { handleDemo } = await import('./worker-handler');
	return handleDemo(pesan);
}

async function run(pesan: DemoMessage): Promise<Extract<DemoReply, { ok: true }>> {
	let jawaban: DemoReply;
	if (typeof Worker === 'undefined') jawaban = await inPage(pesan);
	else {
		try {
			jawaban = await inWorker(pesan);
		} catch (error) {
			if (!(error instanceof WorkerNotRunning)) throw error;
			jawaban = await inPage(pesan);
		}
	}
	if (!jawaban.ok) throw new Error(jawaban.pesan);
	return jawaban;
}

/** The demo data on the database's very first start (see ensureDemoOnFirstStart), off the page. */
export async function firstTimeDemo(db: RaporDb): Promise<'loaded' | 'skipped'> {
	// Every later start ends here, without starting a worker.
	if (await db.meta.get(META_INITIALISED)) return 'skipped';
	const jawaban = await run({ tugas: 'pertama', nama: db.name });
	return jawaban.tugas === 'pertama' ? jawaban.hasil : 'skipped';
}

/** Loads the demo data on request (see loadDemo), off the page; returns the record count. */
export async function loadDemoInBackground(db: RaporDb): Promise<number> {
	const jawaban = await run({ tugas: 'muat', nama: db.name });
	return jawaban.tugas === 'muat' ? jawaban.hasil : 0;
}
