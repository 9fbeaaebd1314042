/**
 * Demo accounts, made on the first start of a new data directory so that a new user can log in
 * to the demo Kota Wiradesa at once. They are made only once: deleting them later keeps them
 * deleted. RAPOR_DEMO_ACCOUNTS=0 turns them off (do that on a server others can reach).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../src/lib/domain/schemas.ts';
import { addUser, listUsers } from './admin/users.ts';
import type { CouchClient } from './http/couch-client.ts';

export const DEMO_MARKER_FILE = 'demo-accounts-created';
/** One documented password for every demo account. */
export const DEMO_PASSWORD = 'wiradesa2026';

export interface DemoAccount {
	name: string;
	peran: Role[];
	unitIds: string[];
}

/** Units of the demo Kota Wiradesa (src/lib/demo/catalog.ts, ids with the demo- prefix). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
	{ name: 'demo-admin', peran: ['admin'], unitIds: [] },
	{
		name: 'demo-enumerator',
		peran: ['enumerator'],
		unitIds: ['demo-dinkes', 'demo-pkm-wiradesa', 'demo-disdukcapil']
	},
	{ name: 'demo-opd', peran: ['opd'], unitIds: ['demo-dinkes'] },
	{ name: 'demo-reviewer', peran: ['reviewer'], unitIds: [] }
];

/** Creates the demo accounts unless this data directory has had them; returns those created. */
export async function createDemoAccounts(
	client: CouchClient,
	dataDir: string
): Promise<DemoAccount[]> {
	const marker = join(dataDir, DEMO_MARKER_FILE);
	if (existsSync(marker)) return [];
	const existing = new Set((await listUsers(client)).map((u) => u.name));
	const created: DemoAccount[] = [];
	for (const account of DEMO_ACCOUNTS) {
		if (existing.has(account.name)) continue;
		await addUser(client, account, DEMO_PASSWORD);
		created.push(account);
	}
	writeFileSync(marker, `${new Date().toISOString()}\n`, { mode: 0o600 });
	return created;
}
