/**
 * The account session with the sync server: CouchDB's cookie session (`/_session`), the same on
 * the embedded server and on Apache CouchDB 3.
 */
import { akunDariRoles } from '$lib/domain/dokumen-id';
import { PERAN } from '$lib/domain/konstanta';
import type { Pengguna } from '$lib/domain/schemas';

export interface InfoSesi {
	nama: string;
	roles: string[];
}

export type HasilMasuk =
	| { ok: true; sesi: InfoSesi }
	| { ok: false; alasan: 'sandi-salah' | 'jaringan' | 'server' | 'bukan-akun-rapor' }
	| { ok: false; alasan: 'terkunci'; menit: number };

/** How long Apache CouchDB locks an account out by default (`[chttpd_auth_lockout] max_lifetime`). */
const KUNCI_COUCHDB_MENIT = 5;
const KUNCI_COUCHDB = 'Account is temporarily locked due to multiple authentication failures';

/**
 * The minutes to wait when the server locked the account out after too many wrong passwords, or
 * null for any other answer: our server says `login.terkunci` with Retry-After; Apache CouchDB
 * says so in English, without Retry-After.
 */
export function menitTerkunci(
	status: number,
	body: unknown,
	retryAfter: string | null
): number | null {
	if (status !== 403) return null;
	const reason = (body as { reason?: unknown } | null)?.reason;
	if (typeof reason !== 'string') return null;
	if (!reason.startsWith('login.terkunci') && !reason.includes(KUNCI_COUCHDB)) return null;
	const detik = Number(retryAfter);
	if (retryAfter === null || !Number.isFinite(detik) || detik <= 0) return KUNCI_COUCHDB_MENIT;
	return Math.max(1, Math.ceil(detik / 60));
}

async function kirim(url: string, init: RequestInit): Promise<Response | null> {
	try {
		return await fetch(url, { credentials: 'include', ...init });
	} catch {
		return null;
	}
}

export async function masuk(baseUrl: string, nama: string, sandi: string): Promise<HasilMasuk> {
	const res = await kirim(`${baseUrl}/_session`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify({ name: nama, password: sandi })
	});
	if (!res) return { ok: false, alasan: 'jaringan' };
	if (res.status === 401) return { ok: false, alasan: 'sandi-salah' };
	if (res.status === 403) {
		const body: unknown = await res.json().catch(() => null);
		const menit = menitTerkunci(res.status, body, res.headers.get('Retry-After'));
		if (menit !== null) return { ok: false, alasan: 'terkunci', menit };
	}
	if (!res.ok) return { ok: false, alasan: 'server' };
	const body = (await res.json()) as { name?: unknown; roles?: unknown };
	const sesi = {
		nama: typeof body.name === 'string' ? body.name : nama,
		roles: Array.isArray(body.roles) ? body.roles.map(String) : []
	};
	if (!penggunaDariSesi(sesi)) return { ok: false, alasan: 'bukan-akun-rapor' };
	return { ok: true, sesi };
}

/** The session the server knows for this browser: an account, null (logged out), or unreachable. */
export async function sesiSekarang(baseUrl: string): Promise<InfoSesi | null | 'jaringan'> {
	const res = await kirim(`${baseUrl}/_session`, { headers: { Accept: 'application/json' } });
	if (!res || !res.ok) return 'jaringan';
	const body = (await res.json()) as { userCtx?: { name?: unknown; roles?: unknown } };
	const ctx = body.userCtx;
	if (!ctx || typeof ctx.name !== 'string') return null;
	return { nama: ctx.name, roles: Array.isArray(ctx.roles) ? ctx.roles.map(String) : [] };
}

export async function keluar(baseUrl: string): Promise<boolean> {
	const res = await kirim(`${baseUrl}/_session`, { method: 'DELETE' });
	return res !== null && res.ok;
}

/**
 * The device user of an account: its Rapor role (admin first, as it can do most) and its units.
 * Null for an account with no Rapor role (a server admin, say).
 */
export function penggunaDariSesi(sesi: InfoSesi): Pengguna | null {
	const { peran, unitIds } = akunDariRoles(sesi.roles);
	const utama = PERAN.find((p) => peran.includes(p));
	if (!utama) return null;
	return {
		nama: sesi.nama,
		peran: utama,
		unitIds: utama === 'opd' ? unitIds.slice(0, 1) : unitIds
	};
}
