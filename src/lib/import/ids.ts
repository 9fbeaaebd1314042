/**
 * Deterministic ids for imported documents: the same names always give the same ids, so importing
 * a file twice updates documents instead of duplicating them.
 */

/** Prefix of every id an import derives, so imported documents are recognisable. */
export const IMPORT_PREFIX = 'impor-';

/** FNV-1a, 32 bit, as 8 hex digits: a short stable fingerprint. */
export function fingerprint(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** Lower-case ASCII letters and digits joined by "-"; diacritics dropped. */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A name as identity: case and spacing do not make a different unit or indicator. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The slug cut to `maks` characters, with a fingerprint of the name when cut or empty. */
function idPart(nama: string, max: number): string {
	const key = nameKey(nama);
	const s = slug(key);
	if (s !== '' && s.length <= max) return s;
	const potong = s.slice(0, max - 9).replace(/-+$/, '');
	return potong === '' ? fingerprint(key) : `${potong}-${fingerprint(key)}`;
}

/** "Dinas Kesehatan" → "dinas-kesehatan"; an id already in the file ("dinkes") stays as it is. */
export const unitIdFrom = (name: string) => idPart(name, 48);

/**
 * Same OPD, year and indicator name (ignoring case and spacing) give the same id. The name's
 * fingerprint is always part of it: indicator names differ by punctuation alone ("A/B", "A-B").
 */
export function indikatorIdFrom(unitId: string, tahun: number, nama: string): string {
	const key = nameKey(nama);
	const initial = slug(key).slice(0, 40).replace(/-+$/, '');
	return `${IMPORT_PREFIX}ind-${unitId}-${tahun}-${initial === '' ? '' : `${initial}-`}${fingerprint(key)}`;
}
