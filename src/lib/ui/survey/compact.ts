/**
 * Makes a survey step fit its box on short screens: while the step would have to scroll, it gets
 * a denser level (`data-padat` 1–3: smaller question text, slimmer answers), never below the
 * sizes a finger and an eye need. Re-fitted whenever the box changes size.
 */
const MAX_LEVEL = 3;

export function compactText(
	node: HTMLElement,
	active: boolean
): { update: (a: boolean) => void; destroy: () => void } {
	let on = active;
	const pas = () => {
		delete node.dataset.padat;
		if (!on) return;
		for (let level = 1; level <= MAX_LEVEL && node.scrollHeight > node.clientHeight + 1; level++) {
			node.dataset.padat = String(level);
		}
	};
	pas();
	// Missing in old browsers (and jsdom): then the first fit stays.
	const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(pas) : null;
	observer?.observe(node);
	return {
		update(a) {
			on = a;
			pas();
		},
		destroy() {
			observer?.disconnect();
		}
	};
}
