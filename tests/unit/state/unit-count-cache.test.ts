/**
 * The server's respondent counts kept on the device: per database (accounts sharing a phone never
 * see each other's), newest answer wins, unreadable storage counts as nothing.
 */
import { describe, expect, it } from 'vitest';
import {
	readCache,
	mergeCounts,
	cacheKey,
	PERIODE_KEPT,
	saveCache,
	serviceUnits,
	type ServerCounts,
	type TextStorage
} from '../../../src/lib/state/unit-count-cache';
import type { Unit } from '../../../src/lib/domain/schemas';

function storage(initial: Record<string, string> = {}): TextStorage & {
	isi: Record<string, string>;
} {
	const content = { ...initial };
	return {
		isi: content,
		getItem: (k) => content[k] ?? null,
		setItem: (k, v) => {
			content[k] = v;
		}
	};
}

const count = (periode: string, time: string, unit: Record<string, number>): ServerCounts => ({
	periode,
	waktu: time,
	unit
});

describe('the cache of server counts', () => {
	it('keeps what the server said, with its time, and reads it back', () => {
		const s = storage();
		const a = count('2026-TW4', '2026-11-20T07:52:00.000Z', { 'pkm-a': 66 });
		saveCache(s, 'rapor@enum-a', a);
		expect(readCache(s, 'rapor@enum-a')).toEqual({ '2026-TW4': a });
	});

	it('keeps each database apart', () => {
		const s = storage();
		saveCache(s, 'rapor@enum-a', count('2026-TW4', '2026-11-20T07:52:00.000Z', { x: 1 }));
		expect(readCache(s, 'rapor@enum-b')).toEqual({});
		expect(cacheKey('rapor@enum-a')).not.toBe(cacheKey('rapor@enum-b'));
	});

	it('replaces a period’s counts with a later answer, never with an earlier one', () => {
		const pagi = count('2026-TW4', '2026-11-20T01:00:00.000Z', { x: 10 });
		const siang = count('2026-TW4', '2026-11-20T05:00:00.000Z', { x: 12 });
		expect(mergeCounts({ '2026-TW4': pagi }, siang)['2026-TW4']).toEqual(siang);
		expect(mergeCounts({ '2026-TW4': siang }, pagi)['2026-TW4']).toEqual(siang);
	});

	it('keeps only the most recent periods', () => {
		let all: Record<string, ServerCounts> = {};
		for (let tw = 1; tw <= 4; tw++) {
			for (const year of [2024, 2025, 2026]) {
				all = mergeCounts(all, count(`${year}-TW${tw}`, '2026-11-20T01:00:00.000Z', { x: tw }));
			}
		}
		expect(Object.keys(all)).toHaveLength(PERIODE_KEPT);
		expect(Object.keys(all).sort()[0]).toBe('2025-TW1');
		expect(all).toHaveProperty('2026-TW4');
	});

	it('reads broken or foreign storage as nothing, and skips entries that are not counts', () => {
		const key = cacheKey('rapor');
		expect(readCache(storage({ [key]: '{not json' }), 'rapor')).toEqual({});
		expect(readCache(storage({ [key]: '[1,2]' }), 'rapor')).toEqual({});
		const baik = count('2026-TW1', '2026-02-01T00:00:00.000Z', { x: 3 });
		const campur = JSON.stringify({
			'2026-TW1': baik,
			'2026-TW2': { periode: '2026-TW2', waktu: 'kemarin', unit: {} },
			'2026-TW3': { periode: '2026-TW3', waktu: '2026-08-01T00:00:00.000Z', unit: { x: -1 } }
		});
		expect(readCache(storage({ [key]: campur }), 'rapor')).toEqual({ '2026-TW1': baik });
	});

	it('still answers when the storage refuses to write', () => {
		const full: TextStorage = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		const a = count('2026-TW4', '2026-11-20T07:52:00.000Z', { x: 1 });
		expect(saveCache(full, 'rapor', a)).toEqual({ '2026-TW4': a });
	});
});

describe('the service units listed with server counts', () => {
	const unit = (id: string, name: string, layananSkm: boolean): Unit => ({
		id,
		nama: name,
		singkatan: id,
		jenis: 'puskesmas',
		dinilaiIndeks: !layananSkm,
		layananSkm
	});

	it('lists only service units, the account’s own first, with their population', () => {
		const units = [
			unit('b', 'Puskesmas Barat', true),
			unit('dinkes', 'Dinas Kesehatan', false),
			unit('a', 'Puskesmas Alun-alun', true),
			unit('c', 'Puskesmas Cempaka', true)
		];
		const rows = serviceUnits(
			units,
			[{ id: 'pop-a', unitId: 'a', periodeId: '2026-TW4', jumlah: 900 }],
			['c']
		);
		expect(rows.map((r) => r.unit.id)).toEqual(['c', 'a', 'b']);
		expect(rows.map((r) => r.populasi)).toEqual([null, 900, null]);
	});
});
