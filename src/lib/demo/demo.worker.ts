/// <reference lib="webworker" />
/** Dedicated worker: runs one demo job (pekerja.ts) per message and answers with its result. */
import { simpanSkripSendiri } from './cache-pekerja';
import { kerjakanDemo, type PesanDemo } from './pekerja';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// So that "Muat data demo" also works offline; a failure only costs that (it falls back to the page).
const tersimpan = simpanSkripSendiri(scope.location.href).catch(() => undefined);

scope.addEventListener('message', (event: MessageEvent<PesanDemo>) => {
	void kerjakanDemo(event.data).then(async (jawaban) => {
		// The page ends this worker on the answer: finish caching the script first.
		await tersimpan;
		scope.postMessage(jawaban);
	});
});
