/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { WORKER_CACHE, WORKER_PATH } from '$lib/demo/worker-cache';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Hashed build files are identified by their URL; everything else by the app version.
const immutable = (url: string) => url.includes('/_app/immutable/');
precacheAndRoute([
	...build.map((url) => ({ url, revision: immutable(url) ? null : version })),
	...files.map((url) => ({ url, revision: version })),
	{ url: '/index.html', revision: version }
]);
cleanupOutdatedCaches();

// Worker scripts are not in `build`; each worker caches its own script (src/lib/demo/worker-cache.ts).
registerRoute(
	({ url }) => url.origin === sw.location.origin && url.pathname.startsWith(WORKER_PATH),
	async ({ request }) => {
		const cached = await caches.match(request, { cacheName: WORKER_CACHE });
		return cached ?? fetch(request);
	}
);

// Every in-app navigation (/, /skm, /opd/…) is answered by the cached SPA shell, online or not;
// the server's own pages (the sync API, the health check, the published SKM results) go to the server.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL('/index.html'), {
		denylist: [/^\/db(\/|$)/, /^\/health$/, /^\/publik(\/|\?|$)/]
	})
);

// The first install takes control at once, so the very first visit is already cached for offline.
sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

// A new version waits until the user agrees to reload (never while a form is half-filled).
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
