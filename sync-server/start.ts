/**
 * `npm start`: the whole product in one process: the built app at /, the CouchDB-compatible sync
 * API at /db (set up on every start), and on the first start of a data directory the demo
 * accounts and the demo data. Stops cleanly on SIGINT/SIGTERM: writes in progress finish, LevelDB
 * is closed.
 *
 * `npm run start:produksi` (or RAPOR_PRODUKSI=1): the same server for real use. It makes no demo
 * accounts or data, and refuses to start while anything of the demo is left (demo accounts, the
 * demo markers in the data directory, an account still using the published demo password) or the
 * admin password given in RAPOR_ADMIN_PASSWORD is weak.
 *
 * HTTPS: with RAPOR_TLS_CERT and RAPOR_TLS_KEY (PEM files) it serves HTTPS on PORT (default 8443)
 * and redirects plain HTTP on RAPOR_HTTP_PORT (default 8080; "off" for none) to it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { verifyPassword } from './auth/passwords.ts';
import {
	DEMO_ACCOUNTS,
	createDemoAccounts,
	DEMO_MARKER_FILE,
	DEMO_PASSWORD
} from './demo-accounts.ts';
import { DEMO_DATA_MARKER_FILE, seedDemoData } from './demo-data.ts';
import { CouchClient } from './http/couch-client.ts';
import { tlsFromEnv } from './http/tls.ts';
import { startServer, type ServerOptions } from './server.ts';

/**
 * A rejected promise nobody handled (a bug in a library on some request) is logged and the server
 * keeps serving: the request it belonged to fails, the others are unharmed. An uncaught exception
 * is different: the process may be in a state nobody planned for (Node's own advice), so it is
 * logged and the process exits with an error; run it under a supervisor that restarts it
 * (systemd, see the README).
 */
process.on('unhandledRejection', (reason) => {
	const detail = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
	console.error(
		`${new Date().toISOString()} unhandledRejection (server tetap berjalan / keeps running): ${detail}`
	);
});
process.on('uncaughtExceptionMonitor', (error) => {
	console.error(
		`${new Date().toISOString()} uncaughtException (server berhenti / stopping): ${error.stack ?? error.message}`
	);
});

const env = process.env;
const production = process.argv.includes('--produksi') || env.RAPOR_PRODUKSI === '1';
const tls = tlsFromEnv(env);
const port = Number(env.PORT ?? (tls ? 8443 : 8080));
const redirectSetting = env.RAPOR_HTTP_PORT ?? '8080';
const httpRedirectPort = tls && redirectSetting !== 'off' ? Number(redirectSetting) : undefined;
const host = env.HOST ?? '0.0.0.0';
const appDir = resolve(env.RAPOR_APP_DIR ?? 'build');
const dataDir = resolve(env.RAPOR_DATA_DIR ?? 'data');
const quiet = env.RAPOR_QUIET_LOG === '1';
const timeout = Number(env.RAPOR_SESSION_TIMEOUT ?? '') || undefined;

const serverOptions: ServerOptions = {
	port,
	host,
	appDir,
	dataDir,
	sessionTimeoutSeconds: timeout,
	tls,
	httpRedirectPort,
	trustProxy: env.RAPOR_TRUST_PROXY === '1',
	// Apache CouchDB behind this server as its guard (README "Apache CouchDB"); never expose it.
	couchdbUrl: env.RAPOR_COUCHDB_URL || undefined,
	log: quiet ? undefined : (line) => console.log(`${new Date().toISOString()} ${line}`)
};

/** Shortest admin password production accepts (NIST SP 800-63B asks at least 8; we ask more). */
const ADMIN_PASSWORD_MIN = 12;

