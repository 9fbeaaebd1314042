import { Workbox } from 'workbox-window';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the Workbox service worker and tracks a waiting update. The update is applied only when
 * the user taps "muat ulang": a forced reload could throw away a half-filled form.
 */
class Pwa {
	updateWaiting = $state(false);
	private workbox: Workbox | null = null;
	private userAskedForUpdate = false;

	register() {
		if (this.workbox || !('serviceWorker' in navigator)) return;
		const workbox = new Workbox('/service-worker.js');
		workbox.addEventListener('waiting', () => (this.updateWaiting = true));
		workbox.addEventListener('controlling', () => {
			if (this.userAskedForUpdate) window.location.reload();
		});
		this.workbox = workbox;
		workbox.register().catch((error: unknown) => console.error('service worker', error));
		// A meeting laptop may keep the app open for days: look for a new version now and then.
		const check = () => void workbox.update().catch(() => {});
		setInterval(check, UPDATE_CHECK_MS);
		window.addEventListener('online', check);
	}

	applyUpdate() {
		this.userAskedForUpdate = true;
		this.workbox?.messageSkipWaiting();
	}
}

export const pwa = new Pwa();
