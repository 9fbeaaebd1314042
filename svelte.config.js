import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static SPA: every route falls back to one shell that the service worker precaches.
		adapter: adapter({ fallback: 'index.html', strict: false }),
		serviceWorker: { register: false }
	}
};

export default config;