/** What a production start refuses before it opens anything. */
function problemsBeforeStart(): string[] {
	const masalah: string[] = [];
	const sandiAdmin = env.RAPOR_ADMIN_PASSWORD;
	if (sandiAdmin !== undefined && sandiAdmin !== '') {
		if (sandiAdmin === DEMO_PASSWORD) {
			masalah.push(
				'RAPOR_ADMIN_PASSWORD adalah kata sandi demo yang dipublikasikan / is the published demo password'
			);
		} else if (sandiAdmin.length < ADMIN_PASSWORD_MIN) {
			masalah.push(
				`RAPOR_ADMIN_PASSWORD kurang dari ${ADMIN_PASSWORD_MIN} karakter / is shorter than ${ADMIN_PASSWORD_MIN} characters`
			);
		}
	}
	for (const penanda of [DEMO_MARKER_FILE, DEMO_DATA_MARKER_FILE]) {
		const file = join(dataDir, penanda);
		if (existsSync(file)) {
			masalah.push(
				`direktori data pernah dipakai untuk demo (${file}); pakai direktori data baru (RAPOR_DATA_DIR) / the data directory was used for the demo: use a new one`
			);
		}
	}
	return masalah;
}

const userDocsSchema = z.object({
	rows: z.array(
		z.object({
			id: z.string(),
			doc: z
				.looseObject({
					name: z.unknown().optional(),
					password_scheme: z.unknown().optional(),
					pbkdf2_prf: z.unknown().optional(),
					iterations: z.unknown().optional(),
					salt: z.unknown().optional(),
					derived_key: z.unknown().optional(),
					password_sha: z.unknown().optional()
				})
				.nullish()
		})
	)
});

/** Accounts in `_users` that are demo accounts or still take the demo password. */
async function accountProblem(client: CouchClient): Promise<string[]> {
	const { body } = await client.request('GET', '/_users/_all_docs', userDocsSchema, {
		query: { include_docs: true }
	});
	const demoNames = new Set(DEMO_ACCOUNTS.map((a) => a.name));
	const masalah: string[] = [];
	for (const row of body?.rows ?? []) {
		const name = typeof row.doc?.name === 'string' ? row.doc.name : null;
		if (!name || !row.id.startsWith('org.couchdb.user:')) continue;
		if (demoNames.has(name)) {
			masalah.push(
				`akun demo "${name}" ada; hapus: npm run admin -- user remove ${name} / demo account exists: remove it`
			);
		} else if (await verifyPassword(DEMO_PASSWORD, row.doc ?? {})) {
			masalah.push(
				`akun "${name}" memakai kata sandi demo; ganti: npm run admin -- user password ${name} / account uses the demo password: change it`
			);
		}
	}
	return masalah;
}

function refuseStart(masalah: readonly string[]): never {
	console.error('Mode produksi tidak mau mulai / production start refused:');
	for (const m of masalah) console.error(`  - ${m}`);
	process.exit(2);
}

if (production) {
	const awal = problemsBeforeStart();
	if (awal.length > 0) refuseStart(awal);
	// The accounts are read from a server that only this process can reach, before the real one
	// listens: no request is served while a demo account might still be there.
	const periksa = await startServer({
		...serverOptions,
		port: 0,
		host: '127.0.0.1',
		tls: undefined,
		httpRedirectPort: undefined,
		log: undefined
	});
	const akun = await accountProblem(
		new CouchClient({ url: periksa.localCouchUrl, credentials: periksa.admin })
	).finally(() => periksa.close());
	if (akun.length > 0) refuseStart(akun);
}

const running = await startServer(serverOptions);
const shown = running.url.replace('127.0.0.1', 'localhost');
console.log(`Rapor berjalan di / running at ${shown}`);
console.log(`  API sinkronisasi / sync API: ${shown}/db (data: ${running.dataDir})`);
if (running.redirect) {
	console.log(`  HTTP ${running.redirect.url} diarahkan ke / redirects to HTTPS`);
}
if (production)
	console.log('  Mode produksi / production: tanpa akun dan data demo / no demo accounts or data');

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

const client = new CouchClient({ url: running.localCouchUrl, credentials: admin });
if (!production && env.RAPOR_DEMO_ACCOUNTS !== '0') {
	const demo = await createDemoAccounts(client, running.dataDir);
	if (demo.length > 0) {
		console.log(`  Akun demo / demo accounts (kata sandi / password "${DEMO_PASSWORD}"):`);
		for (const akun of demo) {
			const units = akun.unitIds.length > 0 ? `; unit ${akun.unitIds.join(', ')}` : '';
			console.log(`    ${akun.name.padEnd(16)} ${akun.peran.join(', ')}${units}`);
		}
	}
}

if (!production && env.RAPOR_DEMO_DATA !== '0') {
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
