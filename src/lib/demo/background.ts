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

async function inPage(message: DemoMessage): Promise<DemoReply> {
	const { handleDemo } = await import('./worker-handler');
	return handleDemo(message);
}

async function run(message: DemoMessage): Promise<Extract<DemoReply, { ok: true }>> {
	let answer: DemoReply;
	if (typeof Worker === 'undefined') answer = await inPage(message);
	else {
		try {
			answer = await inWorker(message);
		} catch (error) {
			if (!(error instanceof WorkerNotRunning)) throw error;
			answer = await inPage(message);
		}
	}
	if (!answer.ok) throw new Error(answer.pesan);
	return answer;
}

/** The demo data on the database's very first start (see ensureDemoOnFirstStart), off the page. */
export async function firstTimeDemo(db: RaporDb): Promise<'loaded' | 'skipped'> {
	// Every later start ends here, without starting a worker.
	if (await db.meta.get(META_INITIALISED)) return 'skipped';
	const answer = await run({ tugas: 'pertama', nama: db.name });
	return answer.tugas === 'pertama' ? answer.hasil : 'skipped';
}

/** Loads the demo data on request (see loadDemo), off the page; returns the record count. */
export async function loadDemoInBackground(db: RaporDb): Promise<number> {
	const answer = await run({ tugas: 'muat', nama: db.name });
	return answer.tugas === 'muat' ? answer.hasil : 0;
}
