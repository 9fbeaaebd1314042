/**
 * Logging out in front of Apache CouchDB. CouchDB's session cookies are stateless (a name, a time
 * and a signature): `DELETE /_session` only asks the browser to forget the cookie, and a copy of
 * it keeps working until it expires. The guard makes logout real, as on the embedded server: the
 * cookie presented at logout is revoked, and so is the whole session it belongs to, that is the
 * cookie that logged in and every renewal CouchDB gave for it since. A revoked cookie is then
 * treated as no cookie at all.
 *
 * Cookies are known here only by a hash. Revocations are kept (../auth/sessions.ts, in the data
 * directory) until the last cookie of the session has expired; renewals are remembered, in a file
 * next to it, for as long as the renewed cookie can be valid.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nowSeconds, REVOKED_SESSIONS_FILE, RevokedSessions } from '../auth/sessions.ts';

/** Which login each renewed cookie continues (hash → hash of the cookie that logged in). */
export const SESSION_RENEWALS_FILE = 'couchdb-session-renewals.json';

interface Renewal {
	/** Hash of the cookie that logged in. */
	root: string;
	/** Epoch seconds after which the renewed cookie cannot be valid. */
	until: number;
}

const HASH = /^[A-Za-z0-9_-]{43}$/;
const FLUSH_DELAY_MS = 1_000;

export function cookieHash(cookie: string): string {
	return createHash('sha256').update(cookie).digest('base64url');
}

export class CouchDbLogouts {
	readonly #revoked: RevokedSessions;
	readonly #renewalsFile: string;
	readonly #maxEntries: number;
	readonly #renewals = new Map<string, Renewal>();
	#flushTimer: NodeJS.Timeout | null = null;

	constructor(dataDir: string, maxEntries = 50_000) {
		this.#revoked = new RevokedSessions(join(dataDir, REVOKED_SESSIONS_FILE), maxEntries);
		this.#renewalsFile = join(dataDir, SESSION_RENEWALS_FILE);
		this.#maxEntries = maxEntries;
		this.#load();
	}

	/** Whether `cookie` (an AuthSession value) belongs to a session that was logged out. */
	isRevoked(cookie: string): boolean {
		const id = cookieHash(cookie);
		if (this.#revoked.has(id)) return true;
		const renewal = this.#renewals.get(id);
		return renewal !== undefined && renewal.until > nowSeconds() && this.#revoked.has(renewal.root);
	}

	/** CouchDB answered a request made with `from` with the new cookie `to`. */
	renewed(from: string, to: string, lifetimeSeconds: number): void {
		const id = cookieHash(to);
		if (id === cookieHash(from) || this.#renewals.has(id)) return;
		const root = this.#rootOf(cookieHash(from));
		this.#renewals.set(id, { root, until: nowSeconds() + lifetimeSeconds + 60 });
		this.#prune();
		this.#scheduleFlush();
	}

	/** Ends the session of `cookie`: it, the cookie that logged in, and every renewal. */
	logOut(cookie: string, lifetimeSeconds: number): void {
		const id = cookieHash(cookie);
		const until = nowSeconds() + lifetimeSeconds + 60;
		const root = this.#rootOf(id);
		if (root !== id) this.#revoked.revoke(root, until);
		this.#revoked.revoke(id, until);
		this.flush();
	}

	/** Writes the renewals now (also at shutdown). */
	flush(): void {
		if (this.#flushTimer) clearTimeout(this.#flushTimer);
		this.#flushTimer = null;
		const temporary = `${this.#renewalsFile}.tmp`;
		writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.#renewals)), { mode: 0o600 });
		renameSync(temporary, this.#renewalsFile);
	}

	#rootOf(id: string): string {
		return this.#renewals.get(id)?.root ?? id;
	}

	/** Renewals come in bursts (every request of a sync): written at most once a second. */
	#scheduleFlush(): void {
		if (this.#flushTimer) return;
		this.#flushTimer = setTimeout(() => this.flush(), FLUSH_DELAY_MS);
		this.#flushTimer.unref();
	}

	#prune(): void {
		const now = nowSeconds();
		for (const [id, renewal] of this.#renewals) if (renewal.until <= now) this.#renewals.delete(id);
		// Beyond the bound, forget the oldest renewals first (insertion order).
		for (const id of this.#renewals.keys()) {
			if (this.#renewals.size <= this.#maxEntries) break;
			this.#renewals.delete(id);
		}
	}

	#load(): void {
		if (!existsSync(this.#renewalsFile)) return;
		try {
			const stored: unknown = JSON.parse(readFileSync(this.#renewalsFile, 'utf8'));
			if (!stored || typeof stored !== 'object') return;
			for (const [id, value] of Object.entries(stored)) {
				const { root, until } = (value ?? {}) as Partial<Renewal>;
				if (HASH.test(id) && typeof root === 'string' && HASH.test(root)) {
					if (typeof until === 'number') this.#renewals.set(id, { root, until });
				}
			}
		} catch {
			// A damaged file: renewals made before it are not linked to their login any more.
		}
		this.#prune();
	}
}
