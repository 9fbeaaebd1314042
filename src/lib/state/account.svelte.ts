/**
 * The account this device works for. Signed in, the app keeps that account's data in its own
 * database (`rapor@<name>`), so people sharing a phone never mix records and signing out loses
 * nothing; not signed in, it runs the local demo. Which account is active is kept in
 * localStorage, read once per page load.
 */
import { base } from '$app/paths';
import { readUser } from '$lib/domain/check';
import type { User } from '$lib/domain/schemas';
import type { MessageKey } from '$lib/i18n/messages';
import { signOut, signIn, userOfSession } from '$lib/sync/session';

const ACCOUNT_KEY = 'rapor.akun';

function readAccount(): User | null {
	if (typeof localStorage === 'undefined') return null;
	try {
		return readUser(JSON.parse(localStorage.getItem(ACCOUNT_KEY) ?? 'null'));
	} catch {
		return null;
	}
}

/** The signed-in account of this page (fixed until the page reloads). */
export const activeAccount: User | null = readAccount();

export function databaseName(account: User | null): string {
	return account ? `rapor@${account.nama}` : 'rapor';
}

/** The sync server's CouchDB API, on the app's own origin. */
export function apiBase(): string {
	return `${location.origin}${base}/db`;
}

export type AccountSignInResult =
	| { ok: true; muatUlang: boolean }
	| { ok: false; key: MessageKey; params?: Record<string, string> };

const FAILURE_MESSAGES = {
	'sandi-salah': 'akun.sandiSalah',
	jaringan: 'akun.jaringan',
	server: 'akun.server',
	'bukan-akun-rapor': 'akun.bukanAkunRapor'
} as const satisfies Record<string, MessageKey>;

/**
 * Signs in. The same account again (after its session ended) carries on in place; another account
 * needs the current one signed out first; the first sign-in switches the page to the account's
 * database (`muatUlang`).
 */
export async function signInAccount(name: string, sandi: string): Promise<AccountSignInResult> {
	const namaBersih = name.trim();
	if (!namaBersih || !sandi) return { ok: false, key: 'akun.isianKosong' };
	if (activeAccount && activeAccount.nama !== namaBersih) {
		return { ok: false, key: 'akun.akunLain', params: { nama: activeAccount.nama } };
	}
	const result = await signIn(apiBase(), namaBersih, sandi);
	if (!result.ok && result.alasan === 'terkunci') {
		return { ok: false, key: 'akun.terkunci', params: { menit: String(result.menit) } };
	}
	if (!result.ok) return { ok: false, key: FAILURE_MESSAGES[result.alasan] };
	const user = userOfSession(result.sesi)!;
	const sama = JSON.stringify(user) === JSON.stringify(activeAccount);
	localStorage.setItem(ACCOUNT_KEY, JSON.stringify(user));
	return { ok: true, muatUlang: !sama };
}

/** Ends the session on the server (when reachable) and returns this device to the demo. */
export async function signOutAccount(): Promise<void> {
	await signOut(apiBase());
	localStorage.removeItem(ACCOUNT_KEY);
}
