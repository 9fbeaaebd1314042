/**
 * Rounds half up (half away from zero) to `digits` decimals, the rounding the SKM regulation and
 * the published reports use. Binary floating error is removed first: 1.005 is stored as
 * 1.00499999999999989…, and 1.005 × 100 is 100.49999999999999, yet both mean 100.5 here.
 */
export function roundTo(x: number, digits = 2): number {
	if (!Number.isFinite(x)) return x;
	const factor = 10 ** digits;
	const scaled = Math.abs(x) * factor;
	// Past 2^53 a double has no fraction left to round at this many digits.
	if (scaled >= Number.MAX_SAFE_INTEGER) return x;
	// 15 significant digits is what a double holds faithfully; beyond that is noise.
	const cleaned = Number(scaled.toPrecision(15));
	const rounded = Math.round(cleaned) / factor;
	return x < 0 && rounded !== 0 ? -rounded : rounded;
}
