/**
 * `npm start`: the whole product in one process: the built app at /, the CouchDB-compatible sync
 * API at /db (set up on every start), and on the first start of a data directory the demo
 * accounts and the demo data. Stops cleanly on SIGINT/SIGTERM: writes in progress finish, LevelDB
 * is closed.
 */
import { resolve } from 'node:path';
import { createDemoAccounts, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoData } from './demo-data.ts';
import { CouchClient } from './http/couch-client.ts';
import { startServer } from './server.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const appDir = resolve(process.env.RAPOR_APP_DIR ?? 'build');
const dataDir = resolve(process.env.RAPOR_DATA_DIR ?? 'data');
const quiet = process.env.RAPOR_QUIET_LOG === '1';
const timeout = Number(process.env.RAPOR_SESSION_TIMEOUT ?? '') || undefined;

const running = await startServer({
	port,
	host,
	appDir,
	dataDir,
	sessionTimeoutSeconds: timeout,
	log: quiet ? undefined : (line) => console.log(`${new Date().toISOString()} ${line}`)
});
const shown = running.url.replace('127.0.0.1', 'localhost');
console.log(`Rapor berjalan di / running at ${shown}`);
console.log(`  API sinkronisasi / sync API: ${shown}/db (data: ${running.dataDir})`);

const { admin } = running;
if (admin.source === 'env') {
	console.log(`  Admin server: ${admin.name} (kata sandi dari RAPOR_ADMIN_PASSWORD)`);
} else {
	const baru = admin.source === 'generated' ? ', dibuat sekarang / generated now' : '';
	console.log(
		`  Admin server: ${admin.name}; kata sandi / password in ${admin.file} (mode 0600${baru})`
	);
	// Shown once, and only to a person at a terminal: never into a log file or a pipe.
	if (admin.source === 'generated' && process.stdout.isTTY) {
		console.log(`  Kata sandi admin / admin password: ${admin.password}`);
	}
}
const changes = running.setup?.perubahan.length ?? 0;
console.log(
	`  Setup: ${changes === 0 ? 'sudah sesuai / up to date' : `${changes} perubahan / changes`}`
);

const client = new CouchClient({ url: running.couchUrl, credentials: admin });
if (process.env.RAPOR_DEMO_ACCOUNTS !== '0') {
	const demo = await createDemoAccounts(client, running.dataDir);
	if (demo.length > 0) {
		console.log(`  Akun demo / demo accounts (kata sandi / password "${DEMO_PASSWORD}"):`);
		for (const akun of demo) {
			const units = akun.unitIds.length > 0 ? `; unit ${akun.unitIds.join(', ')}` : '';
			console.log(`    ${akun.name.padEnd(16)} ${akun.peran.join(', ')}${units}`);
		}
	}
}

if (process.env.RAPOR_DEMO_DATA !== '0') {
	const jumlah = await seedDemoData(client, running.dataDir);
	if (jumlah) {
		const rincian = Object.entries(jumlah).map(([db, n]) => `${n} ${db}`);
		console.log(`  Data demo Kota Wiradesa / demo data: ${rincian.join(', ')}`);
	}
}

console.log('Siap / ready');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) {
			console.log(`${signal}: berhenti paksa / forced stop`);
			process.exit(1);
		}
		stopping = true;
		console.log(`${signal}: berhenti / stopping (menyelesaikan penulisan / finishing writes)`);
		running.close().then(
			() => {
				console.log('Berhenti / stopped');
				process.exit(0);
			},
			(error: unknown) => {
				console.error(error);
				process.exit(1);
			}
		);
	});
}
