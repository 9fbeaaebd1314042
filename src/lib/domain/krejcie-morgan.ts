/**
 * Krejcie, R. V. & Morgan, D. W. (1970), "Determining Sample Size for Research Activities",
 * Educational and Psychological Measurement 30, 607–610, Table 1 (95% confidence, 5% margin,
 * P = 0,5), the table PermenPANRB 14/2017 points to for the SKM. Rows are [N, S].
 */
export const KREJCIE_MORGAN: ReadonlyArray<readonly [number, number]> = [
	[10, 10],
	[15, 14],
	[20, 19],
	[25, 24],
	[30, 28],
	[35, 32],
	[40, 36],
	[45, 40],
	[50, 44],
	[55, 48],
	[60, 52],
	[65, 56],
	[70, 59],
	[75, 63],
	[80, 66],
	[85, 70],
	[90, 73],
	[95, 76],
	[100, 80],
	[110, 86],
	[120, 92],
	[130, 97],
	[140, 103],
	[150, 108],
	[160, 113],
	[170, 118],
	[180, 123],
	[190, 127],
	[200, 132],
	[210, 136],
	[220, 140],
	[230, 144],
	[240, 148],
	[250, 152],
	[260, 155],
	[270, 159],
	[280, 162],
	[290, 165],
	[300, 169],
	[320, 175],
	[340, 181],
	[360, 186],
	[380, 191],
	[400, 196],
	[420, 201],
	[440, 205],
	[460, 210],
	[480, 214],
	[500, 217],
	[550, 226],
	[600, 234],
	[650, 242],
	[700, 248],
	[750, 254],
	[800, 260],
	[850, 265],
	[900, 269],
	[950, 274],
	[1000, 278],
	[1100, 285],
	[1200, 291],
	[1300, 297],
	[1400, 302],
	[1500, 306],
	[1600, 310],
	[1700, 313],
	[1800, 317],
	[1900, 320],
	[2000, 322],
	[2200, 327],
	[2400, 331],
	[2600, 335],
	[2800, 338],
	[3000, 341],
	[3500, 346],
	[4000, 351],
	[4500, 354],
	[5000, 357],
	[6000, 361],
	[7000, 364],
	[8000, 367],
	[9000, 368],
	[10000, 370],
	[15000, 375],
	[20000, 377],
	[30000, 379],
	[40000, 380],
	[50000, 381],
	[75000, 382],
	[1000000, 384]
];

/** S of the largest population in the table; it holds for any larger population too. */
const S_MAX = 384;
const N_MIN = 10;

/**
 * Required sample for a population of N service users. Between two rows the row of the next
 * larger N is taken (conservative), never more than N itself (N 11 reads the row of 15, S 14,
 * and asks all 11); below the first row everyone is asked.
 */
export function sampelSize(populasi: number): number {
	if (!Number.isFinite(populasi)) return populasi > 0 ? S_MAX : 0;
	if (populasi <= 0) return 0;
	if (populasi < N_MIN) return Math.ceil(populasi);
	let lo = 0;
	let hi = KREJCIE_MORGAN.length - 1;
	const last = KREJCIE_MORGAN[hi];
	if (!last || populasi > last[0]) return S_MAX;
	// Binary search for the first row whose N is at least the population.
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const row = KREJCIE_MORGAN[mid];
		if (row && row[0] < populasi) lo = mid + 1;
		else hi = mid;
	}
	return Math.min(KREJCIE_MORGAN[lo]?.[1] ?? S_MAX, Math.ceil(populasi));
}

export interface SampelAdequacy {
	populasi: number;
	dibutuhkan: number;
	responden: number;
	/** "Sampel belum memadai" when false: the result is still shown, flagged. */
	memadai: boolean;
	/** How many more respondents are needed. */
	kurang: number;
}

/** Whether a unit's respondents meet the table's sample size; null when N is unknown. */
export function sampelAdequacy(
	populasi: number | null | undefined,
	responden: number
): SampelAdequacy | null {
	if (populasi == null || !Number.isFinite(populasi) || populasi <= 0) return null;
	const dibutuhkan = sampelSize(populasi);
	const kurang = Math.max(0, dibutuhkan - responden);
	return { populasi, dibutuhkan, responden, memadai: kurang === 0, kurang };
}
