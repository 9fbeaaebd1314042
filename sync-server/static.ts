import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** Hashed build output never changes; everything else must be revalidated so updates are seen. */
function cacheControl(path: string): string {
	if (path.includes('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	return 'no-cache';
}

async function fileAt(root: string, urlPath: string): Promise<string | null> {
	const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const candidate = normalize(join(root, decoded));
	if (!candidate.startsWith(root)) return null;
	try {
		const info = await stat(candidate);
		if (info.isFile()) return candidate;
		if (info.isDirectory()) {
			const index = join(candidate, 'index.html');
			if ((await stat(index).catch(() => null))?.isFile()) return index;
		}
	} catch {
		// not found: fall through to the SPA shell
	}
	return null;
}

/**
 * Serves the built PWA from `root`. Unknown paths without a file extension get the SPA shell
 * (index.html), so deep links such as /opd/xyz open the app; unknown assets are a plain 404.
 */
export function staticApp(rootDir: string) {
	const root = resolve(rootDir);
	return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const urlPath = req.url ?? '/';
		let file = await fileAt(root, urlPath).catch(() => null);
		if (!file && !extname(urlPath.split('?')[0] ?? '')) file = join(root, 'index.html');
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const info = await stat(file).catch(() => null);
		if (!info) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, {
			'content-type': MIME[extname(file)] ?? 'application/octet-stream',
			'content-length': info.size,
			'cache-control': cacheControl(file),
			'x-content-type-options': 'nosniff'
		});
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(file).pipe(res);
	};
}
