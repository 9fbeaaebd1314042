import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// RAPOR_BUILD_VARIANT=x builds into build-x/ with its own .svelte-kit-x/, so that two test runs
// on one checkout (e.g. two developers' browser tests) do not overwrite each other's build.
const variant = process.env.RAPOR_BUILD_VARIANT;
export const buildDir = variant ? `build-${variant}` : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static SPA: every route falls back to one shell that the service worker precaches.
		// precompress: .br and .gz beside each file, served by sync-server/static.ts (sirv).
		adapter: adapter({
			pages: buildDir,
			assets: buildDir,
			fallback: 'index.html',
			precompress: true,
			strict: false
		}),
		outDir: variant ? `.svelte-kit-${variant}` : '.svelte-kit',
		serviceWorker: { register: false }
	}
};

export default config;
