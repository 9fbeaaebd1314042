/**
 * Offline copy of the built worker scripts. Vite emits workers outside the client manifest, so
 * SvelteKit's `$service-worker` build list (the precache) does not name them: each worker puts
 * its own script in this cache when it runs, the service worker answers from it, and a new
 * version's worker removes the old scripts.
 */
export const WORKER_CACHE = 'rapor-pekerja';

/** Where Vite writes worker scripts in the build (hashed, so never changed in place). */
export const WORKER_PATH = '/_app/immutable/workers/';

/** `…/workers/demo.worker-C9CM5hXe.js` → `demo.worker`: the same worker in any build. */
function scriptName(url: string): string {
	const file = url.slice(url.lastIndexOf('/') + 1);
	return file.replace(/-[\w-]+\.js$/, '');
}

/** Keeps the running worker's own script in WORKER_CACHE, dropping its copies of older builds. */
export async function saveOwnScript(url: string): Promise<void> {
	if (typeof caches === 'undefined' || !url.includes(WORKER_PATH)) return;
	const cache = await caches.open(WORKER_CACHE);
	for (const request of await cache.keys()) {
		if (request.url !== url && scriptName(request.url) === scriptName(url)) {
			await cache.delete(request);
		}
	}
	if (!(await cache.match(url))) await cache.add(url);
}
