import { loadFullMessages } from '$lib/i18n/locale.svelte';
import type { LayoutLoad } from './$types';

// A client-only SPA: the data lives in IndexedDB on the device, so nothing renders on a server.
export const ssr = false;
export const prerender = false;

/** The first screen (/) brings its own messages; every other route waits for the whole table. */
export const load: LayoutLoad = async ({ route }) => {
	if (route.id !== '/') await loadFullMessages();
};
