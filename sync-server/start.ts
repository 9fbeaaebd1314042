import { resolve } from 'node:path';
import { startServer } from './server.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const appDir = resolve(process.env.RAPOR_APP_DIR ?? 'build');
const quiet = process.env.RAPOR_QUIET_LOG === '1';

const running = await startServer({
	port,
	host,
	appDir,
	log: quiet ? undefined : (line) => console.log(`${new Date().toISOString()} ${line}`)
});
console.log(`Rapor berjalan di / running at ${running.url.replace('127.0.0.1', 'localhost')}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		console.log(`${signal}: stopping`);
		running.close().then(() => process.exit(0));
	});
}
