/**
 * Rakor on a window wider than a phone is a slide show that takes the whole window: the layout
 * hides the app's header, banners and menu bar while `aktif` (the rakor page sets it, and clears
 * it when it closes). On a phone the app stays as it is, with its bottom menu.
 */
export const rakorScreen = $state({ aktif: false });

/** The narrowest window that gets the whole-window slide show. */
export const RAKOR_SCREEN_WIDTH = '(min-width: 641px)';
