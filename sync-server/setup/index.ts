/**
 * Setup of a CouchDB-compatible server for Rapor: databases, `_security` objects and design
 * documents. Plain HTTP, so the same code prepares the embedded server (on every start) and an
 * Apache CouchDB 3 (`npm run admin -- setup` with COUCHDB_URL). Idempotent: it reads before it
 * writes and writes only what differs, so a second run reports no change.
 */
import { designDocs, DESIGN_ID, type DesignDoc } from '../design/index.ts';
import { docPath, type CouchClient } from '../http/couch-client.ts';
import {
	docSchema,
	okSchema,
	putResultSchema,
	securitySchema,
	type SecurityObject
} from '../http/schemas.ts';
import { sameJson, withoutMeta } from '../http/json.ts';
import { ensureCouchDbConfig, isApacheCouchDb } from './couchdb-config.ts';
import { RAPOR_DATABASES, securityObject, SYSTEM_DATABASES } from './layout.ts';
import { retryOnConflict } from '../admin/retry.ts';

export interface SetupChange {
	db: string;
	aksi: 'buat-database' | 'security' | 'design' | 'config';
	detail: string;
}

export interface SetupReport {
	perubahan: SetupChange[];
}

/** Security objects compared as sets of names and roles. */
function normalSecurity(sec: SecurityObject | null): string {
	const group = (g: { names?: string[]; roles?: string[] } | undefined) => ({
		names: [...(g?.names ?? [])].sort(),
		roles: [...(g?.roles ?? [])].sort()
	});
	const { admins, members, ...rest } = sec ?? {};
	return JSON.stringify({ admins: group(admins), members: group(members), rest });
}

async function ensureDatabase(client: CouchClient, db: string, out: SetupChange[]): Promise<void> {
	const head = await client.raw('HEAD', `/${encodeURIComponent(db)}`);
	if (head.status === 200) return;
	await client.request('PUT', `/${encodeURIComponent(db)}`, okSchema, { allow: [412] });
	out.push({ db, aksi: 'buat-database', detail: 'created' });
}

async function ensureSecurity(
	client: CouchClient,
	db: string,
	wanted: SecurityObject,
	out: SetupChange[]
): Promise<void> {
	const path = `/${encodeURIComponent(db)}/_security`;
	const { body } = await client.request('GET', path, securitySchema);
	if (normalSecurity(body) === normalSecurity(wanted)) return;
	await client.request('PUT', path, okSchema, { body: wanted });
	out.push({ db, aksi: 'security', detail: `members: ${wanted.members?.roles?.join(', ')}` });
}

async function ensureDesign(
	client: CouchClient,
	db: string,
	wanted: DesignDoc,
	out: SetupChange[]
): Promise<void> {
	const path = docPath(db, DESIGN_ID);
	const { body: current } = await client.request('GET', path, docSchema, { allow: [404] });
	if (current) {
		if (sameJson(withoutMeta(current), withoutMeta(wanted))) return;
		await client.request('PUT', path, putResultSchema, { body: { ...wanted, _rev: current._rev } });
		out.push({ db, aksi: 'design', detail: `${DESIGN_ID} updated` });
		return;
	}
	await client.request('PUT', path, putResultSchema, { body: wanted });
	out.push({ db, aksi: 'design', detail: `${DESIGN_ID} created` });
}

export async function runSetup(client: CouchClient): Promise<SetupReport> {
	const change: SetupChange[] = [];
	// Apache CouchDB: the same password, lockout and cookie policy as the embedded server's.
	if (await isApacheCouchDb(client)) {
		for (const c of await ensureCouchDbConfig(client)) {
			const detail = c.nilai === null ? `${c.kunci} removed` : `${c.kunci} = ${c.nilai}`;
			change.push({ db: `_node/${c.node}`, aksi: 'config', detail });
		}
	}
	for (const db of SYSTEM_DATABASES) await ensureDatabase(client, db, change);
	const designs = designDocs();
	for (const db of RAPOR_DATABASES) {
		await ensureDatabase(client, db, change);
		await ensureSecurity(client, db, securityObject(db), change);
		await retryOnConflict(() => ensureDesign(client, db, designs[db], change));
	}
	return { perubahan: change };
}
