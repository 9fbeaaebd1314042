// Apart from survei-kiosk.svelte.ts: the layout's kiosk guard loads this on every page, and the
// survey's modules bring zod (schemas) with them.
import { hasPin, getActiveKiosk } from '$lib/db/kiosk';
import { live } from './live.svelte';

/** The kiosk lock of this device, live (null while unlocked). */
export function activeKioskLive() {
	return live(
		() => null,
		(db) => getActiveKiosk(db)
	);
}

/** Whether a staff PIN is set on this device, live. */
export function hasPinLive() {
	return live(
		() => null,
		(db) => hasPin(db)
	);
}
