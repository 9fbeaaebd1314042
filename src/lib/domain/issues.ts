import type { z } from 'zod';

/** The distinct i18n keys of zod issues; a message that is not one of our keys becomes generic. */
export function messageKey(issues: readonly z.core.$ZodIssue[]): string[] {
	const keys = issues.map((i) => (i.message.startsWith('err.') ? i.message : 'err.tidakValid'));
	return keys.filter((key, index) => keys.indexOf(key) === index);
}
