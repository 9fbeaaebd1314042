import { Workbox } from 'workbox-window';

/**
 * Registers the Workbox service worker and tracks a waiting update. The update is applied only when
 * the user taps "muat ulang": a forced reload could throw away a half-filled form.
 */
class Pwa {
	updateWaiting = $state(false);
	offlineReady = $state(false);
	private workbox: Workbox | null = null;

	register() {
		if (this.workbox || !('serviceWorker' in navigator)) return;
		const workbox = new Workbox('/service-worker.js');
		workbox.addEventListener('waiting', () => (this.updateWaiting = true));
		workbox.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.offlineReady = true;
		});
		workbox.addEventListener('controlling', (event) => {
			if (event.isUpdate) window.location.reload();
		});
		this.workbox = workbox;
		workbox.register().catch((error: unknown) => console.error('service worker', error));
	}

	applyUpdate() {
		this.workbox?.messageSkipWaiting();
	}
}

export const pwa = new Pwa();
