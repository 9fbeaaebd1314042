import { liveQuery } from 'dexie';
import type { RaporDb } from '$lib/db/schema';
import { database } from './app.svelte';

export interface Live<T> {
	readonly current: T | undefined;
	readonly error: unknown;
}

/**
 * A Dexie liveQuery as rune state. `deps` is read inside the effect, so the query re-subscribes
 * when the reactive values it returns change (e.g. the chosen triwulan); the query itself re-runs
 * whenever the tables it read change, in this tab or another. The database is opened (and the
 * first-start demo data written) before subscribing: a liveQuery querier must only read.
 */
export function live<A, T>(deps: () => A, query: (db: RaporDb, args: A) => Promise<T>): Live<T> {
	let current = $state<T | undefined>(undefined);
	let error = $state<unknown>(undefined);
	$effect(() => {
		const args = deps();
		let unsubscribe: (() => void) | null = null;
		let cancelled = false;
		database().then(
			(db) => {
				if (cancelled) return;
				const subscription = liveQuery(() => query(db, args)).subscribe({
					next: (value) => {
						current = value;
						error = undefined;
					},
					error: (cause: unknown) => {
						error = cause;
					}
				});
				unsubscribe = () => subscription.unsubscribe();
			},
			(cause: unknown) => {
				error = cause;
			}
		);
		return () => {
			cancelled = true;
			unsubscribe?.();
		};
	});
	return {
		get current() {
			return current;
		},
		get error() {
			return error;
		}
	};
}
