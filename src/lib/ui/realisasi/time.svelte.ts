import { fmt } from '$lib/i18n/format.svelte';

const ZONA: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT' };

/** "22 November 2026, 14:05 WIB": the time as it was on the device that recorded it. */
export function timeLabel(iso: string): string {
	const m = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
	if (!m) return fmt.tanggal(iso);
	const offset = m[3] === 'Z' ? '+00:00' : m[3]!;
	return `${fmt.tanggal(iso)}, ${m[1]}:${m[2]} ${ZONA[offset] ?? `UTC${offset}`}`;
}
