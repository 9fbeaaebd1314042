/**
 * Serves the built PWA with sirv: the files of the build directory as listed when the server
 * starts (a request can only ever name one of those files, whatever its `..` or percent-encoding),
 * their precompressed brotli/gzip versions when the browser accepts them, and the SPA shell
 * (index.html) for deep links such as /opd/xyz. An unknown asset (a path with an extension) is a
 * plain 404, so a missing script is never answered with HTML. The list of files is read once:
 * restart the server after a new build.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';

/**
 * Hashed build output never changes; everything else is revalidated, so updates are seen (an
 * extensionless path under /_app/immutable/ is the SPA shell, not a hashed file).
 */
export function cacheControl(pathname: string): string {
	if (pathname.startsWith('/_app/immutable/') && /\.\w+$/.test(pathname)) {
		return 'public, max-age=31536000, immutable';
	}
	return 'no-cache';
}

function notFound(_req: IncomingMessage, res: ServerResponse): void {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

/** The path of a request for a file the build does not have gets the shell if it names no file. */
function isDeepLink(req: IncomingMessage): boolean {
	const pathname = (req.url ?? '/').split('?')[0]!;
	return extname(pathname) === '';
}

const SHELL = '/index.html';

export function staticApp(rootDir: string) {
	const serve = sirv(rootDir, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		dotfiles: false,
		setHeaders: (res, pathname) => res.setHeader('cache-control', cacheControl(pathname)),
		onNoMatch: (req, res) => {
			if (!isDeepLink(req) || req.url === SHELL) return notFound(req, res);
			req.url = SHELL;
			serve(req, res);
		}
	});
	return (req: IncomingMessage, res: ServerResponse): void => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res
				.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
				.end('Method not allowed');
			return;
		}
		// sirv pipes a file stream it does not watch: a file removed since the start (the app rebuilt
		// while the server runs) would throw on an unheard 'error' and stop the process.
		res.once('pipe', (source: NodeJS.ReadableStream) => source.once('error', () => res.destroy()));
		serve(req, res);
	};
}
