import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	pemenang,
	revisiBerikut,
	revisionsOf,
	RIWAYAT_REVISI_MAKS,
	riwayatDari,
	turunanDari,
	uraiRevisi
} from '$lib/sync/revisi';

describe('revisions made on the device', () => {
	it('start at generation 1 and count up, newest hash first in the history', () => {
		const a = revisiBerikut(undefined, []);
		expect(a.rev).toMatch(/^1-[0-9a-f]{32}$/);
		const b = revisiBerikut(a.rev, a.riwayat);
		expect(uraiRevisi(b.rev).generasi).toBe(2);
		expect(b.riwayat).toEqual([uraiRevisi(b.rev).hash, uraiRevisi(a.rev).hash]);
		expect(revisionsOf(b.rev, b.riwayat)).toEqual({ start: 2, ids: b.riwayat });
	});

	it('keep a bounded history', () => {
		let r = revisiBerikut(undefined, []);
		for (let i = 0; i < RIWAYAT_REVISI_MAKS + 10; i++) r = revisiBerikut(r.rev, r.riwayat);
		expect(r.riwayat).toHaveLength(RIWAYAT_REVISI_MAKS);
	});

	it('refuse what is not a revision', () => {
		for (const bad of ['', 'abc', '0-abc', '-1-x', 'x-1']) expect(() => uraiRevisi(bad)).toThrow();
	});

	it('know their ancestors as far as the history reaches', () => {
		const a = revisiBerikut(undefined, []);
		const b = revisiBerikut(a.rev, a.riwayat);
		const c = revisiBerikut(b.rev, b.riwayat);
		expect(turunanDari(c.rev, c.riwayat, a.rev)).toBe(true);
		expect(turunanDari(c.rev, c.riwayat, c.rev)).toBe(true);
		expect(turunanDari(a.rev, a.riwayat, c.rev)).toBe(false);
		const other = revisiBerikut(a.rev, a.riwayat);
		expect(turunanDari(c.rev, c.riwayat, other.rev)).toBe(false);
	});

	it('read the history the server sends, or just the revision itself', () => {
		expect(riwayatDari({ start: 3, ids: ['c', 'b', 'a'] }, '3-c')).toEqual(['c', 'b', 'a']);
		expect(riwayatDari(undefined, '3-c')).toEqual(['c']);
	});
});

describe('the winning revision, as CouchDB picks it', () => {
	it('is the highest generation, then the greatest hash, among leaves not deleted', () => {
		expect(
			pemenang([
				{ rev: '2-aaa', dihapus: false },
				{ rev: '3-000', dihapus: true },
				{ rev: '2-bbb', dihapus: false }
			]).rev
		).toBe('2-bbb');
		expect(pemenang([{ rev: '1-a', dihapus: true }]).rev).toBe('1-a');
	});

	it('is the same whatever order the leaves come in', () => {
		const leaf = fc.record({
			rev: fc
				.tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^[0-9a-f]{4}$/))
				.map(([g, h]) => `${g}-${h}`),
			dihapus: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(leaf, { minLength: 1, maxLength: 6 }), (leaves) => {
				const reversed = [...leaves].reverse();
				expect(pemenang(leaves).rev).toBe(pemenang(reversed).rev);
			})
		);
	});
});
