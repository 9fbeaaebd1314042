/**
 * The admin CLI: `npm run admin -- <command>`. It talks HTTP to the Rapor server (or to an Apache
 * CouchDB with COUCHDB_URL) as the server admin; see sync-server/admin/target.ts.
 *
 *   setup                                   databases, security objects, design documents
 *   user add <name> --role <r> [--unit <id> …] [--password <pw>]
 *   user password <name> [--password <pw>]
 *   user roles <name> --role <r> [--unit <id> …]
 *   user list [--json]
 *   user remove <name>
 *   import <unit|jenis-layanan|populasi|indikator> <file.csv|file.xlsx> [--dry-run]
 *   backup <file.ndjson>
 *   restore <file.ndjson>
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../src/lib/domain/schemas.ts';
import { backup, BackupError, restore } from './admin/backup.ts';
import { importMaster, KIND_NAMES } from './admin/import-master.ts';
import { askPassword } from './admin/prompt.ts';
import { resolveTarget } from './admin/target.ts';
import {
	addUser,
	AccountError,
	listUsers,
	removeUser,
	setPassword,
	setRoles,
	unknownUnits
} from './admin/users.ts';
import { CouchClient, CouchError } from './http/couch-client.ts';
import { runSetup } from './setup/index.ts';

const USAGE = `Pemakaian / usage: npm run admin -- <perintah>
  setup
  user add <nama> --role <${ROLES.join('|')}> [--unit <unitId> …] [--password <kata sandi>]
  user password <nama> [--password <kata sandi>]
  user roles <nama> --role <peran> [--unit <unitId> …]
  user list [--json]
  user remove <nama>
  import <${Object.keys(KIND_NAMES).join('|')}> <berkas.csv|berkas.xlsx> [--dry-run]
  backup <berkas.ndjson>
  restore <berkas.ndjson>
Server: RAPOR_SERVER_URL (default http://127.0.0.1:8080) or COUCHDB_URL;
admin: RAPOR_ADMIN_USER/RAPOR_ADMIN_PASSWORD, or the password file in RAPOR_DATA_DIR (./data).`;

class UsageError extends Error {}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		role: { type: 'string', multiple: true },
		unit: { type: 'string', multiple: true },
		password: { type: 'string' },
		json: { type: 'boolean' },
		'dry-run': { type: 'boolean' },
		help: { type: 'boolean', short: 'h' }
	}
});

function accountFromOptions(name: string | undefined) {
	if (!name) throw new UsageError('nama pengguna? / user name?');
	const peran = (values.role ?? []).map((r) => {
		if (!(ROLES as readonly string[]).includes(r))
			throw new UsageError(`peran tidak dikenal: ${r}`);
		return r as Role;
	});
	return { name, peran, unitIds: values.unit ?? [] };
}

async function passwordFor(name: string): Promise<string> {
	if (values.password !== undefined) return values.password;
	return askPassword(name);
}

async function warnUnknownUnits(client: CouchClient, unitIds: readonly string[]) {
	const missing = await unknownUnits(client, unitIds);
	if (missing.length > 0) {
		console.warn(
			`Perhatian: unit belum ada di rapor-master / not in rapor-master yet: ${missing.join(', ')}`
		);
	}
}

async function user(client: CouchClient, action: string | undefined, name: string | undefined) {
	switch (action) {
		case 'add': {
			const account = accountFromOptions(name);
			await addUser(client, account, await passwordFor(account.name));
			console.log(`Pengguna ${account.name} dibuat / created: ${account.peran.join(', ')}`);
			return warnUnknownUnits(client, account.unitIds);
		}
		case 'password':
			if (!name) throw new UsageError('nama pengguna? / user name?');
			await setPassword(client, name, await passwordFor(name));
			return console.log(`Kata sandi ${name} diganti / password changed`);
		case 'roles': {
			const akun = accountFromOptions(name);
			await setRoles(client, akun);
			console.log(
				`Peran ${akun.name}: ${akun.peran.join(', ')}; unit: ${akun.unitIds.join(', ') || '-'}`
			);
			return warnUnknownUnits(client, akun.unitIds);
		}
		case 'list': {
			const users = await listUsers(client);
			if (values.json) return console.log(JSON.stringify(users, null, 2));
			for (const u of users) {
				const units = u.unitIds.length > 0 ? `  unit: ${u.unitIds.join(', ')}` : '';
				console.log(`${u.name.padEnd(24)} ${u.peran.join(', ') || '-'}${units}`);
			}
			return;
		}
		case 'remove':
			if (!name) throw new UsageError('nama pengguna? / user name?');
			await removeUser(client, name);
			return console.log(`Pengguna ${name} dihapus / removed`);
		default:
			throw new UsageError(`perintah user tidak dikenal: ${action ?? ''}`);
	}
}

async function main(): Promise<number> {
	const [command, ...rest] = positionals;
	if (values.help || !command) {
		console.log(USAGE);
		return command ? 0 : 2;
	}
	const { target, description } = resolveTarget();
	if (!target.credentials) {
		throw new UsageError('kredensial admin tidak ditemukan / no admin credentials found');
	}
	const client = new CouchClient(target);
	switch (command) {
		case 'setup': {
			const { perubahan: change } = await runSetup(client);
			for (const p of change) console.log(`${p.db}: ${p.aksi} (${p.detail})`);
			console.log(`${description}: ${change.length} perubahan / changes`);
			return 0;
		}
		case 'user':
			await user(client, rest[0], rest[1]);
			return 0;
		case 'import': {
			const kind = KIND_NAMES[rest[0] ?? ''];
			if (!kind || !rest[1]) throw new UsageError('import <jenis> <berkas>');
			const report = await importMaster(client, kind, rest[1], { dryRun: values['dry-run'] });
			for (const e of report.errors) console.error(e);
			if (report.errors.length > 0) {
				console.error(
					`Tidak ada yang disimpan / nothing was written (${report.errors.length} kesalahan)`
				);
				return 1;
			}
			const verb = values['dry-run'] ? 'akan / would be' : '';
			console.log(
				`${report.jumlahBaris} baris: ${report.baru} baru, ${report.berubah} berubah, ` +
					`${report.tetap} tetap ${verb}`.trim()
			);
			return 0;
		}
		case 'backup': {
			if (!rest[0]) throw new UsageError('backup <berkas>');
			const { jumlah: count } = await backup(client, rest[0]);
			console.log(`Backup ${rest[0]} (mode 0600): ${JSON.stringify(count)}`);
			return 0;
		}
		case 'restore': {
			if (!rest[0]) throw new UsageError('restore <berkas>');
			const laporan = await restore(client, rest[0]);
			console.log(`Dipulihkan / restored: ${JSON.stringify(laporan.ditulis)}`);
			for (const d of laporan.ditolak)
				console.error(`ditolak / refused ${d.db} ${d.id}: ${d.reason}`);
			return laporan.ditolak.length > 0 ? 1 : 0;
		}
		default:
			throw new UsageError(`perintah tidak dikenal / unknown command: ${command}`);
	}
}

try {
	process.exitCode = await main();
} catch (error) {
	if (error instanceof UsageError) {
		console.error(`${error.message}\n\n${USAGE}`);
		process.exitCode = 2;
	} else if (
		error instanceof AccountError ||
		error instanceof BackupError ||
		error instanceof CouchError
	) {
		console.error(error.message);
		process.exitCode = 1;
	} else {
		throw error;
	}
}
