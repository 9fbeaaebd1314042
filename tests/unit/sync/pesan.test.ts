import { describe, expect, it } from 'vitest';
import { KUNCI_ALASAN_SERVER } from '$lib/domain/dokumen';
import { STATUS_SINKRON } from '$lib/db/sinkron';
import { messages } from '$lib/i18n/messages';

describe('sync messages', () => {
	it('name every reason the server gives, in both languages', () => {
		for (const locale of ['id', 'en'] as const) {
			const table = messages[locale] as Record<string, string>;
			for (const key of KUNCI_ALASAN_SERVER) expect(table[key], `${locale} ${key}`).toBeTruthy();
			for (const s of STATUS_SINKRON) expect(table[`sinkron.status.${s}`]).toBeTruthy();
		}
	});
});
