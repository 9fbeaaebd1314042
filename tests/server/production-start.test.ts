/**
 * The production start (`npm run start:produksi`) makes no demo accounts or data, and refuses to
 * start, saying why in Indonesian first, while anything of the demo is left: a demo account, the
 * demo markers in the data directory, an account with the published demo password, or a weak
 * admin password in RAPOR_ADMIN_PASSWORD.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUser } from '../../sync-server/admin/users.ts';
import { DEMO_ACCOUNTS, DEMO_MARKER_FILE, DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { DEMO_DATA_MARKER_FILE } from '../../sync-server/demo-data.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { ADMIN_PASSWORD_FILE } from '../../sync-server/secrets.ts';
import { ROOT } from './helpers/cli.ts';
import { COUCHDB_URL, freshCouchDb } from './helpers/couchdb.ts';
import { fakeAppDir, startTestServer, tempDir } from './helpers/server.ts';

const appDir = fakeAppDir();
const dirs: string[] = [appDir];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function newDataDir(): string {
	const dir = tempDir('rapor-produksi-');
	dirs.push(dir);
	return dir;
}

interface Run {
	/** Exit code, or null while it is still running (then it is ready). */
	code: number | null;
	output: string;
	url: string | null;
	stop(): Promise<number | null>;
}

/** `node sync-server/start.ts --produksi` as `npm run start:produksi` runs it. */
function startProduction(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Run> {
	const env: Record<string, string | undefined> = {
		...process.env,
		PORT: '0',
		HOST: '127.0.0.1',
		RAPOR_DATA_DIR: dataDir,
		RAPOR_APP_DIR: appDir,
		RAPOR_QUIET_LOG: '1',
		// The same back end as the test servers that made the accounts.
		...(COUCHDB_URL ? { RAPOR_COUCHDB_URL: COUCHDB_URL } : {}),
		...extraEnv
	};
	for (const key of ['RAPOR_DEMO_ACCOUNTS', 'RAPOR_DEMO_DATA', 'RAPOR_PRODUKSI']) delete env[key];
	if (!('RAPOR_ADMIN_PASSWORD' in extraEnv)) delete env.RAPOR_ADMIN_PASSWORD;
	const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/start.ts', '--produksi'], {
		cwd: ROOT,
		env
	});
	let output = '';
	const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const stop = () => {
		child.kill('SIGTERM');
		return exit;
	};
	return new Promise((resolve) => {
		child.stdout.on('data', (d: Buffer) => {
			output += d.toString();
			const url = /running at (https?:\/\/\S+)/.exec(output)?.[1];
			if (url && output.includes('Siap / ready')) {
				resolve({ code: null, output, url: url.replace('localhost', '127.0.0.1'), stop });
			}
		});
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		void exit.then((code) => resolve({ code, output, url: null, stop }));
	});
}

/** A data directory whose server has these accounts (made through the API, as the CLI does). */
async function dataDirWithAccounts(accounts: { name: string; password: string }[]) {
	const dataDir = newDataDir();
	const t = await startTestServer({ dataDir });
	for (const { name, password } of accounts) {
		await addUser(t.admin, { name, peran: ['enumerator'], unitIds: ['pkm-a'] }, password);
	}
	await t.close();
	return dataDir;
}

function expectRefusal(run: Run, reason: RegExp): void {
	expect(run.code, run.output).toBe(2);
	expect(run.output).toMatch(/Mode produksi tidak mau mulai/);
	expect(run.output).toMatch(reason);
	expect(run.output).not.toContain('Siap / ready');
}

describe('npm run start:produksi', () => {
	it('starts on a new data directory with no demo account and no demo data', async () => {
		const dataDir = newDataDir();
		// A new installation: in front of Apache CouchDB, a CouchDB without accounts either.
		if (COUCHDB_URL) await freshCouchDb(COUCHDB_URL);
		const run = await startProduction(dataDir);
		expect(run.code, run.output).toBeNull();
		try {
			expect(run.output).toContain('Mode produksi');
			expect(run.output).not.toMatch(/Akun demo|Data demo/);
			expect(existsSync(join(dataDir, DEMO_MARKER_FILE))).toBe(false);
			expect(existsSync(join(dataDir, DEMO_DATA_MARKER_FILE))).toBe(false);
			const demo = new CouchClient({
				url: `${run.url}/db`,
				credentials: { name: 'demo-admin', password: DEMO_PASSWORD }
			});
			expect((await demo.raw('GET', '/_session')).status).toBe(401);
		} finally {
			expect(await run.stop()).toBe(0);
		}
	}, 60_000);

	it('refuses a data directory the demo has used', async () => {
		const dataDir = await dataDirWithAccounts([]);
		writeFileSync(join(dataDir, DEMO_DATA_MARKER_FILE), 'x');
		expectRefusal(await startProduction(dataDir), /pernah dipakai untuk demo/);
	}, 60_000);

	it('refuses while a demo account exists', async () => {
		const name = DEMO_ACCOUNTS[0]!.name;
		const dataDir = await dataDirWithAccounts([{ name, password: 'bukan-sandi-demo-123' }]);
		expectRefusal(await startProduction(dataDir), new RegExp(`akun demo "${name}" ada`));
	}, 60_000);

	it('refuses while an account still has the published demo password', async () => {
		const dataDir = await dataDirWithAccounts([{ name: 'petugas-1', password: DEMO_PASSWORD }]);
		expectRefusal(await startProduction(dataDir), /akun "petugas-1" memakai kata sandi demo/);
	}, 60_000);

	it.each([
		['shorter than 12 characters', 'pendek-123', /kurang dari 12 karakter/],
		['the demo password', DEMO_PASSWORD, /kata sandi demo/]
	])(
		'refuses an admin password that is %s',
		async (_what, password, reason) => {
			const dataDir = newDataDir();
			const run = await startProduction(dataDir, { RAPOR_ADMIN_PASSWORD: password });
			expectRefusal(run, reason);
			// Refused before anything was opened: no data directory content was made.
			expect(existsSync(join(dataDir, ADMIN_PASSWORD_FILE))).toBe(false);
		},
		60_000
	);
});
