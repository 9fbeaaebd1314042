/**
 * The message table of each language. The first screen's Bahasa Indonesia messages come with the
 * app (./pesan-awal.ts); the whole table loads right after the first screen shows, and before any
 * other route renders (src/routes/+layout.ts). English is fetched the first time it is asked for,
 * so the first page does not carry a language most people never read.
 */
import type { MessageKey, Messages } from './messages';
import { firstScreen } from './messages-first-screen';
import type { Locale } from './translate';

const loadedTables: Partial<Record<Locale, Messages>> = {};
const firstScreenMessages: Partial<Record<MessageKey, string>> = firstScreen;

/** The table of `locale` if it is loaded, else what of Bahasa Indonesia is (same keys). */
export function messageTable(locale: Locale): Partial<Record<MessageKey, string>> {
	return loadedTables[locale] ?? loadedTables.id ?? firstScreenMessages;
}

/** Whether the app can show `locale` now: Bahasa Indonesia always (its first screen at least). */
export function isLoaded(locale: Locale): boolean {
	return locale === 'id' || loadedTables[locale] !== undefined;
}

/** Loads the whole table of `locale` once; later calls return the same table. */
export async function loadLanguage(locale: Locale): Promise<Messages> {
	const ada = loadedTables[locale];
	if (ada) return ada;
	if (locale === 'en') {
		const { en } = await import('./messages.en');
		loadedTables.en = en;
		return en;
	}
	const { id } = await import('./messages');
	loadedTables.id = id;
	return id;
}
