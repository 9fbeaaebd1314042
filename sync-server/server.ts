import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { staticApp } from './static.ts';

export interface ServerOptions {
	port: number;
	host: string;
	/** Directory of the built PWA (output of `npm run build`). */
	appDir: string;
	log?: (line: string) => void;
}

export interface RunningServer {
	server: Server;
	url: string;
	close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
	if (!existsSync(join(options.appDir, 'index.html'))) {
		throw new Error(
			`No built app in ${options.appDir}. Run "npm run build" first (npm start does it for you).`
		);
	}
	const log = options.log ?? (() => {});
	const serveApp = staticApp(options.appDir);
	const server = createServer((req, res) => {
		const started = Date.now();
		res.on('finish', () =>
			log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`)
		);
		if (req.url === '/health') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ ok: true }));
			return;
		}
		serveApp(req, res).catch((error: unknown) => {
			log(`error ${req.url}: ${String(error)}`);
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
	});
	await new Promise<void>((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => resolvePromise());
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	return {
		server,
		url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`,
		close: () =>
			new Promise<void>((resolvePromise) => {
				server.close(() => resolvePromise());
				server.closeAllConnections();
			})
	};
}
