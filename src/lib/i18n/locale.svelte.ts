import type { MessageKey } from './messages';
import { loadLanguage, isLoaded, messageTable } from './table';
import { interpolate, type Locale, type Params } from './translate';

const STORAGE_KEY = 'rapor.locale';

function savedLocale(): Locale {
	if (typeof localStorage === 'undefined') return 'id';
	return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

class LocaleState {
	/** Changes only once the language's messages are loaded, so text and formats switch together. */
	current = $state<Locale>('id');
	/** Whether the whole Bahasa Indonesia table is in (not only the first screen's messages). */
	lengkap = $state(false);
	/** Resolves when the saved language is showing (the app waits for it before its first render). */
	readonly siap: Promise<void>;
	#permintaan = 0;

	constructor() {
		const saved = savedLocale();
		this.siap = saved === 'id' ? Promise.resolve() : this.set(saved);
	}

	/** Switches at once when the messages are loaded; otherwise after loading them. */
	set(locale: Locale): Promise<void> {
		const request = ++this.#permintaan;
		if (isLoaded(locale)) {
			this.#tampilkan(locale);
			return Promise.resolve();
		}
		return loadLanguage(locale).then(() => {
			// A later choice made while this one was loading wins.
			if (request === this.#permintaan) this.#tampilkan(locale);
		});
	}

	#tampilkan(locale: Locale) {
		this.current = locale;
		if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, locale);
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}
}

export const locale = new LocaleState();

let fullMessages: Promise<void> | null = null;

/**
 * Loads every Bahasa Indonesia message (the app starts with the first screen's only): once, right
 * after the first screen shows, and awaited before any other route renders (src/routes/+layout.ts).
 */
export function loadFullMessages(): Promise<void> {
	fullMessages ??= loadLanguage('id').then(() => {
		locale.lengkap = true;
	});
	return fullMessages;
}

/** Translates a message key in the current language (Bahasa Indonesia first, English second). */
export function t(key: MessageKey, params?: Params): string {
	void locale.lengkap;
	return interpolate(messageTable(locale.current)[key] ?? key, params);
}

/**
 * Whether `key`, a string that comes from data (zod issue messages, stored reasons), is a message
 * key of the table showing now: the checker cannot see such keys, so they are looked up at run time,
 * and a key with no message is shown as it is (or as the caller's fallback) so that it gets noticed.
 * Keys the code builds itself go to `t` directly, typed, e.g. `` t(`status.${status}`) ``.
 */
export function isMessageKey(key: string): key is MessageKey {
	void locale.lengkap;
	return Object.hasOwn(messageTable(locale.current), key);
}
