import { parseNumber } from '$lib/domain/format';
import { masterReason } from '$lib/import/master/errors';
import { isMessageKey, locale, t } from '$lib/i18n/locale.svelte';
import type { FieldError } from '$lib/state/admin-form';

/** A field's problem in the current language, without row or column (it sits by the field). */
export function errorText(e: FieldError): string {
	return 'kunci' in e
		? isMessageKey(e.kunci)
			? t(e.kunci)
			: e.kunci
		: masterReason(e.master, locale.current);
}

/** The messages of one field. */
export function errorAt(errors: readonly FieldError[], field: string): string[] {
	const message = errors.filter((e) => e.field === field).map(errorText);
	return message.filter((p, i) => message.indexOf(p) === i);
}

/** A number typed in the current language's notation; null when blank, NaN when unreadable. */
export function readNumberInput(text: string): number | null {
	if (text.trim() === '') return null;
	return parseNumber(text, locale.current) ?? Number.NaN;
}
