/**
 * `npm run admin -- …` against the running server: accounts with roles and units, passwords
 * typed, piped or given, and master data imported from CSV, all or nothing.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument } from '../../src/lib/domain/document.ts';
import { toCsv } from '../../src/lib/import/table/csv.ts';
import { INDIKATOR_COLUMNS } from '../../src/lib/import/master/indikator.ts';
import { UNIT_COLUMNS } from '../../src/lib/import/master/unit.ts';
import { docPath } from '../../sync-server/http/couch-client.ts';
import { makeXlsx } from '../fixtures/xlsx-factory.ts';
import { admin } from './helpers/cli.ts';
import { seed } from './helpers/http.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

let t: TestServer;
let env: Record<string, string>;
const dir = tempDir('rapor-cli-');

const canLogIn = async (name: string, password: string) =>
	(await t.anonymous.raw('POST', '/_session', { name, password })).status === 200;

beforeAll(async () => {
	t = await startTestServer();
	env = { RAPOR_SERVER_URL: t.running.url, RAPOR_ADMIN_PASSWORD: t.running.admin.password };
	await seed(
		t.admin,
		DATABASE.master,
		toDocument('periode', { id: '2026-TW1', tahun: 2026, triwulan: 1 })
	);
});
afterAll(async () => {
	await t.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('accounts', () => {
	it('adds an enumerator for two units, who can then log in', async () => {
		const r = await admin(
			[
				'user',
				'add',
				'siti',
				'--role',
				'enumerator',
				'--unit',
				'pkm-a',
				'--unit',
				'kel-b',
				'--password',
				'sandi-siti-1'
			],
			env
		);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stderr).toContain('pkm-a, kel-b'); // not in rapor-master yet: a warning
		expect(await canLogIn('siti', 'sandi-siti-1')).toBe(true);
		const list = await admin(['user', 'list', '--json'], env);
		expect(JSON.parse(list.stdout)).toContainEqual({
			name: 'siti',
			peran: ['enumerator'],
			unitIds: ['pkm-a', 'kel-b'],
			lain: []
		});
	});

	it('reads the password from a pipe when none is given', async () => {
		const r = await admin(['user', 'add', 'budi', '--role', 'reviewer'], env, 'sandi-budi-1\n');
		expect(r.code, r.stderr).toBe(0);
		expect(await canLogIn('budi', 'sandi-budi-1')).toBe(true);
	});

	it('refuses an OPD account with two units, and a short password', async () => {
		const two = await admin(
			[
				'user',
				'add',
				'dua',
				'--role',
				'opd',
				'--unit',
				'a',
				'--unit',
				'b',
				'--password',
				'panjang-sekali'
			],
			env
		);
		expect(two.code).toBe(1);
		expect(two.stderr).toContain('exactly one unit');
		const short = await admin(
			['user', 'add', 'pendek', '--role', 'reviewer', '--password', 'abc'],
			env
		);
		expect(short.code).toBe(1);
		expect(await canLogIn('dua', 'panjang-sekali')).toBe(false);
	});

	it('changes roles and passwords, and removes accounts', async () => {
		await admin(
			['user', 'add', 'rina', '--role', 'opd', '--unit', 'dinas-x', '--password', 'sandi-rina-1'],
			env
		);
		const roles = await admin(['user', 'roles', 'rina', '--role', 'reviewer'], env);
		expect(roles.code, roles.stderr).toBe(0);
		const login = await t.anonymous.raw('POST', '/_session', {
			name: 'rina',
			password: 'sandi-rina-1'
		});
		expect(login.body).toMatchObject({ roles: ['reviewer'] });

		expect(
			(await admin(['user', 'password', 'rina', '--password', 'sandi-rina-2'], env)).code
		).toBe(0);
		expect(await canLogIn('rina', 'sandi-rina-1')).toBe(false);
		expect(await canLogIn('rina', 'sandi-rina-2')).toBe(true);

		expect((await admin(['user', 'remove', 'rina'], env)).code).toBe(0);
		expect(await canLogIn('rina', 'sandi-rina-2')).toBe(false);
	});

	it.skipIf(process.env.COUCHDB_URL)(
		'finds the admin password in the data directory when the environment has none (embedded server only)',
		async () => {
			const r = await admin(['user', 'list'], {
				RAPOR_SERVER_URL: t.running.url,
				RAPOR_DATA_DIR: t.running.dataDir
			});
			expect(r.code, r.stderr).toBe(0);
			expect(r.stdout).toContain('siti');
		}
	);

	it('explains its usage for an unknown command', async () => {
		const r = await admin(['user', 'hapus-semua'], env);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('npm run admin');
	});
});

describe('master data import', () => {
	const units = (rows: (string | number)[][]) => {
		const file = join(dir, `unit-${rows.length}-${Date.now()}.csv`);
		writeFileSync(file, toCsv([...UNIT_COLUMNS], rows));
		return file;
	};
	const exists = async (id: string) =>
		(await t.admin.raw('GET', docPath(DATABASE.master, `unit:${id}`))).status === 200;

	it('imports units from CSV, then finds them unchanged on a second import', async () => {
		const file = units([
			['kec-utara', 'Kecamatan Utara', '', 'kecamatan', '', 'ya', 'ya'],
			['kel-sukamaju', 'Kelurahan Sukamaju', '', 'kelurahan', 'kec-utara', 'tidak', 'ya'],
			['dinkes', 'Dinas Kesehatan', 'Dinkes', 'dinas', '', 'ya', 'tidak']
		]);
		const first = await admin(['import', 'units', file], env);
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout).toContain('3 baris: 3 baru, 0 berubah, 0 tetap');
		expect(await exists('kel-sukamaju')).toBe(true);
		const again = await admin(['import', 'unit', file], env);
		expect(again.stdout).toContain('0 baru, 0 berubah, 3 tetap');
	});

	it('writes nothing when one row is wrong, and names its line and column', async () => {
		const file = units([
			['upt-baru', 'UPT Baru', '', 'upt', '', 'tidak', 'ya'],
			['salah', 'Unit Salah', '', 'kantor', '', 'tidak', 'ya']
		]);
		const r = await admin(['import', 'units', file], env);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/Baris 3, kolom jenis/);
		expect(r.stderr).toContain('Tidak ada yang disimpan');
		expect(await exists('upt-baru')).toBe(false);
	});

	it('checks rows against the server: a unit whose parent does not exist is refused', async () => {
		const r = await admin(
			['import', 'units', units([['kel-x', 'Kel X', '', 'kelurahan', 'tidak-ada', 'tidak', 'ya']])],
			env
		);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/Baris 2, kolom induk_id/);
	});

	it('imports an XLSX file (first sheet, number cells taken exactly)', async () => {
		const file = join(dir, 'unit.xlsx');
		writeFileSync(
			file,
			makeXlsx([[...UNIT_COLUMNS], ['upt-xlsx', 'UPT dari Excel', '', 'upt', '', 'tidak', 'ya']])
		);
		const r = await admin(['import', 'units', file], env);
		expect(r.code, r.stderr).toBe(0);
		expect(await exists('upt-xlsx')).toBe(true);
	});

	it('imports indicators, with a dry run first that writes nothing', async () => {
		const file = join(dir, 'indikator.csv');
		writeFileSync(
			file,
			toCsv(
				[...INDIKATOR_COLUMNS],
				[['', 'dinkes', 2026, 'Persentase balita stunting', '%', 'negatif', '14,5', 14, '13,5', 13]]
			)
		);
		const dry = await admin(['import', 'indikator', file, '--dry-run'], env);
		expect(dry.code, dry.stderr).toBe(0);
		const count = async () => {
			const all = await t.admin.raw('GET', `/${DATABASE.master}/_all_docs`, undefined, {
				startkey: 'indikator:',
				endkey: 'indikator:\ufff0'
			});
			return (all.body as { rows: unknown[] }).rows.length;
		};
		expect(await count()).toBe(0);
		const real = await admin(['import', 'indikator', file], env);
		expect(real.code, real.stderr).toBe(0);
		expect(await count()).toBe(1);
	});
});
