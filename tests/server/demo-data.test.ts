/**
 * The demo Kota Wiradesa on the server: stored once on the first start of a data directory,
 * through the API (every document passes validate_doc_update), readable by the demo roles and by
 * no one anonymous.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/lib/demo/generate.ts';
import { DATABASE, documentId, SETTINGS_DOCUMENT_ID } from '../../src/lib/domain/document.ts';
import { DEFAULT_SETTINGS } from '../../src/lib/domain/schemas.ts';
import { addUser } from '../../sync-server/admin/users.ts';
import { DEMO_DATA_MARKER_FILE, seedDemoData } from '../../sync-server/demo-data.ts';
import type { CouchClient } from '../../sync-server/http/couch-client.ts';
import { unit } from './helpers/factories.ts';
import { getDoc, seed } from './helpers/http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let t: TestServer | undefined;
afterEach(async () => {
	await t?.close();
	t = undefined;
});

/** Documents in a database, without its design documents. */
async function countDocuments(c: CouchClient, db: string): Promise<number> {
	const res = await c.raw('GET', `/${db}/_all_docs`);
	const rows = (res.body as { rows: { id: string }[] }).rows;
	return rows.filter((r) => !r.id.startsWith('_design/')).length;
}

async function countAll(c: CouchClient): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const db of Object.values(DATABASE)) out[db] = await countDocuments(c, db);
	return out;
}

describe('demo data on the server', () => {
	it('stores the demo Kota Wiradesa once, in the right databases', async () => {
		t = await startTestServer();
		const demo = generateDemo();
		const expected = {
			[DATABASE.master]:
				1 +
				demo.units.length +
				demo.jenisLayanan.length +
				demo.periode.length +
				demo.populasi.length +
				demo.indikator.length +
				demo.publikasiSkm.length,
			[DATABASE.skm]: demo.responses.length,
			[DATABASE.realisasi]: demo.realisasi.length + demo.rtl.length + demo.forumKonsultasi.length
		};
		const started = performance.now();
		expect(await seedDemoData(t.admin, t.running.dataDir)).toEqual(expected);
		console.log(
			`demo data: ${JSON.stringify(expected)} in ${(performance.now() - started).toFixed(0)} ms`
		);
		expect(await countAll(t.admin)).toEqual(expected);
		expect(existsSync(join(t.running.dataDir, DEMO_DATA_MARKER_FILE))).toBe(true);

		expect(await seedDemoData(t.admin, t.running.dataDir)).toBeNull();
		expect(await countAll(t.admin)).toEqual(expected);
	});

	it('lets a reviewer read it and no one anonymous', async () => {
		t = await startTestServer();
		await seedDemoData(t.admin, t.running.dataDir);
		await addUser(
			t.admin,
			{ name: 'pembaca', peran: ['reviewer'], unitIds: [] },
			'sandi-pembaca-1'
		);
		const reviewer = t.anonymous.as({ name: 'pembaca', password: 'sandi-pembaca-1' });
		const demo = generateDemo();
		const wanted = [
			[DATABASE.master, documentId('pengaturan', SETTINGS_DOCUMENT_ID)],
			[DATABASE.master, documentId('unit', demo.units[0]!.id)],
			[DATABASE.skm, documentId('response', demo.responses[0]!.id)],
			[DATABASE.realisasi, documentId('realisasi', demo.realisasi[0]!.id)]
		] as const;
		for (const [db, id] of wanted) {
			expect((await getDoc(reviewer, db, id)).status, `${db} ${id}`).toBe(200);
			expect((await getDoc(t.anonymous, db, id)).status, `${db} ${id}`).toBe(401);
		}
		const settings = await getDoc(reviewer, DATABASE.master, wanted[0][1]);
		expect(settings.body).toMatchObject({ ...DEFAULT_SETTINGS, id: SETTINGS_DOCUMENT_ID });
		expect(await countDocuments(reviewer, DATABASE.skm)).toBe(demo.responses.length);
	});

	it('leaves databases that already hold data alone', async () => {
		t = await startTestServer();
		await seed(t.admin, DATABASE.master, unit('dinas-nyata', 'dinas', true));
		expect(await seedDemoData(t.admin, t.running.dataDir)).toBeNull();
		expect(await countAll(t.admin)).toEqual({
			[DATABASE.master]: 1,
			[DATABASE.skm]: 0,
			[DATABASE.realisasi]: 0
		});
		expect(existsSync(join(t.running.dataDir, DEMO_DATA_MARKER_FILE))).toBe(true);
	});
});
