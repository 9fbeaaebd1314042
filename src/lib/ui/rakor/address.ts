import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** The address of a rakor screen with its query (the pinned set to show, or to compare). */
export function rakorAddress(
	rute: '/rakor' | '/rakor/sematan',
	query: Record<string, string>
): ResolvedPathname {
	return `${resolve(rute)}?${new URLSearchParams(query)}` as ResolvedPathname;
}
