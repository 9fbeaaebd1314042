import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
	latestStartedPeriode,
	parsePeriodeId,
	periodeFromTime,
	periodeId,
	previousPeriode,
	triwulanFromMonth
} from '$lib/domain/periode';
import type { Triwulan } from '$lib/domain/schemas';

const triwulan = fc.constantFrom<Triwulan>(1, 2, 3, 4);
const year = fc.integer({ min: 2000, max: 2100 });

describe('periodeId and parsePeriodeId', () => {
	it('write and read "2026-TW1"', () => {
		expect(periodeId(2026, 1)).toBe('2026-TW1');
		expect(parsePeriodeId('2026-TW4')).toEqual({ tahun: 2026, triwulan: 4 });
	});

	it('round-trip for every year and triwulan', () => {
		fc.assert(
			fc.property(year, triwulan, (t, tw) => {
				expect(parsePeriodeId(periodeId(t, tw))).toEqual({ tahun: t, triwulan: tw });
			})
		);
	});

	it.each(['2026-TW5', '2026-TW0', '2026-Q1', '26-TW1', ' 2026-TW1', '2026-tw1', ''])(
		'rejects the id %j',
		(id) => {
			expect(() => parsePeriodeId(id)).toThrow();
		}
	);

	it('rejects a year that does not fit four digits, or a bad triwulan', () => {
		expect(() => periodeId(20260, 1)).toThrow();
		expect(() => periodeId(2026.5, 1)).toThrow();
		expect(() => periodeId(2026, 5 as Triwulan)).toThrow();
	});
});

describe('previousPeriode', () => {
	it('steps back one triwulan within a year', () => {
		expect(previousPeriode('2026-TW3')).toBe('2026-TW2');
		expect(previousPeriode('2026-TW2')).toBe('2026-TW1');
	});

	it('goes from TW I back to TW IV of the previous year', () => {
		expect(previousPeriode('2026-TW1')).toBe('2025-TW4');
	});

	it('always steps back exactly one quarter', () => {
		fc.assert(
			fc.property(year, triwulan, (t, tw) => {
				const lalu = parsePeriodeId(previousPeriode(periodeId(t, tw)));
				expect(lalu.tahun * 4 + lalu.triwulan).toBe(t * 4 + tw - 1);
			})
		);
	});
});

describe('triwulanFromMonth', () => {
	it('maps Jan–Mar to I, Apr–Jun to II, Jul–Sep to III, Oct–Dec to IV', () => {
		const month = Array.from({ length: 12 }, (_, i) => triwulanFromMonth(i + 1));
		expect(month).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
	});

	it.each([0, 13, 1.5, Number.NaN])('rejects month %s', (b) => {
		expect(() => triwulanFromMonth(b)).toThrow();
	});
});

describe('periodeFromTime', () => {
	it('uses the respondent’s local date: 23:30 WIB on 31 March is still TW I', () => {
		expect(periodeFromTime('2026-03-31T23:30:00+07:00')).toBe('2026-TW1');
	});

	it('does not shift to UTC: 00:30 WIT on 1 April is TW II', () => {
		// That moment is 31 March 15:30 in UTC.
		expect(periodeFromTime('2026-04-01T00:30:00+09:00')).toBe('2026-TW2');
	});

	it('crosses the year boundary by the local date', () => {
		expect(periodeFromTime('2026-01-01T00:15:00+08:00')).toBe('2026-TW1');
		expect(periodeFromTime('2025-12-31T23:59:59+07:00')).toBe('2025-TW4');
		expect(periodeFromTime('2025-12-31T20:00:00Z')).toBe('2025-TW4');
	});

	it('accepts a plain date and fractional seconds', () => {
		expect(periodeFromTime('2026-07-01')).toBe('2026-TW3');
		expect(periodeFromTime('2026-10-01T08:00:00.123+07:00')).toBe('2026-TW4');
	});

	it.each(['', '31-03-2026', '2026-13-01', '2026-00-10', '2026-03-32', '2026-3-1', '2026-03-01x'])(
		'rejects %j',
		(iso) => {
			expect(() => periodeFromTime(iso)).toThrow();
		}
	);
});

describe('latestStartedPeriode', () => {
	const ids = ['2026-TW1', '2026-TW2', '2026-TW3', '2026-TW4'];

	it('is the latest triwulan started by the local date of the given time', () => {
		expect(latestStartedPeriode(ids, new Date(2026, 8, 30, 23, 59))).toBe('2026-TW3');
		expect(latestStartedPeriode(ids, new Date(2026, 9, 1, 0, 0))).toBe('2026-TW4');
		expect(latestStartedPeriode(['2026-TW1', '2026-TW2'], new Date(2026, 11, 1))).toBe('2026-TW2');
	});

	it('falls back to the last when none has started, and is undefined for none', () => {
		expect(latestStartedPeriode(['2027-TW1', '2027-TW2'], new Date(2026, 5, 1))).toBe('2027-TW2');
		expect(latestStartedPeriode([], new Date(2026, 5, 1))).toBeUndefined();
	});
});
