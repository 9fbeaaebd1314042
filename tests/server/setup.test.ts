/**
 * Setup applies the databases, security objects and design documents through plain HTTP, the
 * same code for the embedded server and for Apache CouchDB, and changes nothing when run again.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../src/lib/domain/document.ts';
import { designDoc, DESIGN_ID } from '../../sync-server/design/index.ts';
import { docPath } from '../../sync-server/http/couch-client.ts';
import { runSetup } from '../../sync-server/setup/index.ts';
import { securityObject } from '../../sync-server/setup/layout.ts';
import { admin } from './helpers/cli.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

let t: TestServer;
beforeAll(async () => {
	t = await startTestServer({ dataDir: tempDir('rapor-setup-') });
});
afterAll(async () => {
	await t.close();
	rmSync(t.running.dataDir, { recursive: true, force: true });
});

describe('setup', () => {
	it('prepares a new server on its first start', () => {
		const aksi = t.running.setup!.perubahan.map((p) => `${p.db} ${p.aksi}`);
		for (const db of Object.values(DATABASE)) {
			expect(aksi).toEqual(
				expect.arrayContaining([`${db} buat-database`, `${db} security`, `${db} design`])
			);
		}
	});

	it('changes nothing when run a second time', async () => {
		expect((await runSetup(t.admin)).perubahan).toEqual([]);
	});

	it('leaves every database with its members and its validation', async () => {
		for (const [key, db] of Object.entries(DATABASE)) {
			const security = await t.admin.raw('GET', `/${db}/_security`);
			expect(security.body).toEqual(securityObject(db));
			const design = (await t.admin.raw('GET', docPath(db, DESIGN_ID))).body as Record<
				string,
				unknown
			>;
			const wanted = designDoc(key as keyof typeof DATABASE);
			expect(design.validate_doc_update).toBe(wanted.validate_doc_update);
			expect(design.views).toEqual(wanted.views);
		}
	});

	it('repairs exactly what was changed by hand, then again changes nothing', async () => {
		await t.admin.raw('PUT', `/${DATABASE.skm}/_security`, { members: { roles: ['enumerator'] } });
		const path = docPath(DATABASE.realisasi, DESIGN_ID);
		const design = (await t.admin.raw('GET', path)).body as Record<string, unknown>;
		await t.admin.raw('PUT', path, { ...design, validate_doc_update: 'function () {}' });

		const repaired = await runSetup(t.admin);
		expect(repaired.perubahan.map((p) => `${p.db} ${p.aksi}`).sort()).toEqual([
			`${DATABASE.realisasi} design`,
			`${DATABASE.skm} security`
		]);
		expect((await runSetup(t.admin)).perubahan).toEqual([]);
	});

	it('runs from the admin CLI against a CouchDB URL with the credentials in it', async () => {
		const { name, password } = t.running.admin;
		const url = new URL(t.running.couchUrl);
		url.username = name;
		url.password = password;
		const result = await admin(['setup'], { COUCHDB_URL: url.toString() });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('0 perubahan');
		expect(result.stdout).not.toContain(password);
	});

	it('finds nothing to do when the server starts again on the same data', async () => {
		const dataDir = t.running.dataDir;
		await t.close();
		t = await startTestServer({ dataDir });
		expect(t.running.setup!.perubahan).toEqual([]);
	});
});
