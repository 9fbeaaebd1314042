/** A bench module bundled for a Chromium page (an IIFE under `globalName`), with `$lib` resolved. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
	const out = await build({
		entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
		bundle: true,
		write: false,
		format: 'iife',
		globalName,
		platform: 'browser',
		define: { global: 'globalThis' },
		alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) },
		// Vite's `file?url` imports (the report font): a URL the bench page does not serve.
		plugins: [
			{
				name: 'vite-url',
				setup(b) {
					b.onResolve({ filter: /\?url$/ }, (args) => ({ path: args.path, namespace: 'vite-url' }));
					b.onLoad({ filter: /.*/, namespace: 'vite-url' }, (args) => ({
						contents: `export default ${JSON.stringify(`/bench-tanpa-berkas/${args.path}`)};`,
						loader: 'js'
					}));
				}
			}
		]
	});
	return out.outputFiles[0]!.text;
}
