import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	winner,
	nextRevision,
	revisionsOf,
	MAX_REVISION_HISTORY,
	historyOf,
	descendsFrom,
	parseRevision
} from '$lib/sync/revision';

describe('revisions made on the device', () => {
	it('start at generation 1 and count up, newest hash first in the history', () => {
		const a = nextRevision(undefined, []);
		expect(a.rev).toMatch(/^1-[0-9a-f]{32}$/);
		const b = nextRevision(a.rev, a.riwayat);
		expect(parseRevision(b.rev).generasi).toBe(2);
		expect(b.riwayat).toEqual([parseRevision(b.rev).hash, parseRevision(a.rev).hash]);
		expect(revisionsOf(b.rev, b.riwayat)).toEqual({ start: 2, ids: b.riwayat });
	});

	it('keep a bounded history', () => {
		let r = nextRevision(undefined, []);
		for (let i = 0; i < MAX_REVISION_HISTORY + 10; i++) r = nextRevision(r.rev, r.riwayat);
		expect(r.riwayat).toHaveLength(MAX_REVISION_HISTORY);
	});

	it('refuse what is not a revision', () => {
		for (const bad of ['', 'abc', '0-abc', '-1-x', 'x-1'])
			expect(() => parseRevision(bad)).toThrow();
	});

	it('know their ancestors as far as the history reaches', () => {
		const a = nextRevision(undefined, []);
		const b = nextRevision(a.rev, a.riwayat);
		const c = nextRevision(b.rev, b.riwayat);
		expect(descendsFrom(c.rev, c.riwayat, a.rev)).toBe(true);
		expect(descendsFrom(c.rev, c.riwayat, c.rev)).toBe(true);
		expect(descendsFrom(a.rev, a.riwayat, c.rev)).toBe(false);
		const other = nextRevision(a.rev, a.riwayat);
		expect(descendsFrom(c.rev, c.riwayat, other.rev)).toBe(false);
	});

	it('read the history the server sends, or just the revision itself', () => {
		expect(historyOf({ start: 3, ids: ['c', 'b', 'a'] }, '3-c')).toEqual(['c', 'b', 'a']);
		expect(historyOf(undefined, '3-c')).toEqual(['c']);
	});
});

describe('the winning revision, as CouchDB picks it', () => {
	it('is the highest generation, then the greatest hash, among leaves not deleted', () => {
		expect(
			winner([
				{ rev: '2-aaa', dihapus: false },
				{ rev: '3-000', dihapus: true },
				{ rev: '2-bbb', dihapus: false }
			]).rev
		).toBe('2-bbb');
		expect(winner([{ rev: '1-a', dihapus: true }]).rev).toBe('1-a');
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
				expect(winner(leaves).rev).toBe(winner(reversed).rev);
			})
		);
	});
});
