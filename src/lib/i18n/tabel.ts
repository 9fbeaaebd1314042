/**
 * The message table of each language. The first screen's Bahasa Indonesia messages come with the
 * app (./pesan-awal.ts); the whole table loads right after the first screen shows, and before any
 * other route renders (src/routes/+layout.ts). English is fetched the first time it is asked for,
 * so the first page does not carry a language most people never read.
 */
import type { MessageKey, Messages } from './messages';
import { awal } from './pesan-awal';
import type { Locale } from './translate';

const dimuat: Partial<Record<Locale, Messages>> = {};
const pertama: Partial<Record<MessageKey, string>> = awal;

/** The table of `locale` if it is loaded, else what of Bahasa Indonesia is (same keys). */
export function tabel(locale: Locale): Partial<Record<MessageKey, string>> {
	return dimuat[locale] ?? dimuat.id ?? pertama;
}

/** Whether the app can show `locale` now: Bahasa Indonesia always (its first screen at least). */
export function sudahDimuat(locale: Locale): boolean {
	return locale === 'id' || dimuat[locale] !== undefined;
}

/** Loads the whole table of `locale` once; later calls return the same table. */
export async function muatBahasa(locale: Locale): Promise<Messages> {
	const ada = dimuat[locale];
	if (ada) return ada;
	if (locale === 'en') {
		const { en } = await import('./messages.en');
		dimuat.en = en;
		return en;
	}
	const { id } = await import('./messages');
	dimuat.id = id;
	return id;
}
