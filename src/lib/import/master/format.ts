import type { MasterImportError as ErrorBaris } from './errors';
import { fingerprint } from '../ids';
import type { CellError, RowReader, MasterCell } from './cells';
import type { MasterKind } from '$lib/domain/master';

/** A document read from one row; `id` is '' when the row left the id to be matched or made. */
export interface MasterRow<T> {
	line: number;
	doc: T;
}

/** What the reference checks of a row may consult: the database merged with the file. */
export interface MasterContext {
	/** Units on the device, with those of the file when units are being imported. */
	unitIds: ReadonlySet<string>;
	periodeIds: ReadonlySet<string>;
	/** Years with at least one triwulan in the periode table. */
	tahun: ReadonlySet<number>;
}

/**
 * One master-data file format: its columns (every one required in the header, any order, any
 * case), how a row becomes a document, and how a document becomes a row again (export).
 */
export interface MasterFormat<T extends { id: string }, K extends string = string> {
	jenis: MasterKind;
	/** snake_case headers in template order. */
	kolom: readonly K[];
	/** Reads one row; problems go to the reader's errors. */
	baca(r: RowReader<K>): T | undefined;
	/** The cells of a document, in `kolom` order. */
	tulis(doc: T): MasterCell[];
	/** The template's example row. */
	contoh: readonly MasterCell[];
	/** Column of a document field, to name it in errors (zod issue paths, references). */
	kolomField: Readonly<Partial<Record<string, K>>>;
	/**
	 * The natural identity besides the id (unit + name, unit + period): two documents with the
	 * same key are the same thing. A row with a blank id updates the stored document of its key.
	 */
	kunci?(doc: T): string;
	/** Text naming the key's columns in duplicate messages, e.g. "unit_id + periode". */
	kolomKunci?: string;
	/** Id of a new document whose row left the id blank. */
	idBaru?(doc: T): string;
	/** References of one document (units, periods), given the merged state. */
	periksa(doc: T, konteks: MasterContext): CellError[];
	/** Checks across documents of the merged state (a unit hierarchy without circles). */
	periksaGabungan?(rows: readonly MasterRow<T>[], gabungan: ReadonlyMap<string, T>): ErrorBaris[];
	/** The document's id column when the format has one in the file. */
	kolomId?: K;
	/** Sort order of exports. */
	urut(a: T, b: T): number;
}

/** Plain code-point order of lower-cased text: the same on every device, whatever its ICU. */
export function compare(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Maximum length of a code (idSchema). */
const ID_MAX = 128;

/** Parts joined by "-", cut to a valid code length with a fingerprint of the whole when longer. */
export function derivedId(...part: string[]): string {
	const id = part.filter((b) => b !== '').join('-');
	if (id.length <= ID_MAX) return id;
	return `${id.slice(0, ID_MAX - 9)}-${fingerprint(id)}`;
}
