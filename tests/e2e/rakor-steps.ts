import type { Page } from 'playwright-core';

/**
 * Opens the rakor menu (triwulan, pinned figures, links): on a wide window it is collapsed into the
 * slim bar; on a phone it stands above the slides.
 */
export async function openRakorMenu(p: Page): Promise<void> {
	const button = p.getByTestId('rakor-menu-tombol');
	if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') {
		await button.click();
	}
}

/** Closes the menu again (Escape), so the slide is in full view. */
export async function closeRakorMenu(p: Page): Promise<void> {
	const button = p.getByTestId('rakor-menu-tombol');
	if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'true') {
		await p.keyboard.press('Escape');
	}
}

/** Chooses the triwulan the meeting shows, in the rakor menu. */
export async function chooseRakorTriwulan(p: Page, periodeId: string): Promise<void> {
	await p.getByTestId('rakor-deck').waitFor({ timeout: 30_000 });
	await openRakorMenu(p);
	await p.waitForFunction(
		(id) => !!document.querySelector(`select option[value="${id}"]`),
		periodeId
	);
	await p.getByLabel('Triwulan').selectOption(periodeId);
	await closeRakorMenu(p);
}
