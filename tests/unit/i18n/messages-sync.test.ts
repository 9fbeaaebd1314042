import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_REASON_KEYS } from '$lib/domain/document';
import { SYNC_STATUSES } from '$lib/db/sync';
import { messages } from '$lib/i18n/all';

describe('sync messages', () => {
	it('name every reason the server gives, in both languages', () => {
		for (const locale of ['id', 'en'] as const) {
			const table = messages[locale] as Record<string, string>;
			for (const key of SERVER_REASON_KEYS) expect(table[key], `${locale} ${key}`).toBeTruthy();
			for (const s of SYNC_STATUSES) expect(table[`sinkron.status.${s}`]).toBeTruthy();
		}
	});

	it('know every reason key the server source can answer with', () => {
		const root = resolve(import.meta.dirname, '../../../sync-server');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(ts|js)$/.test(f)
		);
		// A reason is `key: text` or `key @path: text`; tolak('key', …) in the design functions.
		const pola = /['`"]([a-z]+\.[A-Za-z0-9]+)(?: @[^:'`"]+)?: |tolak\('([a-z]+\.[A-Za-z0-9]+)'/g;
		const found = new Set<string>();
		for (const file of files) {
			for (const m of readFileSync(join(root, file), 'utf8').matchAll(pola))
				found.add(m[1] ?? m[2]!);
		}
		expect(found.size).toBeGreaterThan(20);
		for (const key of found) {
			for (const locale of ['id', 'en'] as const) {
				expect((messages[locale] as Record<string, string>)[key], `${locale} ${key}`).toBeTruthy();
			}
		}
	});
});
