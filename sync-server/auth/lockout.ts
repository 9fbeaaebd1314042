/**
 * Lockout of an account after repeated failed logins, per account and client, as Apache CouchDB's
 * `[chttpd_auth_lockout]`: after `threshold` failures within `windowMs` the name is refused from
 * that client for `lockMs`, even with the right password. Other clients and other accounts are not
 * affected, so a guesser cannot lock the real user out from elsewhere. Memory is bounded: the
 * oldest entries are dropped first.
 */

export interface LockoutOptions {
	threshold?: number;
	windowMs?: number;
	lockMs?: number;
	maxEntries?: number;
}

export type LockoutStatus = { locked: false } | { locked: true; retryAfterSeconds: number };

interface Entry {
	/** Times of failures within the window, oldest first. */
	failures: number[];
	lockedUntil: number;
}

export class LoginLockout {
	readonly #threshold: number;
	readonly #windowMs: number;
	readonly #lockMs: number;
	readonly #maxEntries: number;
	readonly #now: () => number;
	/** Insertion order is use order (an entry is re-inserted on each failure). */
	readonly #entries = new Map<string, Entry>();

	constructor(options: LockoutOptions = {}, now: () => number = Date.now) {
		this.#threshold = options.threshold ?? 5;
		this.#windowMs = options.windowMs ?? 5 * 60_000;
		this.#lockMs = options.lockMs ?? 5 * 60_000;
		this.#maxEntries = options.maxEntries ?? 10_000;
		this.#now = now;
	}

	status(name: string, client: string): LockoutStatus {
		const entry = this.#entries.get(key(name, client));
		const now = this.#now();
		if (!entry || entry.lockedUntil <= now) return { locked: false };
		return {
			locked: true,
			retryAfterSeconds: Math.max(1, Math.ceil((entry.lockedUntil - now) / 1000))
		};
	}

	recordFailure(name: string, client: string): void {
		const id = key(name, client);
		const now = this.#now();
		const entry = this.#entries.get(id) ?? { failures: [], lockedUntil: 0 };
		this.#entries.delete(id);
		if (entry.lockedUntil > now) {
			this.#entries.set(id, entry);
			return;
		}
		entry.failures = entry.failures.filter((t) => now - t < this.#windowMs);
		entry.failures.push(now);
		if (entry.failures.length >= this.#threshold) {
			entry.lockedUntil = now + this.#lockMs;
			entry.failures = [];
		}
		this.#entries.set(id, entry);
		this.#evict(now);
	}

	recordSuccess(name: string, client: string): void {
		this.#entries.delete(key(name, client));
	}

	#evict(now: number): void {
		if (this.#entries.size <= this.#maxEntries) return;
		for (const [id, entry] of this.#entries) {
			const stale =
				entry.lockedUntil <= now && entry.failures.every((t) => now - t >= this.#windowMs);
			if (stale) this.#entries.delete(id);
		}
		// Still too many: forget the least recently failed first.
		for (const id of this.#entries.keys()) {
			if (this.#entries.size <= this.#maxEntries) break;
			this.#entries.delete(id);
		}
	}
}

function key(name: string, client: string): string {
	return JSON.stringify([name, client]);
}

/** 403 body + Retry-After seconds for a locked account, reason key `login.terkunci`. */
export function lockedAnswer(retryAfterSeconds: number): {
	status: 403;
	headers: Record<string, string>;
	body: { error: 'forbidden'; reason: string };
} {
	const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
	return {
		status: 403,
		headers: { 'Retry-After': String(seconds) },
		body: {
			error: 'forbidden',
			reason: `login.terkunci: too many failed logins for this account from this client; try again in ${seconds} seconds`
		}
	};
}
