/**
 * Demo data on the server: the demo Kota Wiradesa (src/lib/demo, the same documents the app loads
 * on a device), stored on the first start of a new data directory, so that the demo accounts have
 * something to sync and read. Written once, like the demo accounts: deleting it later keeps it
 * deleted, and databases that already hold data are left alone. Written through the API as the
 * server admin, so every document passes its database's validate_doc_update.
 * RAPOR_DEMO_DATA=0 turns it off.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from '../src/lib/demo/generate.ts';
import {
	DATABASE,
	KIND_DATABASE,
	toDocument,
	SETTINGS_DOCUMENT_ID,
	type StoredDocument,
	type DatabaseName
} from '../src/lib/domain/document.ts';
import { DEFAULT_SETTINGS } from '../src/lib/domain/schemas.ts';
import type { CouchClient } from './http/couch-client.ts';
import { allDocsSchema, bulkResultSchema, dbInfoSchema } from './http/schemas.ts';
import { RAPOR_DATABASES } from './setup/layout.ts';

export const DEMO_DATA_MARKER_FILE = 'demo-data-created';
const BATCH = 500;

/** Documents written, by database. */
export type DemoCounts = Record<DatabaseName, number>;

/** The demo data set and the default settings, as stored documents by database. */
export function demoDocuments(): Map<DatabaseName, StoredDocument[]> {
	const data = generateDemo();
	const docs: StoredDocument[] = [
		toDocument('pengaturan', { ...DEFAULT_SETTINGS, id: SETTINGS_DOCUMENT_ID }),
		...data.units.map((content) => toDocument('unit', content)),
		...data.jenisLayanan.map((content) => toDocument('jenisLayanan', content)),
		...data.periode.map((content) => toDocument('periode', content)),
		...data.populasi.map((content) => toDocument('populasi', content)),
		...data.indikator.map((content) => toDocument('indikator', content)),
		...data.realisasi.map((content) => toDocument('realisasi', content)),
		...data.responses.map((content) => toDocument('response', content)),
		...data.rtl.map((content) => toDocument('rtl', content)),
		...data.forumKonsultasi.map((content) => toDocument('forumKonsultasi', content)),
		...data.publikasiSkm.map((content) => toDocument('publikasiSkm', content))
	];
	const byDb = new Map<DatabaseName, StoredDocument[]>(RAPOR_DATABASES.map((db) => [db, []]));
	for (const doc of docs) byDb.get(DATABASE[KIND_DATABASE[doc.type]])!.push(doc);
	return byDb;
}

/** Whether a database holds any document besides design documents. */
async function holdsData(client: CouchClient, db: DatabaseName): Promise<boolean> {
	const { body: info } = await client.request('GET', `/${db}`, dbInfoSchema);
	const { body: designs } = await client.request('GET', `/${db}/_all_docs`, allDocsSchema, {
		query: { startkey: '_design/', endkey: '_design0' }
	});
	return (info?.doc_count ?? 0) > (designs?.rows.length ?? 0);
}

async function writeAll(
	client: CouchClient,
	db: DatabaseName,
	docs: StoredDocument[]
): Promise<void> {
	for (let i = 0; i < docs.length; i += BATCH) {
		const { body } = await client.request('POST', `/${db}/_bulk_docs`, bulkResultSchema, {
			body: { docs: docs.slice(i, i + BATCH) }
		});
		const refused = (body ?? []).filter((r) => r.error);
		if (refused.length > 0) {
			const first = refused.slice(0, 3).map((r) => `${r.id}: ${r.error} ${r.reason ?? ''}`);
			throw new Error(`demo data refused by ${db} (${refused.length}): ${first.join('; ')}`);
		}
	}
}

/**
 * Stores the demo data unless this data directory has had it, or its databases already hold
 * data; returns what was written, or null when nothing was.
 */
export async function seedDemoData(
	client: CouchClient,
	dataDir: string
): Promise<DemoCounts | null> {
	const marker = join(dataDir, DEMO_DATA_MARKER_FILE);
	if (existsSync(marker)) return null;
	let count: DemoCounts | null = null;
	const holding = await Promise.all(RAPOR_DATABASES.map((db) => holdsData(client, db)));
	if (!holding.includes(true)) {
		const docs = demoDocuments();
		for (const [db, list] of docs) await writeAll(client, db, list);
		count = Object.fromEntries([...docs].map(([db, list]) => [db, list.length])) as DemoCounts;
	}
	writeFileSync(marker, `${new Date().toISOString()}\n`, { mode: 0o600 });
	return count;
}
