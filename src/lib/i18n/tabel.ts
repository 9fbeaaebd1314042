/**
 * The message table of each language. Bahasa Indonesia comes with the app; English is fetched the
 * first time it is asked for, so the first page does not carry a language most people never read.
 */
import { id, type Messages } from './messages';
import type { Locale } from './translate';

const dimuat: Partial<Record<Locale, Messages>> = { id };

/** The table of `locale` if it is loaded, else Bahasa Indonesia (same keys). */
export function tabel(locale: Locale): Messages {
	return dimuat[locale] ?? id;
}

export function sudahDimuat(locale: Locale): boolean {
	return dimuat[locale] !== undefined;
}

/** Loads the table of `locale` once; later calls return the same table. */
export async function muatBahasa(locale: Locale): Promise<Messages> {
	const ada = dimuat[locale];
	if (ada) return ada;
	const { en } = await import('./messages.en');
	dimuat.en = en;
	return en;
}
