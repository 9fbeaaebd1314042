/**
 * `npm start`'s process (sync-server/start.ts) stops cleanly on SIGTERM: writes in progress
 * finish, LevelDB is closed, and every write the server acknowledged is there after a restart.
 * Its first start also makes the demo accounts and stores the demo data (once).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument } from '../../src/lib/domain/document.ts';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';
import { CouchClient, docPath } from '../../sync-server/http/couch-client.ts';
import { ADMIN_PASSWORD_FILE } from '../../sync-server/secrets.ts';
import { ROOT } from './helpers/cli.ts';
import { fakeAppDir, startTestServer, tempDir } from './helpers/server.ts';

const dataDir = tempDir('rapor-shutdown-');
const appDir = fakeAppDir();

interface Child {
	process: ChildProcess;
	url: string;
	output: () => string;
	exit: Promise<number | null>;
}

function start(): Promise<Child> {
	const env: Record<string, string | undefined> = {
		...process.env,
		PORT: '0',
		HOST: '127.0.0.1',
		RAPOR_DATA_DIR: dataDir,
		RAPOR_APP_DIR: appDir
	};
	for (const key of [
		'RAPOR_ADMIN_PASSWORD',
		'RAPOR_DEMO_ACCOUNTS',
		'RAPOR_DEMO_DATA',
		'RAPOR_QUIET_LOG'
	])
		delete env[key];
	const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/start.ts'], {
		cwd: ROOT,
		env
	});
	let output = '';
	const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return new Promise((resolve, reject) => {
		const onData = (d: Buffer) => {
			output += d.toString();
			const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
			if (url && output.includes('Siap / ready')) {
				const local = url.replace('localhost', '127.0.0.1');
				resolve({ process: child, url: local, output: () => output, exit });
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		exit.then((code) => reject(new Error(`exited ${code}: ${output}`)));
	});
}

afterAll(() => {
	rmSync(dataDir, { recursive: true, force: true });
	rmSync(appDir, { recursive: true, force: true });
});

describe('npm start', () => {
	it('keeps every acknowledged write through SIGTERM and a restart', async () => {
		const first = await start();
		const password = readFileSync(join(dataDir, ADMIN_PASSWORD_FILE), 'utf8').trim();
		const admin = new CouchClient({
			url: `${first.url}/db`,
			credentials: { name: 'admin', password }
		});

		// The first start made the demo accounts and the demo data, and did not print the generated
		// password to a pipe.
		expect(first.output()).toContain('demo-enumerator');
		expect(first.output()).toMatch(
			/demo data: \d+ rapor-master, \d+ rapor-skm, \d+ rapor-realisasi/
		);
		expect(first.output()).not.toContain(password);

		const docs = Array.from({ length: 80 }, (_, i) =>
			toDocument('unit', {
				id: `u-${i}`,
				nama: `Unit ${i}`,
				singkatan: '',
				jenis: 'upt',
				dinilaiIndeks: false,
				layananSkm: true
			})
		);
		const put = (d: (typeof docs)[number]) =>
			admin.raw('PUT', docPath(DATABASE.master, d._id), d).catch(() => null);
		// A first wave is in flight when SIGTERM arrives; a second wave comes after it.
		let signalled = false;
		const firstWave = docs.slice(0, 60).map((d) =>
			put(d).then((res) => {
				if (!signalled) {
					signalled = true;
					first.process.kill('SIGTERM');
					secondWave.push(...docs.slice(60).map(put));
				}
				return res;
			})
		);
		const secondWave: Promise<Awaited<ReturnType<typeof put>>>[] = [];
		const results = [...(await Promise.all(firstWave)), ...(await Promise.all(secondWave))];
		expect(await first.exit).toBe(0);
		expect(first.output()).toContain('Berhenti / stopped');

		const acknowledged = results.flatMap((res, i) =>
			res?.status === 201 ? [{ id: docs[i]!._id, rev: (res.body as { rev: string }).rev }] : []
		);
		expect(acknowledged.length).toBeGreaterThan(0);
		// Whatever was not acknowledged was refused outright, never half-written.
		for (const res of results) if (res) expect([201, 503]).toContain(res.status);
		const refused = results.filter((r) => r?.status === 503).length;
		console.log(
			`shutdown: ${acknowledged.length} of ${docs.length} writes acknowledged, ${refused} refused ` +
				`with 503, ${results.filter((r) => r === null).length} connections closed`
		);

		const second = await start();
		try {
			const again = admin.as({ name: 'admin', password });
			const reopened = new CouchClient({
				url: `${second.url}/db`,
				credentials: again.target.credentials
			});
			for (const { id, rev } of acknowledged) {
				const res = await reopened.raw('GET', docPath(DATABASE.master, id));
				expect(res.status, id).toBe(200);
				expect((res.body as { _rev: string })._rev).toBe(rev);
			}
			// Demo accounts and data are made once, and the accounts read the data.
			expect(second.output()).not.toContain('Akun demo');
			expect(second.output()).not.toContain('Data demo');
			const demo = reopened.as({ name: 'demo-enumerator', password: DEMO_PASSWORD });
			const responses = await demo.raw('GET', `/${DATABASE.skm}/_all_docs`, undefined, {
				limit: 1
			});
			expect(responses.body).toMatchObject({ rows: [expect.anything()] });
		} finally {
			second.process.kill('SIGINT');
			expect(await second.exit).toBe(0);
		}
	}, 60_000);
});

/** LevelDB itself (the copy PouchDB uses), to see whether a store is still held open. */
const leveldown = createRequire(createRequire(import.meta.url).resolve('pouchdb'))('leveldown') as (
	path: string
) => { open(cb: (error: Error | null) => void): void; close(cb: () => void): void };

const isFree = (path: string) =>
	new Promise<boolean>((resolve) => {
		const db = leveldown(path);
		db.open((error) => (error ? resolve(false) : db.close(() => resolve(true))));
	});

describe('close()', () => {
	it.skipIf(process.env.COUCHDB_URL)(
		'releases every LevelDB store, view indexes and the account database included (embedded server only)',
		async () => {
			const dir = tempDir('rapor-close-');
			const t = await startTestServer({ dataDir: dir });
			await t.admin.raw('GET', `/${DATABASE.skm}/_design/rapor/_view/konflik`);
			await t.anonymous.raw('POST', '/_session', {
				name: 'admin',
				password: t.running.admin.password
			});
			// A long poll still waiting for a change is cut, not waited for.
			const waiting = t.admin
				.raw('GET', `/${DATABASE.skm}/_changes`, undefined, { feed: 'longpoll', since: 'now' })
				.catch(() => null);
			await new Promise((r) => setTimeout(r, 100));
			await t.close();
			await waiting;
			const stores = readdirSync(join(dir, 'db'));
			expect(stores).toEqual(expect.arrayContaining(['_users', DATABASE.skm]));
			expect(stores.some((s) => s.includes('-mrview-'))).toBe(true);
			for (const store of stores) expect(await isFree(join(dir, 'db', store)), store).toBe(true);
			rmSync(dir, { recursive: true, force: true });
		}
	);
});
