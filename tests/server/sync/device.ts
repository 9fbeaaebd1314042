/**
 * A device for sync tests: a Dexie database (fake-indexeddb in Node) with the outbox middleware,
 * and the sync engine's pieces talking to the real server over HTTP as one account.
 */
import 'fake-indexeddb/auto';
import type { DatabaseKey } from '../../../src/lib/domain/document.ts';
import { DATABASE } from '../../../src/lib/domain/document.ts';
import type { User } from '../../../src/lib/domain/schemas.ts';
import { openDb, type RaporDb } from '../../../src/lib/db/schema.ts';
import { setUser } from '../../../src/lib/db/device.ts';
import { SyncEngine } from '../../../src/lib/sync/engine.ts';
import { changeTracker } from '../../../src/lib/sync/tracker.ts';
import { pull } from '../../../src/lib/sync/pull.ts';
import { push } from '../../../src/lib/sync/push.ts';
import { openRemote, type Remote } from '../../../src/lib/sync/remote.ts';
import { pullPlan } from '../../../src/lib/sync/plan.ts';
import { createAccounts, masterDocs, passwordOf } from '../helpers/factories.ts';
import { seed } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let counter = 0;

export interface Device {
	db: RaporDb;
	pengguna: User;
	remote(kunci: DatabaseKey): Remote;
	/** Pushes every database, then pulls what the role pulls until caught up. */
	sync(): Promise<void>;
	mesin(opsi?: { tungguMs?: number; sesi?: () => Promise<string | null> }): SyncEngine;
	close(): Promise<void>;
}

export async function device(
	couchUrl: string,
	user: User,
	wrap: (r: Remote) => Remote = (r) => r
): Promise<Device> {
	const db = openDb(`device-${user.nama}-${++counter}-${Date.now()}`);
	db.use(changeTracker);
	await db.open();
	await setUser(db, user);
	const opened: Remote[] = [];
	const remote = (key: DatabaseKey) => {
		const r = openRemote(couchUrl, DATABASE[key], {
			auth: { username: user.nama, password: passwordOf(user.nama) }
		});
		opened.push(r);
		return wrap(r);
	};
	const mesinList: SyncEngine[] = [];
	return {
		db,
		pengguna: user,
		remote,
		async sync() {
			for (const key of ['master', 'skm', 'realisasi'] as const) {
				if ((await db.sinkron.where('[db+antre]').equals([key, 1]).count()) > 0) {
					await push(db, remote(key), key);
				}
			}
			for (const r of pullPlan(user)) {
				const rem = remote(r.db);
				while (!(await pull(db, rem, r.db, { selector: r.selector })).tersusul);
			}
		},
		mesin(opsi = {}) {
			const m = new SyncEngine({
				db,
				pengguna: user,
				remote,
				sesi: opsi.sesi ?? (async () => user.nama),
				tungguMs: opsi.tungguMs ?? 0,
				intervalMs: 60_000
			});
			mesinList.push(m);
			return m;
		},
		async close() {
			await Promise.all(mesinList.map((m) => m.berhenti()));
			await Promise.all(opened.map((r) => r.close()));
			db.close();
			await db.delete();
		}
	};
}

/** The real server with the test accounts and the master data every device pulls first. */
export async function serverSync(): Promise<TestServer> {
	const t = await startTestServer();
	await createAccounts(t.admin);
	for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
	return t;
}
