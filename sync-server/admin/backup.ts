/**
 * Backup and restore of every Rapor database through the CouchDB API (so it works against the
 * embedded server and CouchDB alike), in one NDJSON file:
 *
 *   {"format":"rapor-backup","versi":1,"dibuat":…,"databases":[…]}   header
 *   {"db":"rapor-skm","security":{…}}                                 per database
 *   {"db":"rapor-skm","doc":{…,"_revisions":{…}}}                      every leaf revision
 *   {"selesai":true,"jumlah":{"rapor-skm":1234,…}}                    footer (a cut file is refused)
 *
 * Every leaf revision is kept, with its history: conflicts and deletions survive a restore, and
 * documents keep their revision ids, so devices resume syncing without re-sending everything.
 * `_users` is included (accounts, with their password hashes): the file is written with mode 0600.
 */
import { retryOnConflict } from './retry.ts';
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { z } from 'zod';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { docPath, type CouchClient } from '../http/couch-client.ts';
import {
	bulkGetSchema,
	bulkResultSchema,
	docSchema,
	okSchema,
	putResultSchema,
	securitySchema,
	type CouchDoc,
	type SecurityObject
} from '../http/schemas.ts';
import { sameJson, withoutMeta } from '../http/json.ts';
import { runSetup, type SetupReport } from '../setup/index.ts';

export const BACKUP_FORMAT = 'rapor-backup';
export const BACKUP_DATABASES = ['_users', ...Object.values(DATABASE)] as const;
const USER_PREFIX = 'org.couchdb.user:';
const PAGE = 500;

const changesSchema = z.object({
	results: z.array(z.object({ id: z.string(), changes: z.array(z.object({ rev: z.string() })) })),
	last_seq: z.union([z.string(), z.number()])
});

/** Whether a document of `db` belongs in a backup (accounts only, from `_users`). */
const backedUp = (db: string, id: string) => db !== '_users' || id.startsWith(USER_PREFIX);

/** Every leaf revision of every document, with its history. */
async function* leafRevisions(client: CouchClient, db: string): AsyncGenerator<CouchDoc> {
	let since: string | number = 0;
	for (;;) {
		const page: z.infer<typeof changesSchema> | null = (
			await client.request('GET', `/${db}/_changes`, changesSchema, {
				query: { style: 'all_docs', limit: PAGE, since }
			})
		).body;
		const results = page?.results ?? [];
		const wanted = results
			.filter((r) => backedUp(db, r.id))
			.flatMap((r) => r.changes.map((c) => ({ id: r.id, rev: c.rev })));
		if (wanted.length > 0) {
			const { body: got } = await client.request('POST', `/${db}/_bulk_get`, bulkGetSchema, {
				query: { revs: true },
				body: { docs: wanted }
			});
			for (const result of got!.results) {
				for (const entry of result.docs) if ('ok' in entry) yield entry.ok;
			}
		}
		if (!page || results.length < PAGE) return;
		since = page.last_seq;
	}
}

export interface BackupReport {
	file: string;
	jumlah: Record<string, number>;
}

export async function backup(client: CouchClient, file: string): Promise<BackupReport> {
	const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
	await once(out, 'open');
	const write = async (line: unknown) => {
		if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
	};
	const count: Record<string, number> = {};
	try {
		await write({
			format: BACKUP_FORMAT,
			versi: 1,
			dibuat: new Date().toISOString(),
			databases: BACKUP_DATABASES
		});
		for (const db of BACKUP_DATABASES) {
			const { body: security } = await client.request('GET', `/${db}/_security`, securitySchema);
			await write({ db, security });
			count[db] = 0;
			for await (const doc of leafRevisions(client, db)) {
				await write({ db, doc });
				count[db]++;
			}
		}
		await write({ selesai: true, jumlah: count });
	} finally {
		out.end();
		await once(out, 'close');
	}
	return { file, jumlah: count };
}

const headerSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	versi: z.literal(1),
	databases: z.array(z.string())
});
const lineSchema = z.union([
	z.object({ db: z.string(), security: securitySchema }),
	z.object({ db: z.string(), doc: docSchema }),
	z.object({ selesai: z.literal(true), jumlah: z.record(z.string(), z.number()) })
]);

