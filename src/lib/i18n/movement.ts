import type { MessageKey } from './messages';

/**
 * The words for a change of rank since the previous triwulan, with English's singular:
 * "naik 1 peringkat" / "up 1 place", "naik 2 peringkat" / "up 2 places".
 */
export function movementMessage(naik: number | null): { key: MessageKey; n: number } {
	if (naik == null) return { key: 'gerak.baru', n: 0 };
	if (naik === 0) return { key: 'gerak.tetap', n: 0 };
	const n = Math.abs(naik);
	if (naik > 0) return { key: n === 1 ? 'gerak.naikSatu' : 'gerak.naik', n };
	return { key: n === 1 ? 'gerak.turunSatu' : 'gerak.turun', n };
}
