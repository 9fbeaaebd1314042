import { roundTo } from './rounding';

export interface UnitRank {
	unitId: string;
	indeks: number | null;
	peringkat: number | null;
	sebelumnya: { peringkat: number | null; indeks: number | null } | null;
	/** Previous rank − current rank; positive = moved up. */
	naik: number | null;
	selisihIndeks: number | null;
}

interface Entry {
	unitId: string;
	indeks: number | null;
}

interface Ranked extends Entry {
	peringkat: number | null;
}

const hasValue = (x: number | null): x is number => x !== null && Number.isFinite(x);

/**
 * Competition ranking (1, 2, 2, 4) on the index at two decimals, highest first (docs/domain.md,
 * Indeks Kinerja OPD). Ties and units without an index keep input order; the latter come last,
 * unranked.
 */
function sortRanking(entri: readonly Entry[]): Ranked[] {
	const key = entri.map((e, i) => ({
		e,
		i,
		k: hasValue(e.indeks) ? roundTo(e.indeks, 2) : null
	}));
	key.sort((a, b) => {
		if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
		return b.k - a.k || a.i - b.i;
	});
	let sebelumnya: number | null = null;
	let peringkat = 0;
	return key.map(({ e, k }, position) => {
		if (k === null) return { unitId: e.unitId, indeks: e.indeks, peringkat: null };
		if (k !== sebelumnya) peringkat = position + 1;
		sebelumnya = k;
		return { unitId: e.unitId, indeks: e.indeks, peringkat };
	});
}

/** Ranks this triwulan's units, with each unit's movement against the previous triwulan. */
export function computeRanking(kini: readonly Entry[], lalu?: readonly Entry[]): UnitRank[] {
	const laluPer = new Map(lalu ? sortRanking(lalu).map((b) => [b.unitId, b]) : []);
	return sortRanking(kini).map((b) => {
		const l = laluPer.get(b.unitId);
		const sebelumnya = l ? { peringkat: l.peringkat, indeks: l.indeks } : null;
		const naik = b.peringkat !== null && l?.peringkat != null ? l.peringkat - b.peringkat : null;
		const indeksDifference =
			hasValue(b.indeks) && l && hasValue(l.indeks) ? roundTo(b.indeks - l.indeks, 2) : null;
		return { ...b, sebelumnya, naik, selisihIndeks: indeksDifference };
	});
}
