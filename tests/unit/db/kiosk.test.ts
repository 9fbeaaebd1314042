import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasPin, checkPin, META_KIOSK_PIN, setPin } from '$lib/db/kiosk';
import { freshDb } from './factories';

/** The Web Crypto of a page on a plain-http LAN address: no subtle, no randomUUID. */
function cryptoOnInsecurePage() {
	vi.stubGlobal('crypto', { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) });
}

afterEach(() => {
	vi.unstubAllGlobals();
});

const hex = (bytes: ArrayBuffer) =>
	[...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('the kiosk staff PIN on a page without crypto.subtle', () => {
	it('is set and checked', async () => {
		const db = freshDb();
		cryptoOnInsecurePage();
		expect(globalThis.crypto.subtle).toBeUndefined();
		expect(await setPin(db, '2468')).toBe(true);
		expect(await hasPin(db)).toBe(true);
		expect(await checkPin(db, '2468')).toBe(true);
		expect(await checkPin(db, '2469')).toBe(false);
	});

	it('still opens with a PIN stored by Web Crypto, and a PIN stored here opens with Web Crypto', async () => {
		const db = freshDb();
		const salt = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
		const digest = await webcrypto.subtle.digest(
			'SHA-256',
			new TextEncoder().encode(`${salt}:135790`)
		);
		await db.meta.put({ key: META_KIOSK_PIN, value: { salt, hash: hex(digest) } });

		cryptoOnInsecurePage();
		expect(await checkPin(db, '135790')).toBe(true);
		expect(await checkPin(db, '135791')).toBe(false);

		expect(await setPin(db, '8642')).toBe(true);
		vi.unstubAllGlobals();
		expect(globalThis.crypto.subtle).toBeDefined();
		expect(await checkPin(db, '8642')).toBe(true);
	});
});
