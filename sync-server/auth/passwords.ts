/**
 * Password hashes in `_users`, as Apache CouchDB 3.4+ stores them: PBKDF2 with HMAC-SHA256,
 * 600,000 iterations (CouchDB's default and OWASP's advice for PBKDF2-SHA256), a random salt and
 * the derived key in hex, the key as long as the digest. Older hashes (PBKDF2-SHA1 with 10
 * iterations, written by pouchdb-auth: existing data directories and backups) still verify and are
 * replaced at the next successful login.
 *
 * Hashing runs in libuv's thread pool (node:crypto's async pbkdf2), never on the event loop, and
 * at most two at a time, so a burst of logins leaves threads for LevelDB.
 */
import { createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';

/** Iterations of new hashes. One login costs about 0.2 s of one core on a small laptop. */
export const PBKDF2_ITERATIONS = 600_000;
export const PBKDF2_PRF = 'sha256';

/** Iterations a stored hash may ask for: more would let a doc make every login hang. */
const MAX_ITERATIONS = 10_000_000;

const DIGESTS = {
	sha: { node: 'sha1', bytes: 20 },
	sha224: { node: 'sha224', bytes: 28 },
	sha256: { node: 'sha256', bytes: 32 },
	sha384: { node: 'sha384', bytes: 48 },
	sha512: { node: 'sha512', bytes: 64 }
} as const;
type Prf = keyof typeof DIGESTS;

/** The hash fields of a user document. */
export interface PasswordHash {
	password_scheme: 'pbkdf2';
	pbkdf2_prf: Prf;
	iterations: number;
	salt: string;
	derived_key: string;
}

/** The fields of a stored user document (or server admin) that verification reads. */
export interface StoredCredentials {
	password_scheme?: unknown;
	pbkdf2_prf?: unknown;
	iterations?: unknown;
	salt?: unknown;
	derived_key?: unknown;
	password_sha?: unknown;
}

const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
	if (running >= MAX_CONCURRENT) await new Promise<void>((go) => waiting.push(go));
	running += 1;
	try {
		return await task();
	} finally {
		running -= 1;
		waiting.shift()?.();
	}
}

function derive(password: string, salt: string, iterations: number, prf: Prf): Promise<string> {
	const digest = DIGESTS[prf];
	return limited(
		() =>
			new Promise<string>((resolve, reject) => {
				// CouchDB and pouchdb-auth both use the hex salt's characters as the salt bytes.
				pbkdf2(password, salt, iterations, digest.bytes, digest.node, (error, key) =>
					error ? reject(error) : resolve(key.toString('hex'))
				);
			})
	);
}

export async function hashPassword(password: string): Promise<PasswordHash> {
	const salt = randomBytes(16).toString('hex');
	const derived_key = await derive(password, salt, PBKDF2_ITERATIONS, PBKDF2_PRF);
	return {
		password_scheme: 'pbkdf2',
		pbkdf2_prf: PBKDF2_PRF,
		iterations: PBKDF2_ITERATIONS,
		salt,
		derived_key
	};
}

function sameHex(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	return left.length === right.length && timingSafeEqual(left, right);
}

function prfOf(stored: StoredCredentials): Prf | null {
	const prf = stored.pbkdf2_prf ?? 'sha';
	return typeof prf === 'string' && prf in DIGESTS ? (prf as Prf) : null;
}

/** Whether `password` matches the stored hash (any scheme CouchDB has written). */
export async function verifyPassword(
	password: string,
	stored: StoredCredentials
): Promise<boolean> {
	const { salt, derived_key } = stored;
	if (typeof salt !== 'string') return false;
	if (stored.password_scheme === 'simple' || stored.password_scheme === undefined) {
		// CouchDB 1.x: SHA-1 of password and salt.
		if (typeof stored.password_sha !== 'string') return false;
		const sha = createHash('sha1')
			.update(password + salt)
			.digest('hex');
		return sameHex(sha, stored.password_sha);
	}
	if (stored.password_scheme !== 'pbkdf2' || typeof derived_key !== 'string') return false;
	const prf = prfOf(stored);
	const iterations = Number(stored.iterations);
	if (!prf || !Number.isSafeInteger(iterations) || iterations < 1) return false;
	if (iterations > MAX_ITERATIONS) return false;
	return sameHex(await derive(password, salt, iterations, prf), derived_key);
}

/** Whether a stored hash is weaker than what new passwords get (replaced at next login). */
export function needsUpgrade(stored: StoredCredentials): boolean {
	return (
		stored.password_scheme !== 'pbkdf2' ||
		prfOf(stored) !== PBKDF2_PRF ||
		Number(stored.iterations) < PBKDF2_ITERATIONS
	);
}

/**
 * Logins that succeeded recently, so that Basic authentication on every request does not hash
 * each time (CouchDB 3.4 does the same). An entry is an HMAC, under a key that lives only in this
 * process, of the name, the password and the stored hash: it proves nothing outside the process,
 * and a changed password (new salt and key) no longer finds it.
 */
export class VerifiedLogins {
	readonly #key = randomBytes(32);
	readonly #entries = new Map<string, number>();
	readonly #maxEntries: number;
	readonly #ttlMs: number;

	constructor(options: { maxEntries?: number; ttlMs?: number } = {}) {
		this.#maxEntries = options.maxEntries ?? 1_000;
		this.#ttlMs = options.ttlMs ?? 10 * 60_000;
	}

	#id(name: string, password: string, stored: StoredCredentials): string {
		const hmac = createHmac('sha256', this.#key);
		for (const part of [name, password, stored.salt, stored.derived_key, stored.password_sha]) {
			hmac.update(`${typeof part === 'string' ? part : ''}\u0000`);
		}
		hmac.update(`${String(stored.pbkdf2_prf)}\u0000${String(stored.iterations)}`);
		return hmac.digest('base64');
	}

	has(name: string, password: string, stored: StoredCredentials): boolean {
		const id = this.#id(name, password, stored);
		const until = this.#entries.get(id);
		if (until === undefined) return false;
		if (until <= Date.now()) {
			this.#entries.delete(id);
			return false;
		}
		return true;
	}

	add(name: string, password: string, stored: StoredCredentials): void {
		const id = this.#id(name, password, stored);
		this.#entries.delete(id);
		this.#entries.set(id, Date.now() + this.#ttlMs);
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.#maxEntries) break;
			this.#entries.delete(oldest);
		}
	}
}
