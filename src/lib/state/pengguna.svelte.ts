import { getPengguna, getPerangkatId, setPengguna } from '$lib/db/perangkat';
import type { Peran, Pengguna } from '$lib/domain/schemas';
import { database } from './app.svelte';
import { live } from './live.svelte';

export function penggunaLive() {
	return live(
		() => null,
		(db) => getPengguna(db)
	);
}

export async function perangkatId(): Promise<string> {
	return getPerangkatId(await database());
}

export type SimpanPengguna = { ok: true } | { ok: false; keys: string[] };

export async function simpanPengguna(candidate: unknown): Promise<SimpanPengguna> {
	// zod loads only when a user is saved, not for the first page.
	const [{ penggunaSchema }, { kunciPesan }] = await Promise.all([
		import('$lib/domain/schemas'),
		import('$lib/domain/issues')
	]);
	const parsed = penggunaSchema.safeParse(candidate);
	if (!parsed.success) {
		return {
			ok: false,
			keys: kunciPesan(parsed.error.issues)
		};
	}
	await setPengguna(await database(), parsed.data);
	return { ok: true };
}

/** What each role works on; a device with no declared user sees every screen. */
export function bolehBuka(pengguna: Pengguna | null | undefined, layar: Layar): boolean {
	if (!pengguna) return true;
	return AKSES[layar].includes(pengguna.peran);
}

export type Layar = 'peringkat' | 'skm' | 'rakor' | 'survei' | 'realisasi' | 'admin';

const AKSES: Record<Layar, readonly Peran[]> = {
	// Enumerators survey; their devices receive no realisation (the page explains if opened).
	peringkat: ['admin', 'opd', 'reviewer'],
	skm: ['admin', 'enumerator', 'opd', 'reviewer'],
	// Officials present and note follow-ups; OPD staff read and close their OPD's follow-ups.
	rakor: ['admin', 'opd', 'reviewer'],
	survei: ['admin', 'enumerator'],
	realisasi: ['admin', 'opd'],
	admin: ['admin']
};
