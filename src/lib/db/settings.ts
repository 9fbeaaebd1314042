/** The pemda's settings (index weights, formulas, zones, SKM options): one row. */
import { DEFAULT_SETTINGS } from '$lib/domain/constants';
import { readSettings } from '$lib/domain/check';
import type { Settings } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { InvalidDocumentError } from './validate';

export const SETTINGS_ID = 'pemda';

/**
 * The stored settings, or the defaults (DEFAULT_SETTINGS) when none are stored or the stored ones
 * no longer validate. Screens state the settings used, so a fallback is visible there.
 */
export async function getSettings(db: RaporDb): Promise<Settings> {
	const row = await db.pengaturan.get(SETTINGS_ID);
	if (row) {
		const pengaturan = readSettings(row.value);
		if (pengaturan) return pengaturan;
		console.warn('stored pengaturan is invalid; using the defaults', row.value);
	}
	return structuredClone(DEFAULT_SETTINGS);
}

export async function putSettings(db: RaporDb, pengaturan: Settings): Promise<void> {
	// zod loads only when settings are saved, not for the first page.
	const { settingsSchema } = await import('$lib/domain/schemas');
	const parsed = settingsSchema.safeParse(pengaturan);
	if (!parsed.success) {
		throw new InvalidDocumentError('pengaturan', [
			{ index: 0, id: SETTINGS_ID, issues: parsed.error.issues }
		]);
	}
	await db.pengaturan.put({ id: SETTINGS_ID, value: parsed.data });
}
