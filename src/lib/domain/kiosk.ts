/** Rules of the self-service kiosk (see ui/survey/KioskSurvey.svelte). */

/** The staff PIN that unlocks a kiosk: 4–8 digits. */
export function validPin(pin: string): boolean {
	return /^\d{4,8}$/.test(pin);
}

/** A half-filled kiosk survey is discarded after this long without a touch. */
export const DEFAULT_RESET_SECONDS = 90;
/** The thank-you screen stays this long, then the next citizen may start. */
export const THANK_YOU_SECONDS = 5;
/** The discard warning counts down over the last seconds before the reset. */
export const COUNTDOWN_SECONDS = 10;
/** Wrong PINs in a row before the pad pauses, and for how long. */
export const WRONG_PIN_MAX = 5;
export const PIN_PAUSE_SECONDS = 30;

/** A positive whole number of seconds from a URL parameter, else the default. */
export function secondsFromParam(value: string | null, bawaan: number, max = 3600): number {
	if (value === null || !/^\d{1,4}$/.test(value)) return bawaan;
	const n = Number(value);
	return n >= 1 && n <= max ? n : bawaan;
}

/** Seconds left before an inactive survey resets; null while no warning should show yet. */
export function countdownRemaining(
	diamMs: number,
	resetDetik: number,
	hitungMundurDetik = COUNTDOWN_SECONDS
): { sisa: number; peringatan: boolean } {
	const remaining = Math.max(0, Math.ceil(resetDetik - diamMs / 1000));
	return { sisa: remaining, peringatan: remaining <= Math.min(hitungMundurDetik, resetDetik) };
}
