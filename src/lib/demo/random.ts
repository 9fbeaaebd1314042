/** A small seeded PRNG for the demo data: same seed, same numbers, on every device. */

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [min, max). */
	between(min: number, max: number): number;
	/** Integer in [min, max], both included. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** Picks by weight; `weights[i]` belongs to `items[i]`. */
	weighted<T>(items: readonly T[], weights: readonly number[]): T;
}

/** mulberry32 (Tommy Ettinger, public domain): 32-bit state, good enough for demo data. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a of a label, to derive one independent stream per part of the data set. */
function hash(label: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < label.length; i++) {
		h ^= label.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * A stream for `seed` and `label`: changing one part of the generator leaves the others as they
 * were.
 */
export function randomFor(seed: number, label: string): Random {
	const next = mulberry32((seed ^ hash(label)) >>> 0);
	const random: Random = {
		next,
		between: (min, max) => min + (max - min) * next(),
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)]!;
		},
		weighted: (items, weights) => {
			const total = weights.reduce((sum, w) => sum + w, 0);
			let r = next() * total;
			for (let i = 0; i < items.length; i++) {
				r -= weights[i] ?? 0;
				if (r < 0) return items[i]!;
			}
			return items[items.length - 1]!;
		}
	};
	return random;
}
