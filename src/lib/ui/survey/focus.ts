/**
 * Moves keyboard and screen-reader focus to an element when it appears: each new question's
 * heading, so the reader announces it and the next Tab reaches its answers.
 */
export function focus(node: HTMLElement, active = true): void {
	if (!active) return;
	queueMicrotask(() => node.focus({ preventScroll: true }));
}
