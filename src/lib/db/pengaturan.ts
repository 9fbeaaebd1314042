/** The pemda's settings (index weights, formulas, zones, SKM options): one row. */
import { PENGATURAN_BAWAAN } from '$lib/domain/konstanta';
import { bacaPengaturan } from '$lib/domain/periksa';
import type { Pengaturan } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { InvalidDocumentError } from './validate';

export const PENGATURAN_ID = 'pemda';

/**
 * The stored settings, or the defaults (PENGATURAN_BAWAAN) when none are stored or the stored ones
 * no longer validate. Screens state the settings used, so a fallback is visible there.
 */
export async function getPengaturan(db: RaporDb): Promise<Pengaturan> {
	const row = await db.pengaturan.get(PENGATURAN_ID);
	if (row) {
		const pengaturan = bacaPengaturan(row.value);
		if (pengaturan) return pengaturan;
		console.warn('stored pengaturan is invalid; using the defaults', row.value);
	}
	return structuredClone(PENGATURAN_BAWAAN);
}

export async function savePengaturan(db: RaporDb, pengaturan: Pengaturan): Promise<void> {
	// zod loads only when settings are saved, not for the first page.
	const { pengaturanSchema } = await import('$lib/domain/schemas');
	const parsed = pengaturanSchema.safeParse(pengaturan);
	if (!parsed.success) {
		throw new InvalidDocumentError('pengaturan', [
			{ index: 0, id: PENGATURAN_ID, issues: parsed.error.issues }
		]);
	}
	await db.pengaturan.put({ id: PENGATURAN_ID, value: parsed.data });
}
