import { setUser } from '$lib/db/device';
import { ensureInitialised } from '$lib/db/storage';
import { firstTimeDemo } from '$lib/demo/background';
import { onVersionChange, openDb, type DbInterruption, type RaporDb } from '$lib/db/schema';
import { changeTracker } from '$lib/sync/tracker';
import { activeAccount, databaseName } from './account.svelte';

let opening: Promise<RaporDb> | null = null;

class DbStatus {
	/** Another tab upgraded the database (this one must reload), or this tab's upgrade is blocked. */
	interruption = $state<DbInterruption | null>(null);
}

export const dbStatus = new DbStatus();

/**
 * The device database, opened once per page: the signed-in account's own (every change queued for
 * sync), or the local demo one, which gets the demo data on its very first start (in a worker).
 */
export function database(): Promise<RaporDb> {
	opening ??= (async () => {
		const db = openDb(databaseName(activeAccount));
		if (activeAccount) db.use(changeTracker);
		onVersionChange(db, (interruption) => (dbStatus.interruption = interruption));
		await db.open();
		if (activeAccount) {
			await ensureInitialised(db);
			await setUser(db, activeAccount);
		} else await firstTimeDemo(db);
		return db;
	})();
	return opening;
}

const PERIODE_KEY = 'rapor.periode';

class PeriodeChoice {
	/** The triwulan every screen shows; null until the periods are loaded. */
	periodeId = $state<string | null>(
		typeof localStorage === 'undefined' ? null : localStorage.getItem(PERIODE_KEY)
	);

	pilihPeriode(id: string) {
		this.periodeId = id;
		localStorage.setItem(PERIODE_KEY, id);
	}
}

export const periodeChoice = new PeriodeChoice();
