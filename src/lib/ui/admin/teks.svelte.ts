import { parseAngka } from '$lib/domain/format';
import { alasanMaster } from '$lib/import/master/errors';
import { isMessageKey, locale, t } from '$lib/i18n/locale.svelte';
import type { KesalahanField } from '$lib/state/admin-form';

/** A field's problem in the current language, without row or column (it sits by the field). */
export function teksKesalahan(e: KesalahanField): string {
	return 'kunci' in e
		? isMessageKey(e.kunci)
			? t(e.kunci)
			: e.kunci
		: alasanMaster(e.master, locale.current);
}

/** The messages of one field. */
export function kesalahanDi(errors: readonly KesalahanField[], field: string): string[] {
	const pesan = errors.filter((e) => e.field === field).map(teksKesalahan);
	return pesan.filter((p, i) => pesan.indexOf(p) === i);
}

/** A number typed in the current language's notation; null when blank, NaN when unreadable. */
export function bacaIsianAngka(text: string): number | null {
	if (text.trim() === '') return null;
	return parseAngka(text, locale.current) ?? Number.NaN;
}
