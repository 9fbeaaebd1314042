/**
 * Keys of a presentation: what a keyboard and a presentation clicker send (most clickers send
 * PageDown/PageUp, some ArrowRight/ArrowLeft), and where each one moves the slide show.
 */
export type Command = 'berikut' | 'sebelum' | 'awal' | 'akhir' | 'layar-penuh';

export interface KeyPress {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
}

/** The command of a key press, or null for keys the slide show leaves alone. */
export function keyCommand(e: KeyPress): Command | null {
	if (e.ctrlKey || e.altKey || e.metaKey) return null;
	switch (e.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'berikut';
		case 'ArrowLeft':
		case 'PageUp':
			return 'sebelum';
		case ' ':
			return e.shiftKey ? 'sebelum' : 'berikut';
		case 'Home':
			return 'awal';
		case 'End':
			return 'akhir';
		case 'f':
		case 'F':
			return 'layar-penuh';
		default:
			return null;
	}
}

/** The slide a command moves to, within 0…jumlah − 1. */
export function targetSlide(
	perintah: Exclude<Command, 'layar-penuh'>,
	now: number,
	count: number
): number {
	const end = Math.max(count - 1, 0);
	switch (perintah) {
		case 'berikut':
			return Math.min(now + 1, end);
		case 'sebelum':
			return Math.max(now - 1, 0);
		case 'awal':
			return 0;
		case 'akhir':
			return end;
	}
}

/** A horizontal swipe of at least `min` px that is clearly more sideways than up or down. */
export function swipeDirection(dx: number, dy: number, min = 60): 'berikut' | 'sebelum' | null {
	if (Math.abs(dx) < min || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
	return dx < 0 ? 'berikut' : 'sebelum';
}
