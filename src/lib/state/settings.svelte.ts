import { hasDemo, removeDemo } from '$lib/db/demo';
import { loadDemoInBackground } from '$lib/demo/background';
import { getSettings, putSettings } from '$lib/db/settings';
import { settingsSchema, type Settings } from '$lib/domain/schemas';
import { messageKey } from '$lib/domain/issues';
import { database } from './app.svelte';
import { live } from './live.svelte';

export function settingsLive() {
	return live(
		() => null,
		(db) => getSettings(db)
	);
}

export function demoPresentLive() {
	return live(
		() => null,
		(db) => hasDemo(db)
	);
}

export type SettingsSaveResult = { ok: true } | { ok: false; keys: string[] };

/** Validates at the boundary; nothing is written unless the whole settings object is valid. */
export async function saveSettings(candidate: unknown): Promise<SettingsSaveResult> {
	const parsed = settingsSchema.safeParse(candidate);
	if (!parsed.success) {
		return {
			ok: false,
			keys: messageKey(parsed.error.issues)
		};
	}
	await putSettings(await database(), parsed.data satisfies Settings);
	return { ok: true };
}

export async function removeDemoData(): Promise<number> {
	return removeDemo(await database());
}

export async function loadDemoData(): Promise<void> {
	await loadDemoInBackground(await database());
}
