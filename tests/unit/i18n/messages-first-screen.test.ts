/**
 * The first screen (/) renders before the whole message table has loaded, with only the messages of
 * src/lib/i18n/messages-first-screen.ts. This walks the modules it loads (static imports from the layout, the
 * page and the client hooks) and checks that every message key they name is there, so a key added
 * to the first screen but not to pesan-awal fails here instead of flashing as a raw key.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstScreen } from '$lib/i18n/messages-first-screen';
import { id } from '$lib/i18n/messages';
import { loadFullMessages, locale, t } from '$lib/i18n/locale.svelte';

const SRC = join(process.cwd(), 'src');
const ENTRY_FILES = [
	'hooks.client.ts',
	'routes/+layout.svelte',
	'routes/+layout.ts',
	'routes/+page.svelte'
];

function findFile(dari: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(SRC, 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = normalize(join(dirname(dari), spec));
	else return null;
	const calon = [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')];
	return calon.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Static, non-type imports and re-exports: what loads with the module. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const result: string[] = [];
	const pola = /^\s*(?:import|export)\s+(?!type\b)([^'";()=]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm;
	for (const m of text.matchAll(pola)) {
		const name = m[1]!.match(/\{([^}]*)\}/)?.[1];
		const hanyaTipe =
			name !== undefined &&
			!/^\s*\w+\s*,/.test(m[1]!) &&
			name
				.split(',')
				.map((n) => n.trim())
				.filter(Boolean)
				.every((n) => n.startsWith('type '));
		if (hanyaTipe) continue;
		const f = findFile(file, m[2]!);
		if (f) result.push(f);
	}
	return result;
}

function firstScreenModules(): string[] {
	const dilihat = new Set<string>();
	const antre = ENTRY_FILES.map((p) => join(SRC, p));
	while (antre.length > 0) {
		const f = antre.pop()!;
		if (dilihat.has(f)) continue;
		dilihat.add(f);
		antre.push(...importsOf(f));
	}
	return [...dilihat].filter((f) => !f.includes('/lib/i18n/'));
}

describe('the first screen’s messages', () => {
	const module = firstScreenModules();
	const all = Object.keys(id);

	it('walks the layout, the ranking page and what they load', () => {
		const name = module.map((f) => f.slice(SRC.length + 1));
		expect(name).toEqual(
			expect.arrayContaining([
				'routes/+layout.svelte',
				'routes/+page.svelte',
				'lib/ui/sync/SyncChip.svelte',
				'lib/ui/ranking/RankingTable.svelte'
			])
		);
	});

	it('holds every key the first screen names, and every key it builds from a prefix', () => {
		const kurang = new Set<string>();
		for (const f of module) {
			const text = readFileSync(f, 'utf8');
			for (const m of text.matchAll(/['"]([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9-]+)+)['"]/g)) {
				if (all.includes(m[1]!) && !(m[1]! in firstScreen)) kurang.add(m[1]!);
			}
			for (const m of text.matchAll(/`([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9-]+)*\.)\$\{/g)) {
				for (const k of all) if (k.startsWith(m[1]!) && !(k in firstScreen)) kurang.add(k);
			}
		}
		expect([...kurang].sort()).toEqual([]);
	});

	it('are the same wording as in the whole table, which loads on demand and re-renders', async () => {
		for (const [k, v] of Object.entries(firstScreen)) expect(id[k as keyof typeof id]).toBe(v);
		const other = all.find((k) => !(k in firstScreen)) as keyof typeof id;
		expect(t(other)).toBe(other);
		await loadFullMessages();
		expect(locale.lengkap).toBe(true);
		expect(t(other)).toBe(id[other]);
	});
});
