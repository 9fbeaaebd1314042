import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomId } from '$lib/domain/random-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Web Crypto of a page on a plain-http LAN address: getRandomValues only. */
function cryptoOnInsecurePage() {
	const { getRandomValues } = globalThis.crypto;
	vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('random ids', () => {
	it('are RFC 4122 version 4 UUIDs', () => {
		for (let i = 0; i < 200; i++) expect(randomId()).toMatch(UUID_V4);
	});

	it('are made on a page without crypto.randomUUID (an insecure origin), and never repeat', () => {
		cryptoOnInsecurePage();
		expect('randomUUID' in globalThis.crypto).toBe(false);
		const ids = Array.from({ length: 5000 }, () => randomId());
		for (const id of ids) expect(id).toMatch(UUID_V4);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('use every hex digit in the random positions', () => {
		const digits = new Set(
			Array.from({ length: 200 }, () => randomId().replace(/-/g, '')).flatMap((id) => [...id])
		);
		expect([...digits].sort().join('')).toBe('0123456789abcdef');
	});
});
