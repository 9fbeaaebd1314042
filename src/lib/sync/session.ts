/**
 * The account session with the sync server: CouchDB's cookie session (`/_session`), the same on
 * the embedded server and on Apache CouchDB 3.
 */
import { accountFromRoles } from '$lib/domain/document-id';
import { ROLES } from '$lib/domain/constants';
import type { User } from '$lib/domain/schemas';

export interface SessionInfo {
	nama: string;
	roles: string[];
}

export type SignInResult =
	| { ok: true; sesi: SessionInfo }
	| { ok: false; alasan: 'sandi-salah' | 'jaringan' | 'server' | 'bukan-akun-rapor' }
	| { ok: false; alasan: 'terkunci'; menit: number };

/** How long Apache CouchDB locks an account out by default (`[chttpd_auth_lockout] max_lifetime`). */
const COUCHDB_LOCK_MINUTES = 5;
const COUCHDB_LOCKED = 'Account is temporarily locked due to multiple authentication failures';

/**
 * The minutes to wait when the server locked the account out after too many wrong passwords, or
 * null for any other answer: our server says `login.terkunci` with Retry-After; Apache CouchDB
 * says so in English, without Retry-After.
 */
export function lockedMinutes(
	status: number,
	body: unknown,
	retryAfter: string | null
): number | null {
	if (status !== 403) return null;
	const reason = (body as { reason?: unknown } | null)?.reason;
	if (typeof reason !== 'string') return null;
	if (!reason.startsWith('login.terkunci') && !reason.includes(COUCHDB_LOCKED)) return null;
	const seconds = Number(retryAfter);
	if (retryAfter === null || !Number.isFinite(seconds) || seconds <= 0) return COUCHDB_LOCK_MINUTES;
	return Math.max(1, Math.ceil(seconds / 60));
}

async function send(url: string, init: RequestInit): Promise<Response | null> {
	try {
		return await fetch(url, { credentials: 'include', ...init });
	} catch {
		return null;
	}
}

export async function signIn(baseUrl: string, nama: string, sandi: string): Promise<SignInResult> {
	const res = await send(`${baseUrl}/_session`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify({ name: nama, password: sandi })
	});
	if (!res) return { ok: false, alasan: 'jaringan' };
	if (res.status === 401) return { ok: false, alasan: 'sandi-salah' };
	if (res.status === 403) {
		const body: unknown = await res.json().catch(() => null);
		const minutes = lockedMinutes(res.status, body, res.headers.get('Retry-After'));
		if (minutes !== null) return { ok: false, alasan: 'terkunci', menit: minutes };
	}
	if (!res.ok) return { ok: false, alasan: 'server' };
	const body = (await res.json()) as { name?: unknown; roles?: unknown };
	const sesi = {
		nama: typeof body.name === 'string' ? body.name : nama,
		roles: Array.isArray(body.roles) ? body.roles.map(String) : []
	};
	if (!userOfSession(sesi)) return { ok: false, alasan: 'bukan-akun-rapor' };
	return { ok: true, sesi };
}

/** The session the server knows for this browser: an account, null (logged out), or unreachable. */
export async function currentSession(baseUrl: string): Promise<SessionInfo | null | 'jaringan'> {
	const res = await send(`${baseUrl}/_session`, { headers: { Accept: 'application/json' } });
	if (!res || !res.ok) return 'jaringan';
	const body = (await res.json()) as { userCtx?: { name?: unknown; roles?: unknown } };
	const ctx = body.userCtx;
	if (!ctx || typeof ctx.name !== 'string') return null;
	return { nama: ctx.name, roles: Array.isArray(ctx.roles) ? ctx.roles.map(String) : [] };
}

export async function signOut(baseUrl: string): Promise<boolean> {
	const res = await send(`${baseUrl}/_session`, { method: 'DELETE' });
	return res !== null && res.ok;
}

/**
 * The device user of an account: its Rapor role (admin first, as it can do most) and its units.
 * Null for an account with no Rapor role (a server admin, say).
 */
export function userOfSession(sesi: SessionInfo): User | null {
	const { peran, unitIds } = accountFromRoles(sesi.roles);
	const utama = ROLES.find((p) => peran.includes(p));
	if (!utama) return null;
	return {
		nama: sesi.nama,
		peran: utama,
		unitIds: utama === 'opd' ? unitIds.slice(0, 1) : unitIds
	};
}
