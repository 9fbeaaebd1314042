/**
 * Message keys are typed: `npm run check` (svelte-check over tsconfig.json, which includes
 * tests/**\/*.ts) fails on a key no message has. Each `@ts-expect-error` below is such a failure;
 * were the key ever to exist, the directive itself would be the error.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as locales from '$lib/i18n/locale.svelte';
import { isMessageKey, loadFullMessages, t } from '$lib/i18n/locale.svelte';
import { id, type MessageKey, type Messages } from '$lib/i18n/messages';
import { en } from '$lib/i18n/messages.en';
import { en as sinkronEn } from '$lib/i18n/messages-sync.en';
import type { Phase } from '$lib/sync/engine';

describe('message keys', () => {
	it('are checked where a key is written out', () => {
		expect(t('nav.pengaturan')).toBe('Pengaturan');
		// @ts-expect-error no message has this key
		expect(t('nav.tidakAdaPesanIni')).toBe('nav.tidakAdaPesanIni');
	});

	it('are checked where a key is built from typed parts, for every combination', async () => {
		await loadFullMessages();
		const fase = 'siaga' as Phase;
		expect(t(`sinkron.fase.${fase}`)).toBe('Tersinkron');
		const ada = 'siaga' as 'siaga' | 'tidakAdaFaseIni';
		// @ts-expect-error 'sinkron.fase.tidakAdaFaseIni' is not a key
		expect(t(`sinkron.fase.${ada}`)).toBe('Tersinkron');
		const bebas: string = 'siaga';
		// @ts-expect-error a key built from any string is not checked, so it is refused
		expect(t(`sinkron.fase.${bebas}`)).toBe('Tersinkron');
	});

	it('are the keys of the whole Indonesian table, and English must have every one of them', () => {
		expectTypeOf<MessageKey>().toEqualTypeOf<keyof typeof id>();
		expectTypeOf(en).toEqualTypeOf<Messages>();
		const { 'sinkron.fase.siaga': hilang, ...kurangSatu } = en;
		expect(hilang).toBe('Synced');
		// @ts-expect-error English without one key is not a whole table
		const tabelKurang: Messages = kurangSatu;
		expect(Object.keys(tabelKurang)).toHaveLength(Object.keys(id).length - 1);
		const { 'sinkron.fase.siaga': juga, ...bagianKurang } = sinkronEn;
		expect(juga).toBe('Synced');
		// @ts-expect-error each English part table must have the keys of its Indonesian part
		const bagian: typeof sinkronEn = bagianKurang;
		expect(bagian).not.toHaveProperty('sinkron.fase.siaga');
	});

	it('from data are looked up at run time: only a key of the table is a message key', async () => {
		await loadFullMessages();
		const dariData: string = 'err.skor';
		expect(isMessageKey(dariData)).toBe(true);
		if (isMessageKey(dariData)) expect(t(dariData)).toBe('Jawaban harus 1, 2, 3 atau 4');
		expect(isMessageKey('err.tidakAdaGalatIni')).toBe(false);
		expect(isMessageKey('toString')).toBe(false);
	});

	it('have one translating function, t, and no untyped one', () => {
		expect(Object.keys(locales)).not.toContain('tDynamic');
	});
});
