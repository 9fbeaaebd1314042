/**
 * Giving the main thread back during long work, so a pull or push never holds a phone's screen for
 * more than a few tens of milliseconds (the goal is no task over 100 ms with the CPU throttled 4×).
 * Only between transactions: an IndexedDB transaction commits when a task ends with nothing pending,
 * so inside one the work is split by awaiting requests instead (see pull.ts `simpan`).
 */

/** How long a piece of work may run before it yields. */
export const TURN_MS = 25;

interface TaskScheduler {
	yield?: () => Promise<void>;
}

/** Yields to the event loop: `scheduler.yield()` where there is one, else a zero-delay timer. */
export function giveTurn(): Promise<void> {
	const penjadwal = (globalThis as { scheduler?: TaskScheduler }).scheduler;
	if (typeof penjadwal?.yield === 'function') return penjadwal.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one piece of work: `mungkinBeriGiliran()` yields once TURN_MS have passed. */
export function turnClock(): { mungkinBeriGiliran(): Promise<void> | undefined } {
	let start = performance.now();
	return {
		mungkinBeriGiliran() {
			if (performance.now() - start < TURN_MS) return undefined;
			return giveTurn().then(() => {
				start = performance.now();
			});
		}
	};
}

/** `xs` in slices of `ukuran` (the last one shorter). */
export function* chunks<T>(xs: readonly T[], size: number): Generator<T[]> {
	for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

/** Rows per IndexedDB read or write request in sync work; each slice runs in a task of its own. */
export const ROWS_PER_REQUEST = 125;

interface ReadableTable<T, K> {
	bulkGet(keys: K[]): PromiseLike<(T | undefined)[]>;
}

/**
 * `table.bulkGet(keys)` a slice at a time: Chromium issues every get of one call in the same task,
 * and hundreds of them hold the main thread; awaited slices keep a transaction alive between tasks.
 */
export async function readInChunks<T, K>(table: ReadableTable<T, K>, keys: readonly K[]) {
	const out: (T | undefined)[] = [];
	for (const p of chunks(keys, ROWS_PER_REQUEST)) out.push(...(await table.bulkGet(p)));
	return out;
}
