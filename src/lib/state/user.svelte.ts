import { getUser, getDeviceId, setUser } from '$lib/db/device';
import type { Role, User } from '$lib/domain/schemas';
import { database } from './app.svelte';
import { live } from './live.svelte';

export function userLive() {
	return live(
		() => null,
		(db) => getUser(db)
	);
}

export async function deviceId(): Promise<string> {
	return getDeviceId(await database());
}

export type UserSaveResult = { ok: true } | { ok: false; keys: string[] };

export async function saveUser(candidate: unknown): Promise<UserSaveResult> {
	// zod loads only when a user is saved, not for the first page.
	const [{ userSchema }, { messageKey }] = await Promise.all([
		import('$lib/domain/schemas'),
		import('$lib/domain/issues')
	]);
	const parsed = userSchema.safeParse(candidate);
	if (!parsed.success) {
		return {
			ok: false,
			keys: messageKey(parsed.error.issues)
		};
	}
	await setUser(await database(), parsed.data);
	return { ok: true };
}

/** What each role works on; a device with no declared user sees every screen. */
export function canOpen(pengguna: User | null | undefined, layar: AppScreen): boolean {
	if (!pengguna) return true;
	return ACCESS[layar].includes(pengguna.peran);
}

export type AppScreen = 'peringkat' | 'skm' | 'rakor' | 'survei' | 'realisasi' | 'admin';

const ACCESS: Record<AppScreen, readonly Role[]> = {
	// Enumerators survey; their devices receive no realisation (the page explains if opened).
	peringkat: ['admin', 'opd', 'reviewer'],
	skm: ['admin', 'enumerator', 'opd', 'reviewer'],
	// Officials present and note follow-ups; OPD staff read and close their OPD's follow-ups.
	rakor: ['admin', 'opd', 'reviewer'],
	survei: ['admin', 'enumerator'],
	realisasi: ['admin', 'opd'],
	admin: ['admin']
};
