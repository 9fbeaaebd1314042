import { hasDemo, removeDemo } from '$lib/db/demo';
import { muatDemoDiLatar } from '$lib/demo/latar';
import { getPengaturan, savePengaturan } from '$lib/db/pengaturan';
import { pengaturanSchema, type Pengaturan } from '$lib/domain/schemas';
import { kunciPesan } from '$lib/domain/issues';
import { database } from './app.svelte';
import { live } from './live.svelte';

export function getPengaturanLive() {
	return live(
		() => null,
		(db) => getPengaturan(db)
	);
}

export function demoPresentLive() {
	return live(
		() => null,
		(db) => hasDemo(db)
	);
}

export type SimpanHasil = { ok: true } | { ok: false; keys: string[] };

/** Validates at the boundary; nothing is written unless the whole settings object is valid. */
export async function simpanPengaturan(candidate: unknown): Promise<SimpanHasil> {
	const parsed = pengaturanSchema.safeParse(candidate);
	if (!parsed.success) {
		return {
			ok: false,
			keys: kunciPesan(parsed.error.issues)
		};
	}
	await savePengaturan(await database(), parsed.data satisfies Pengaturan);
	return { ok: true };
}

export async function hapusDemo(): Promise<number> {
	return removeDemo(await database());
}

export async function muatDemo(): Promise<void> {
	await muatDemoDiLatar(await database());
}
