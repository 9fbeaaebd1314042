import { periodeId } from '$lib/domain/periode';
import {
	idSchema,
	POLARITIES,
	YEAR_MAX,
	YEAR_MIN,
	type Polarity,
	type Triwulan
} from '$lib/domain/schemas';
import { readNumber } from '../table/cells';
import type { MasterImportError } from './errors';
import { cell, numberCell, type Column, type RowTable } from '../table/table';

/**
 * Cell readers and writers of the master-data formats. A reader returns the value, or pushes an
 * error naming its column and returns undefined; a blank optional cell is null.
 */

export type CellError = Omit<MasterImportError, 'line'>;

/** A cell of an export: numbers stay numbers (XLSX number cells; Indonesian text in CSV). */
export type MasterCell = string | number | null;

/** Reads the cells of one row, collecting every problem of the row. */
export class RowReader<K extends string> {
	readonly errors: CellError[] = [];

	constructor(
		private readonly row: RowTable,
		private readonly column: Column<K>
	) {}

	teks(k: K): string {
		return cell(this.row, this.column, k);
	}

	private salah(k: K, key: CellError['key'], value?: string, params?: CellError['params']) {
		const e: CellError = { column: k, key };
		if (value !== undefined) e.value = value;
		if (params !== undefined) e.params = params;
		this.errors.push(e);
		return undefined;
	}

	/** Required text up to `maks` characters, inner spaces kept. */
	teksWajib(k: K, max: number): string | undefined {
		const s = this.teks(k);
		if (s === '') return this.salah(k, 'master.wajibDiisi');
		return this.panjang(k, s, max);
	}

	/** Optional text up to `maks` characters; '' when blank. */
	teksOpsional(k: K, max: number): string | undefined {
		return this.panjang(k, this.teks(k), max);
	}

	private panjang(k: K, s: string, max: number): string | undefined {
		if (s.length > max) return this.salah(k, 'import.teksTerlaluPanjang', undefined, { maks: max });
		return s;
	}

	/** A code (idSchema); null when blank and `wajib` is false. */
	id(k: K, wajib: boolean): string | null | undefined {
		const s = this.teks(k);
		if (s === '') return wajib ? this.salah(k, 'master.wajibDiisi') : null;
		return idSchema.safeParse(s).success ? s : this.salah(k, 'master.idTidakValid', s);
	}

	/** ya/tidak, 1/0, true/false, yes/no, benar/salah (any case); blank gives `bawaan`. */
	yaTidak(k: K, bawaan: boolean): boolean | undefined {
		const s = this.teks(k);
		if (s === '') return bawaan;
		const v = YES_NO[s.toLowerCase()];
		return v ?? this.salah(k, 'master.yaTidak', s);
	}

	/** A number ≥ 0 (Indonesian notation in text, exact in XLSX number cells); null when blank. */
	angkaNonNegatif(k: K): number | null | undefined {
		const s = this.teks(k);
		if (s === '') return null;
		const n = readNumber(s, numberCell(this.row, this.column, k));
		if (n === null || n < 0) return this.salah(k, 'master.angkaNonNegatif', s);
		return n;
	}

	/** A whole number ≥ 1 ("4.800" is four thousand eight hundred). */
	jumlah(k: K): number | undefined {
		const s = this.teks(k);
		if (s === '') return this.salah(k, 'master.wajibDiisi');
		const n = readNumber(s, numberCell(this.row, this.column, k));
		if (n === null || !Number.isSafeInteger(n) || n < 1) {
			return this.salah(k, 'master.jumlahTidakValid', s);
		}
		return n;
	}

	tahun(k: K): number | undefined {
		const s = this.teks(k);
		if (s === '') return this.salah(k, 'master.wajibDiisi');
		const n = readNumber(s, numberCell(this.row, this.column, k));
		if (n === null || !Number.isInteger(n) || n < YEAR_MIN || n > YEAR_MAX) {
			return this.salah(k, 'import.tahunTidakValid', s);
		}
		return n;
	}

	/** "2026-TW1", also "2026-tw1", "2026 TW I", "2026-TWIV"; returned as "2026-TW1". */
	periode(k: K): string | undefined {
		const s = this.teks(k);
		if (s === '') return this.salah(k, 'master.wajibDiisi');
		const id = readPeriode(s);
		return id ?? this.salah(k, 'master.periodeTidakValid', s);
	}

	polaritas(k: K): Polarity | undefined {
		const s = this.teks(k);
		if (s === '') return this.salah(k, 'master.wajibDiisi');
		const p = POLARITY_TEXT[s.toLowerCase()];
		return p ?? this.salah(k, 'import.polaritasTidakDikenal', s);
	}

	/** One of `pilihan`, any case; returned as listed. */
	pilihan<T extends string>(k: K, choice: readonly T[]): T | undefined {
		const s = this.teks(k);
		if (s === '') return this.salah(k, 'master.wajibDiisi');
		const found = choice.find((p) => p === s.toLowerCase().replace(/\s+/g, ''));
		return (
			found ?? this.salah(k, 'master.jenisUnitTidakDikenal', s, { pilihan: choice.join(', ') })
		);
	}
}

const YES_NO: Readonly<Record<string, boolean>> = {
	ya: true,
	y: true,
	yes: true,
	true: true,
	benar: true,
	'1': true,
	tidak: false,
	tdk: false,
	no: false,
	false: false,
	salah: false,
	'0': false
};

const POLARITY_TEXT: Readonly<Record<string, Polarity>> = {
	...Object.fromEntries(POLARITIES.map((p) => [p, p])),
	'+': 'positif',
	'-': 'negatif',
	'\u2212': 'negatif'
};

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "2026-TW1" from the spellings people use; null for anything else. */
export function readPeriode(text: string): string | null {
	const m = /^(\d{4})\s*[-/ ]?\s*tw\s*-?\s*([1-4]|iv|i{1,3})$/i.exec(text.trim());
	if (!m) return null;
	const year = Number(m[1]);
	if (year < YEAR_MIN || year > YEAR_MAX) return null;
	const tw = ROMAN[m[2]!.toLowerCase()] ?? Number(m[2]);
	return periodeId(year, tw as Triwulan);
}

/** Booleans as the templates write them. */
export const writeYesNo = (v: boolean) => (v ? 'ya' : 'tidak');

/**
 * A number as Indonesian CSV text: decimal comma, no grouping, never exponent notation, and the
 * shortest digits that read back as the same number ("97,5", "4800", "0,0000001").
 */
export function writeNumber(x: number): string {
	if (!Number.isFinite(x)) return '';
	const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(String(x));
	if (!m) return String(x).replace('.', ',');
	const [, mark, bulat = '', pecahan = '', pangkat = '0'] = m;
	const digit = bulat + pecahan;
	const point = bulat.length + Number(pangkat);
	if (point <= 0) return `${mark}0,${'0'.repeat(-point)}${digit}`;
	if (point >= digit.length) return mark + digit + '0'.repeat(point - digit.length);
	return `${mark}${digit.slice(0, point)},${digit.slice(point)}`;
}
