import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '$lib/domain/sha256';

const hex = (bytes: ArrayBuffer | Uint8Array) =>
	[...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

const subtleHex = async (data: Uint8Array) =>
	hex(await webcrypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the pure SHA-256', () => {
	it('gives the published digests of the FIPS 180-2 examples', () => {
		expect(hex(sha256(utf8('')))).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(hex(sha256(utf8('abc')))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		);
	});

	it('gives the same digest as Web Crypto for every length around the block boundaries', async () => {
		const bytes = webcrypto.getRandomValues(new Uint8Array(300));
		for (let length = 0; length <= 300; length++) {
			const data = bytes.subarray(0, length);
			expect(hex(sha256(data)), `length ${length}`).toBe(await subtleHex(data));
		}
	});

	it('gives the same digest as Web Crypto for a salted kiosk PIN with non-ASCII text', async () => {
		const data = utf8('9f1c0a7e5b3d2c4a6e8f0b1d3c5a7e9f:2468 – é 日本');
		expect(sha256Hex(data)).toBe(await subtleHex(data));
	});

	it('hashes a megabyte as Web Crypto does', async () => {
		const data = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) & 0xff);
		expect(sha256Hex(data)).toBe(await subtleHex(data));
	});
});
