/**
 * Secrets of the embedded server, kept in its data directory with mode 0600: the server admin's
 * password (unless RAPOR_ADMIN_PASSWORD gives it) and the HMAC secret of session cookies.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ADMIN_PASSWORD_FILE = 'admin-password';
export const SESSION_SECRET_FILE = 'session-secret';
export const DEFAULT_ADMIN_NAME = 'admin';

export interface AdminCredentials {
	name: string;
	password: string;
	/** env: from RAPOR_ADMIN_PASSWORD; file: read from the data directory; generated: just now. */
	source: 'env' | 'file' | 'generated';
	/** The password file, when the password is kept in one. */
	file?: string;
}

export function ensureDataDir(dataDir: string): void {
	mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

/** Reads a secret file, tightening its mode to 0600 if someone loosened it. */
function readSecret(file: string): string {
	if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
	return readFileSync(file, 'utf8').trim();
}

/** Creates a secret file only if none exists (never overwrites), readable by the owner only. */
function writeSecret(file: string, value: string): void {
	writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
	chmodSync(file, 0o600);
}

export function randomSecret(bytes = 18): string {
	return randomBytes(bytes).toString('base64url');
}

/**
 * The server admin: RAPOR_ADMIN_PASSWORD when set, else `<dataDir>/admin-password`, generated on
 * first start. The name is RAPOR_ADMIN_USER, default "admin".
 */
export function adminCredentials(
	dataDir: string,
	env: Readonly<Record<string, string | undefined>> = process.env
): AdminCredentials {
	const name = env.RAPOR_ADMIN_USER?.trim() || DEFAULT_ADMIN_NAME;
	const fromEnv = env.RAPOR_ADMIN_PASSWORD;
	if (fromEnv !== undefined && fromEnv !== '') return { name, password: fromEnv, source: 'env' };
	const file = join(dataDir, ADMIN_PASSWORD_FILE);
	if (existsSync(file)) {
		const password = readSecret(file);
		if (password === '') throw new Error(`${file} is empty: delete it to generate a new password`);
		return { name, password, source: 'file', file };
	}
	const password = randomSecret();
	writeSecret(file, password);
	return { name, password, source: 'generated', file };
}

/** The session cookie secret, made on first start so that sessions survive restarts. */
export function sessionSecret(dataDir: string): string {
	const file = join(dataDir, SESSION_SECRET_FILE);
	if (existsSync(file)) return readSecret(file);
	const secret = randomBytes(32).toString('hex');
	writeSecret(file, secret);
	return secret;
}
