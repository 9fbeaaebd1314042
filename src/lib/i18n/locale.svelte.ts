import { messages, type MessageKey } from './messages';
import { interpolate, type Locale, type Params } from './translate';

const STORAGE_KEY = 'rapor.locale';

function initialLocale(): Locale {
	if (typeof localStorage === 'undefined') return 'id';
	return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

class LocaleState {
	current = $state<Locale>(initialLocale());

	set(locale: Locale) {
		this.current = locale;
		if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, locale);
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}
}

export const locale = new LocaleState();

/** Translates a message key in the current language (Bahasa Indonesia first, English second). */
export function t(key: MessageKey, params?: Params): string {
	return interpolate(messages[locale.current][key], params);
}

/**
 * For keys that come from data (zod issues, missing-data codes, answer categories); an unknown key
 * shows `fallback`, or the key itself so that it gets noticed.
 */
export function tDynamic(key: string, params?: Params, fallback = key): string {
	const table = messages[locale.current] as Record<string, string>;
	return interpolate(table[key] ?? fallback, params);
}
