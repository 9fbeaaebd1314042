/**
 * Session cookies of the embedded server. A cookie names the user, the time it was issued and a
 * session id, signed with HMAC-SHA256 under the server's secret and the user's password salt (so a
 * new password ends every session, as in CouchDB). Each request renews the cookie with the same
 * session id; logging out revokes the id, which ends the cookie and all its renewals. Revoked ids
 * are kept, in the data directory, until the last cookie that could carry them has expired.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface SessionClaims {
	name: string;
	/** Seconds since the epoch when this cookie was issued. */
	issuedAt: number;
	sessionId: string;
}

/** Revoked session ids (logouts), kept in the data directory across restarts. */
export const REVOKED_SESSIONS_FILE = 'revoked-sessions.json';

const SESSION_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function newSessionId(): string {
	return randomBytes(18).toString('base64url');
}

export class SessionCookies {
	readonly #secret: string;
	readonly #timeoutSeconds: number;

	constructor(secret: string, timeoutSeconds: number) {
		this.#secret = secret;
		this.#timeoutSeconds = timeoutSeconds;
	}

	get timeoutSeconds(): number {
		return this.#timeoutSeconds;
	}

	#mac(claims: SessionClaims, salt: string): Buffer {
		return createHmac('sha256', `${this.#secret}${salt}`)
			.update(`${claims.name}:${claims.issuedAt.toString(16)}:${claims.sessionId}`)
			.digest();
	}

	/** The cookie value for `claims`, signed with the user's salt. */
	issue(claims: SessionClaims, salt: string): string {
		const mac = this.#mac(claims, salt).toString('base64url');
		const text = `${claims.name}:${claims.issuedAt.toString(16)}:${claims.sessionId}:${mac}`;
		return Buffer.from(text, 'utf8').toString('base64url');
	}

	/** What a cookie claims, before its signature is checked (null when malformed). */
	read(value: string): (SessionClaims & { mac: Buffer }) | null {
		const text = Buffer.from(value, 'base64url').toString('utf8');
		const parts = text.split(':');
		if (parts.length < 4) return null;
		const [time, sessionId, mac] = parts.slice(-3) as [string, string, string];
		const name = parts.slice(0, -3).join(':');
		const issuedAt = Number.parseInt(time, 16);
		if (name === '' || !/^[0-9a-f]{1,12}$/.test(time) || !SESSION_ID.test(sessionId)) return null;
		return { name, issuedAt, sessionId, mac: Buffer.from(mac, 'base64url') };
	}

	/** Whether the signature holds for `salt` and the cookie has not expired. */
	valid(claims: SessionClaims & { mac: Buffer }, salt: string, now = nowSeconds()): boolean {
		const expected = this.#mac(claims, salt);
		const signed = expected.length === claims.mac.length && timingSafeEqual(expected, claims.mac);
		return signed && now < claims.issuedAt + this.#timeoutSeconds && claims.issuedAt <= now + 60;
	}
}

export function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}

/** Session ids ended by a logout, with the time (epoch seconds) after which none can be valid. */
export class RevokedSessions {
	readonly #file: string;
	readonly #maxEntries: number;
	readonly #until = new Map<string, number>();

	constructor(file: string, maxEntries = 50_000) {
		this.#file = file;
		this.#maxEntries = maxEntries;
		if (!existsSync(file)) return;
		try {
			const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
			if (stored && typeof stored === 'object') {
				for (const [id, until] of Object.entries(stored)) {
					if (typeof until === 'number' && SESSION_ID.test(id)) this.#until.set(id, until);
				}
			}
		} catch {
			// A damaged file is replaced at the next logout; its sessions expire on their own.
		}
		this.#prune(nowSeconds());
	}

	has(sessionId: string): boolean {
		const until = this.#until.get(sessionId);
		return until !== undefined && until > nowSeconds();
	}

	revoke(sessionId: string, untilSeconds: number): void {
		const now = nowSeconds();
		this.#until.set(sessionId, untilSeconds);
		this.#prune(now);
		const temporary = `${this.#file}.tmp`;
		writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.#until)), { mode: 0o600 });
		renameSync(temporary, this.#file);
	}

	#prune(now: number): void {
		for (const [id, until] of this.#until) if (until <= now) this.#until.delete(id);
		// Beyond the bound, forget the ids that expire soonest.
		if (this.#until.size <= this.#maxEntries) return;
		const soonest = [...this.#until].sort((a, b) => a[1] - b[1]);
		for (const [id] of soonest.slice(0, this.#until.size - this.#maxEntries)) {
			this.#until.delete(id);
		}
	}
}
