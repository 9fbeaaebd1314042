/**
 * Optional GPS for survey responses: only when the enumerator ticked "catat lokasi" and the
 * browser allowed it. The position is watched in the background, so saving never waits for it.
 */
import type { SkmResponse } from '$lib/domain/schemas';

/** A fix older than this is not recorded. */
const MAX_AGE_MS = 5 * 60_000;

export type LocationStatus = 'mati' | 'mencari' | 'ada' | 'ditolak' | 'tidak-didukung';

export class LocationTracker {
	status = $state<LocationStatus>('mati');
	private posisi: { lokasi: NonNullable<SkmResponse['lokasi']>; pada: number } | null = null;
	private watchId: number | null = null;

	mulai(): void {
		if (this.watchId !== null) return;
		if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
			this.status = 'tidak-didukung';
			return;
		}
		this.status = 'mencari';
		this.watchId = navigator.geolocation.watchPosition(
			(p) => {
				this.posisi = {
					lokasi: {
						lat: p.coords.latitude,
						lon: p.coords.longitude,
						akurasi: Math.max(0, p.coords.accuracy)
					},
					pada: Date.now()
				};
				this.status = 'ada';
			},
			(error) => {
				this.status = error.code === error.PERMISSION_DENIED ? 'ditolak' : 'mencari';
			},
			{ enableHighAccuracy: true, maximumAge: 60_000 }
		);
	}

	berhenti(): void {
		if (this.watchId !== null) navigator.geolocation.clearWatch(this.watchId);
		this.watchId = null;
		this.posisi = null;
		this.status = 'mati';
	}

	/** The latest fix if it is recent enough; undefined otherwise (the response is saved without). */
	terakhir(): SkmResponse['lokasi'] {
		if (!this.posisi || Date.now() - this.posisi.pada > MAX_AGE_MS) return undefined;
		return this.posisi.lokasi;
	}
}
