/**
 * Gives the main thread back for a moment inside a long piece of work (saving a response on a
 * cheap phone), so that a tap or a frame waiting to be drawn runs in between. Uses
 * `scheduler.yield()` where the browser has it (the work then continues before other queued
 * tasks), else a zero-delay timer.
 */
interface WithScheduler {
	scheduler?: { yield?: () => Promise<void> };
}

export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as WithScheduler).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
