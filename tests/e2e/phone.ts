/**
 * Checks every phone screen must pass, for any browser test to call: nothing wider than the
 * screen (cekLebar), every interactive target at least 44×44 px (cekTarget), no data-loss alarm
 * on a healthy device (adaAlarm); and signing in and out as a person does. Each check returns the
 * offenders as readable lines, so `expect(await cekLebar(page)).toEqual([])` names what to fix.
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../sync-server/demo-accounts.ts';

/** The smallest target a thumb hits reliably (WCAG 2.5.5, Android and iOS guidelines). */
export const TARGET_MIN = 44;

/**
 * Elements that push the page wider than the viewport: empty when the page is no wider than
 * the screen. Otherwise the page width, then the outermost elements whose right edge is past the
 * screen and that no scrolling box clips (the cause, not everything inside it).
 */
export function checkWidth(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const lebar = document.documentElement.clientWidth;
		const page = document.documentElement.scrollWidth;
		if (page <= lebar) return [];
		const terpotong = (el: Element): boolean => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
				const ox = getComputedStyle(p).overflowX;
				if (ox !== 'visible') return true;
			}
			return false;
		};
		const name = (el: Element): string => {
			const kelas = [...el.classList]
				.filter((c) => !c.startsWith('svelte-'))
				.map((c) => `.${c}`)
				.join('');
			const id = el.id ? `#${el.id}` : '';
			const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			return `${el.tagName.toLowerCase()}${id}${kelas} "${text}"`;
		};
		const pelebar = [...document.body.querySelectorAll('*')].filter((el) => {
			const r = el.getBoundingClientRect();
			return r.width > 0 && r.right > lebar + 0.5 && !terpotong(el);
		});
		const terluar = pelebar.filter((el) => !pelebar.some((p) => p !== el && p.contains(el)));
		const lebarEl = terluar.flatMap((el) => {
			// The deepest too-wide descendant names the cause better than a wrapper that grew with it.
			const dalam = pelebar.filter((p) => el.contains(p) && !p.children.length);
			return [el, ...dalam.slice(0, 2)];
		});
		return [
			`halaman ${page} px di layar ${lebar} px`,
			...lebarEl
				.slice(0, 8)
				.map((el) => `${name(el)} sampai ${Math.round(el.getBoundingClientRect().right)} px`)
		];
	});
}

/**
 * Interactive targets smaller than 44×44 px: buttons, links (except a link inside running text),
 * inputs, selects, summaries, role=button. A checkbox or radio counts by its label, the area a
 * finger actually taps. Hidden elements and the skip link (off screen until focused) are not
 * targets. Each offender as `tag "text" W×H`.
 */
export function checkTarget(page: Page, min = TARGET_MIN): Promise<string[]> {
	return page.evaluate((min) => {
		const selektor =
			'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"]';
		const terlihat = (el: Element): boolean => {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom <= 0) return false;
			const s = getComputedStyle(el);
			return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
		};
		/** A link in a sentence: inline, with words of its parent's text before or after it. */
		const dalamKalimat = (el: Element): boolean => {
			if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
			const parent = el.parentElement;
			if (!parent) return false;
			const remaining = [...parent.childNodes]
				.filter((n) => n !== el && n.nodeType === Node.TEXT_NODE)
				.map((n) => n.textContent ?? '')
				.join('')
				.trim();
			return remaining.length > 0;
		};
		const labelDari = (el: Element): Element | null => {
			if (!(el instanceof HTMLInputElement)) return null;
			if (el.type !== 'checkbox' && el.type !== 'radio' && el.type !== 'file') return null;
			return el.closest('label') ?? (el.labels && el.labels.length > 0 ? el.labels[0]! : null);
		};
		const nama = (el: Element): string => {
			const text = (
				el.getAttribute('aria-label') ??
				(el instanceof HTMLInputElement ? el.name || el.type : el.textContent) ??
				''
			)
				.replace(/\s+/g, ' ')
				.trim()
				.slice(0, 40);
			return `${el.tagName.toLowerCase()} "${text}"`;
		};
		const result: string[] = [];
		for (const el of document.querySelectorAll(selektor)) {
			if (el.closest('[inert], [aria-hidden="true"]')) continue;
			const sasaran = labelDari(el) ?? el;
			if (!terlihat(sasaran) && !terlihat(el)) continue;
			if (sasaran === el && dalamKalimat(el)) continue;
			const r = sasaran.getBoundingClientRect();
			if (r.width < min - 0.5 || r.height < min - 0.5) {
				result.push(`${nama(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
			}
		}
		return [...new Set(result)];
	}, min);
}

/** Waits until the page has compared its database with its marker (the alarm's source). */
export async function waitForStorageCheck(page: Page): Promise<void> {
	await page
		.locator('[data-testid="penyimpanan-diperiksa"], [data-testid="data-hilang"]')
		.first()
		.waitFor({ state: 'attached', timeout: 30_000 });
}

/** Whether the "data on this device was lost" alarm is on screen, once the check has answered. */
export async function hasAlarm(page: Page): Promise<boolean> {
	await waitForStorageCheck(page);
	return page.getByTestId('data-hilang').isVisible();
}

/** Raised by bukaLayar when a screen never finishes drawing: a finding in itself. */
export class UnfinishedScreen extends Error {}

/**
 * Opens a screen and waits until it has drawn its content: a heading or card, nothing still
 * loading (aria-busy), the fonts, and the storage check (which raises the alarm). A screen still
 * loading after `batasMs` throws LayarTidakSelesai naming what is still busy.
 */
export async function openScreen(page: Page, url: string, batasMs = 30_000): Promise<void> {
	await page.goto(url);
	await page.locator('main h1, main h2, main .card').first().waitFor({ timeout: batasMs });
	try {
		await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'), null, {
			timeout: batasMs
		});
	} catch {
		const sibuk = await page.evaluate(() =>
			[...document.querySelectorAll('main [aria-busy="true"]')]
				.map((el) => (el.textContent ?? '').trim().slice(0, 40))
				.join(', ')
		);
		throw new UnfinishedScreen(`masih memuat setelah ${batasMs / 1000} s: "${sibuk}"`);
	}
	await page.waitForFunction(() => document.fonts.status === 'loaded');
	await waitForStorageCheck(page);
}

/** Signs in on /masuk as a person does and waits for the account's first sync to finish. */
export async function signIn(
	page: Page,
	baseUrl: string,
	nama: string,
	sandi = DEMO_PASSWORD
): Promise<void> {
	await page.goto(`${baseUrl}/masuk`);
	await page.locator('input[name="nama"]').fill(nama);
	await page.locator('input[name="sandi"]').fill(sandi);
	await page.locator('form[data-testid="login"] button[type="submit"]').click();
	await page.waitForURL(`${baseUrl}/sinkron`);
	await page.locator('[data-testid="sync-fase"][data-fase="siaga"]').waitFor({ timeout: 90_000 });
	await page.getByTestId('sync-terakhir').waitFor({ timeout: 30_000 });
}

/** Signs out on Settings (nothing unsent), back to the demo. */
export async function signOut(page: Page, baseUrl: string): Promise<void> {
	await page.goto(`${baseUrl}/pengaturan`);
	await page.getByTestId('akun-panel').getByRole('button', { name: 'Keluar' }).click();
	await page.waitForURL(`${baseUrl}/`);
	await page.getByTestId('link-masuk').waitFor();
}
