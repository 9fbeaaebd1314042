import { describe, expect, it, vi } from 'vitest';
import { locale, t } from '$lib/i18n/locale.svelte';
import { id } from '$lib/i18n/messages';
import { en } from '$lib/i18n/messages.en';
import { loadLanguage, isLoaded, messageTable } from '$lib/i18n/table';

describe('the two languages of the app', () => {
	it('have exactly the same message keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
	});

	it('start in Bahasa Indonesia with English not yet loaded, and fall back to Indonesian', () => {
		expect(isLoaded('id')).toBe(true);
		expect(isLoaded('en')).toBe(false);
		expect(locale.current).toBe('id');
		expect(messageTable('en')['nav.pengaturan']).toBe('Pengaturan');
	});

	it('switch to English only once its messages are loaded, then show English', async () => {
		const pindah = locale.set('en');
		expect(locale.current).toBe('id');
		expect(t('nav.pengaturan')).toBe('Pengaturan');
		await pindah;
		expect(locale.current).toBe('en');
		expect(t('nav.pengaturan')).toBe('Settings');
		expect(isLoaded('en')).toBe(true);
	});

	it('switch back at once, the messages being there already', () => {
		void locale.set('id');
		expect(t('nav.pengaturan')).toBe('Pengaturan');
		void locale.set('en');
		expect(t('nav.pengaturan')).toBe('Settings');
		void locale.set('id');
	});

	it('load English once: a second load gives the same table', async () => {
		expect(await loadLanguage('en')).toBe(await loadLanguage('en'));
	});

	it('keep the later choice when an earlier one is still loading', async () => {
		vi.resetModules();
		const segar = await import('$lib/i18n/locale.svelte');
		const keEn = segar.locale.set('en');
		void segar.locale.set('id');
		await keEn;
		expect(segar.locale.current).toBe('id');
		expect(segar.t('nav.pengaturan')).toBe('Pengaturan');
	});
});
