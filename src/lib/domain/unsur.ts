/**
 * The nine SKM unsur of PermenPANRB 14/2017, keyed rather than positioned: an answer is tied to its
 * unsur by key, never by column order (see docs/domain.md on the two numberings in use).
 */
export const UNSUR_KEYS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type UnsurKey = (typeof UNSUR_KEYS)[number];

/** Semantic identity of each unsur, independent of how a numbering labels it. */
export const UNSUR_IDS = [
	'persyaratan',
	'prosedur',
	'waktu',
	'biaya',
	'produk',
	'kompetensi',
	'perilaku',
	'pengaduan',
	'sarana'
] as const;
export type UnsurId = (typeof UNSUR_IDS)[number];

/**
 * `permen`: U8 Penanganan pengaduan, U9 Sarana (the regulation's list of unsur).
 * `kuesioner`: U8 Sarana, U9 Pengaduan (the regulation's sample questionnaire and many e-SKM apps).
 */
export type UnsurNumbering = 'permen' | 'kuesioner';

export function unsurIdOf(key: UnsurKey, numbering: UnsurNumbering): UnsurId {
	const index = UNSUR_KEYS.indexOf(key);
	if (numbering === 'kuesioner' && index >= 7) return index === 7 ? 'sarana' : 'pengaduan';
	return UNSUR_IDS[index]!;
}

/**
 * Whether a respondent answered at least one of the nine unsur: a response with all nine blank
 * says nothing and is refused (by the schema, the server and the CLI import alike).
 */
export function hasUnsurAnswer(answer: Readonly<Partial<Record<UnsurKey, unknown>>>): boolean {
	return UNSUR_KEYS.some((k) => answer[k] != null);
}
