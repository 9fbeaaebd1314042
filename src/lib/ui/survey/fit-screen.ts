/**
 * Gives an element the height from its top (with the page scrolled to the top) down to the
 * bottom of the window, or to the app's bottom navigation where that bar is fixed over the page
 * (phones). The survey uses it so that one question, its answers and back/next make one screen.
 */
const BOTTOM_GAP = 8;
/** Below this the screen is too short to share; the element then just scrolls with the page. */
const MIN_HEIGHT = 320;

/** The top edge of a navigation bar fixed at the bottom of the window, or the window's bottom. */
function lowerLimit(): number {
	let limit = window.innerHeight;
	for (const nav of document.querySelectorAll('nav')) {
		if (getComputedStyle(nav).position !== 'fixed') continue;
		const r = nav.getBoundingClientRect();
		if (r.height > 0 && r.top > window.innerHeight / 2) limit = Math.min(limit, r.top);
	}
	return limit;
}

export function fitScreen(node: HTMLElement): { destroy: () => void } {
	const atur = () => {
		const atas = node.getBoundingClientRect().top + window.scrollY;
		const height = Math.max(MIN_HEIGHT, Math.floor(lowerLimit() - atas - BOTTOM_GAP));
		node.style.setProperty('--tinggi-layar', `${height}px`);
	};
	let frame = 0;
	const ukur = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(atur);
	};
	atur();
	// Banners that appear above (or go away) move the element: they change the body's size.
	// Missing in old browsers (and jsdom): then the first fit stays.
	const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(ukur) : null;
	observer?.observe(document.body);
	window.addEventListener('resize', ukur);
	return {
		destroy() {
			cancelAnimationFrame(frame);
			observer?.disconnect();
			window.removeEventListener('resize', ukur);
		}
	};
}
