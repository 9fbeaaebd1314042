/** Rules of the self-service kiosk (see ui/survey/KioskSurvey.svelte). */

/** The staff PIN that unlocks a kiosk: 4–8 digits. */
export function pinSah(pin: string): boolean {
	return /^\d{4,8}$/.test(pin);
}

/** A half-filled kiosk survey is discarded after this long without a touch. */
export const RESET_BAWAAN_DETIK = 90;
/** The thank-you screen stays this long, then the next citizen may start. */
export const TERIMA_KASIH_DETIK = 5;
/** The discard warning counts down over the last seconds before the reset. */
export const HITUNG_MUNDUR_DETIK = 10;
/** Wrong PINs in a row before the pad pauses, and for how long. */
export const PIN_SALAH_MAKS = 5;
export const PIN_JEDA_DETIK = 30;

/** A positive whole number of seconds from a URL parameter, else the default. */
export function detikDariParam(value: string | null, bawaan: number, maks = 3600): number {
	if (value === null || !/^\d{1,4}$/.test(value)) return bawaan;
	const n = Number(value);
	return n >= 1 && n <= maks ? n : bawaan;
}

/** Seconds left before an inactive survey resets; null while no warning should show yet. */
export function sisaHitungMundur(
	diamMs: number,
	resetDetik: number,
	hitungMundurDetik = HITUNG_MUNDUR_DETIK
): { sisa: number; peringatan: boolean } {
	const sisa = Math.max(0, Math.ceil(resetDetik - diamMs / 1000));
	return { sisa, peringatan: sisa <= Math.min(hitungMundurDetik, resetDetik) };
}