export class BackupError extends Error {
	override readonly name = 'BackupError';
}

interface BackupContents {
	security: Map<string, SecurityObject>;
	docs: Map<string, CouchDoc[]>;
}

/** Reads and checks a backup file: the header, every line, and the footer's counts. */
export function readBackup(file: string): BackupContents {
	const lines = readFileSync(file, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '');
	const parse = (line: string | undefined, n: number) => {
		try {
			return JSON.parse(line ?? '') as unknown;
		} catch {
			throw new BackupError(`line ${n}: not JSON`);
		}
	};
	if (!headerSchema.safeParse(parse(lines[0], 1)).success) {
		throw new BackupError('not a Rapor backup (header missing or of another format)');
	}
	const isi: BackupContents = { security: new Map(), docs: new Map() };
	let footer: Record<string, number> | null = null;
	lines.slice(1).forEach((raw, i) => {
		const parsed = lineSchema.safeParse(parse(raw, i + 2));
		if (!parsed.success || footer) throw new BackupError(`line ${i + 2}: unexpected content`);
		const line = parsed.data;
		if ('selesai' in line) footer = line.jumlah;
		else if ('security' in line) isi.security.set(line.db, line.security);
		else isi.docs.set(line.db, [...(isi.docs.get(line.db) ?? []), line.doc]);
	});
	if (!footer) throw new BackupError('the file is cut short (no closing line)');
	for (const [db, count] of Object.entries(footer as Record<string, number>)) {
		if ((isi.docs.get(db)?.length ?? 0) !== count) {
			throw new BackupError(
				`${db}: the closing line counts ${count} documents, the file has fewer`
			);
		}
	}
	return isi;
}

export interface RestoreReport {
	ditulis: Record<string, number>;
	ditolak: { db: string; id: string; reason: string }[];
	setup: SetupReport;
}

/** A design document is written over the current one, never beside it as a conflict. */
async function restoreDesign(client: CouchClient, db: string, doc: CouchDoc): Promise<boolean> {
	return retryOnConflict(() => writeDesign(client, db, doc));
}

async function writeDesign(client: CouchClient, db: string, doc: CouchDoc): Promise<boolean> {
	const path = docPath(db, doc._id);
	const { body: current } = await client.request('GET', path, docSchema, { allow: [404] });
	if (current && sameJson(withoutMeta(current), withoutMeta(doc))) return false;
	const content = { _id: doc._id, ...withoutMeta(doc) };
	const body = current?._rev ? { ...content, _rev: current._rev } : content;
	await client.request('PUT', path, putResultSchema, { body });
	return true;
}

/**
 * Writes a backup into a server: databases and security objects are created or replaced, every
 * revision is added with its history (new_edits=false: nothing newer on the server is lost), and
 * then setup brings design documents and security objects to this version of Rapor.
 */
export async function restore(client: CouchClient, file: string): Promise<RestoreReport> {
	const content = readBackup(file);
	const report: Omit<RestoreReport, 'setup'> = { ditulis: {}, ditolak: [] };
	for (const db of BACKUP_DATABASES) {
		await client.request('PUT', `/${db}`, okSchema, { allow: [412] });
		const security = content.security.get(db);
		if (security && db !== '_users') {
			await client.request('PUT', `/${db}/_security`, okSchema, { body: security });
		}
		const docs = content.docs.get(db) ?? [];
		report.ditulis[db] = 0;
		for (const doc of docs.filter((d) => d._id.startsWith('_design/'))) {
			if (await restoreDesign(client, db, doc)) report.ditulis[db]++;
		}
		const data = docs.filter((d) => !d._id.startsWith('_design/'));
		for (let i = 0; i < data.length; i += PAGE) {
			const batch = data.slice(i, i + PAGE);
			const { body } = await client.request('POST', `/${db}/_bulk_docs`, bulkResultSchema, {
				body: { docs: batch, new_edits: false }
			});
			const errors = (body ?? []).filter((r) => r.error);
			for (const e of errors) {
				report.ditolak.push({ db, id: e.id ?? '?', reason: `${e.error}: ${e.reason ?? ''}` });
			}
			report.ditulis[db] += batch.length - errors.length;
		}
	}
	return { ...report, setup: await runSetup(client) };
}
