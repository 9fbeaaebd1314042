/// <reference lib="webworker" />
/** Dedicated worker: runs one demo job (pekerja.ts) per message and answers with its result. */
import { saveOwnScript } from './worker-cache';
import { handleDemo, type DemoMessage } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// So that "Muat data demo" also works offline; a failure only costs that (it falls back to the page).
const scriptSaved = saveOwnScript(scope.location.href).catch(() => undefined);

scope.addEventListener('message', (event: MessageEvent<DemoMessage>) => {
	void handleDemo(event.data).then(async (jawaban) => {
		// The page ends this worker on the answer: finish caching the script first.
		await scriptSaved;
		scope.postMessage(jawaban);
	});
});
