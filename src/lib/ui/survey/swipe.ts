/**
 * Swipes between survey steps: a finger (or pen) moved sideways across the step goes to the next
 * step (leftwards) or back (rightwards), as in a phone's photo viewer. Vertical movement stays
 * scrolling (the node has `touch-action: pan-y`), and the tap a swipe may end with is swallowed so
 * a swipe that starts on an answer never chooses it.
 */
export type SwipeDirection = 'maju' | 'mundur';

/** At least this far sideways, and clearly more sideways than up or down. */
const MIN_DISTANCE = 56;

export function arahGeser(dx: number, dy: number): SwipeDirection | null {
	if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 'maju' : 'mundur';
}

/** Fields where a sideways drag moves the caret or selects text, not the step. */
const FIELDS = 'input, textarea, select, [contenteditable]';

export function swipe(
	node: HTMLElement,
	ongeser: (arah: SwipeDirection) => void
): { update: (next: (arah: SwipeDirection) => void) => void; destroy: () => void } {
	let handler = ongeser;
	let initial: { id: number; x: number; y: number } | null = null;
	let abaikanKlik = false;

	const down = (e: PointerEvent) => {
		abaikanKlik = false;
		const target = e.target instanceof Element ? e.target : null;
		initial =
			e.pointerType === 'mouse' || target?.closest(FIELDS)
				? null
				: { id: e.pointerId, x: e.clientX, y: e.clientY };
	};
	const up = (e: PointerEvent) => {
		if (!initial || initial.id !== e.pointerId) return;
		const arah = arahGeser(e.clientX - initial.x, e.clientY - initial.y);
		initial = null;
		if (!arah) return;
		abaikanKlik = true;
		handler(arah);
	};
	const cancel = () => (initial = null);
	const key = () => (abaikanKlik = false);
	const click = (e: MouseEvent) => {
		if (!abaikanKlik) return;
		abaikanKlik = false;
		e.preventDefault();
		e.stopPropagation();
	};

	node.addEventListener('pointerdown', down);
	node.addEventListener('pointerup', up);
	node.addEventListener('pointercancel', cancel);
	node.addEventListener('click', click, true);
	node.addEventListener('keydown', key);
	return {
		update(next) {
			handler = next;
		},
		destroy() {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
			node.removeEventListener('click', click, true);
			node.removeEventListener('keydown', key);
		}
	};
}
