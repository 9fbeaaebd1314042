import { periodeFromTime } from '$lib/domain/periode';
import {
	answerSchema,
	OCCUPATIONS,
	EDUCATION_LEVELS,
	profilSchema,
	type Answer,
	type Profil
} from '$lib/domain/schemas';
import { hasUnsurAnswer, UNSUR_KEYS, type UnsurKey } from '$lib/domain/unsur';
import {
	readNumber,
	readSex,
	readOccupation,
	readEducation,
	readDate,
	readAge
} from '../table/cells';
import type { ImportError } from '../table/errors';
import { nameKey } from '../ids';
import {
	columnMap,
	cell,
	numberCell,
	type Column,
	type Table,
	type RowTable
} from '../table/table';

/**
 * SKM answers from a spreadsheet, one respondent per row:
 *   unit,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9
 *   optional: jenis_kelamin,usia,pendidikan,pekerjaan,saran,jenis_layanan
 * Columns in any order, names case-insensitive; other columns are ignored. Column u(i) is unsur
 * key u(i) whatever numbering labels it (docs/domain.md, SKM).
 */
export const REQUIRED_SKM_COLUMNS = ['unit', 'tanggal', ...UNSUR_KEYS] as const;
export const OPTIONAL_SKM_COLUMNS = [
	'jenis_kelamin',
	'usia',
	'pendidikan',
	'pekerjaan',
	'saran',
	'jenis_layanan'
] as const;
type SkmColumn = (typeof REQUIRED_SKM_COLUMNS)[number] | (typeof OPTIONAL_SKM_COLUMNS)[number];

/** Limits of skmResponseSchema. */
const SARAN_MAX = 2000;
const JENIS_LAYANAN_MAX = 200;

export interface ParsedSkmRow {
	line: number;
	/** The unit as written in the file (trimmed); matching it to a unit is the caller's job. */
	unit: string;
	/** ISO date 'YYYY-MM-DD', the calendar date as written. */
	tanggal: string;
	/** The full date-time, when the file gave one with an offset. */
	waktu?: string;
	periodeId: string;
	jawaban: Answer;
	profil: Profil;
	saran?: string;
	jenisLayanan?: string;
}

export interface SkmImportResult {
	/** Rows without any error, in file order. */
	rows: ParsedSkmRow[];
	/** File-level errors (then `rows` is empty), or row errors in line order. */
	errors: ImportError[];
}

type CellError = Omit<ImportError, 'line'>;

function readAnswers(
	row: RowTable,
	kolom: Column<SkmColumn>,
	errors: CellError[]
): Record<UnsurKey, number | null> {
	const out = {} as Record<UnsurKey, number | null>;
	const before = errors.length;
	for (const k of UNSUR_KEYS) {
		const text = cell(row, kolom, k);
		out[k] = null;
		if (text === '') continue;
		const n = readNumber(text, numberCell(row, kolom, k));
		if (n === null || !Number.isInteger(n) || n < 1 || n > 4) {
			errors.push({ column: k, key: 'import.skorDiLuarRentang', value: text });
		} else out[k] = n;
	}
	if (errors.length === before && !hasUnsurAnswer(out)) {
		errors.push({ key: 'import.tanpaJawaban' });
	}
	return out;
}

function readProfil(row: RowTable, kolom: Column<SkmColumn>, errors: CellError[]): Profil {
	const profil: Profil = {};
	const jk = cell(row, kolom, 'jenis_kelamin');
	if (jk !== '') {
		const v = readSex(jk);
		if (v === null) {
			errors.push({ column: 'jenis_kelamin', key: 'import.jenisKelaminTidakDikenal', value: jk });
		} else profil.jenisKelamin = v;
	}
	const usia = cell(row, kolom, 'usia');
	if (usia !== '') {
		const v = readAge(usia, numberCell(row, kolom, 'usia'));
		if (v === null || !profilSchema.shape.usia.safeParse(v).success) {
			errors.push({ column: 'usia', key: 'import.usiaTidakValid', value: usia });
		} else profil.usia = v;
	}
	const pendidikan = cell(row, kolom, 'pendidikan');
	if (pendidikan !== '') {
		const v = readEducation(pendidikan);
		if (v === null) {
			errors.push({
				column: 'pendidikan',
				key: 'import.pendidikanTidakDikenal',
				value: pendidikan,
				params: { pilihan: EDUCATION_LEVELS.join(', ') }
			});
		} else profil.pendidikan = v;
	}
	const pekerjaan = cell(row, kolom, 'pekerjaan');
	if (pekerjaan !== '') {
		const v = readOccupation(pekerjaan);
		if (v === null) {
			errors.push({
				column: 'pekerjaan',
				key: 'import.pekerjaanTidakDikenal',
				value: pekerjaan,
				params: { pilihan: OCCUPATIONS.join(', ') }
			});
		} else profil.pekerjaan = v;
	}
	return profil;
}

function readTextCell(
	row: RowTable,
	kolom: Column<SkmColumn>,
	k: 'saran' | 'jenis_layanan',
	max: number,
	errors: CellError[]
): string | undefined {
	const text = cell(row, kolom, k);
	if (text === '') return undefined;
	if (text.length > max) {
		errors.push({ column: k, key: 'import.teksTerlaluPanjang', params: { maks: max } });
	}
	return text;
}

function readRow(
	baris: RowTable,
	kolom: Column<SkmColumn>
): { row: ParsedSkmRow } | { errors: CellError[] } {
	const errors: CellError[] = [];
	const unit = cell(baris, kolom, 'unit');
	if (unit === '') errors.push({ column: 'unit', key: 'import.unitKosong' });

	const tanggalText = cell(baris, kolom, 'tanggal');
	const date = tanggalText === '' ? null : readDate(tanggalText);
	if (tanggalText === '') errors.push({ column: 'tanggal', key: 'import.tanggalKosong' });
	else if (date === null) {
		errors.push({ column: 'tanggal', key: 'import.tanggalTidakValid', value: tanggalText });
	}

	const score = readAnswers(baris, kolom, errors);
	const profilMentah = readProfil(baris, kolom, errors);
	const saran = readTextCell(baris, kolom, 'saran', SARAN_MAX, errors);
	const jenisLayanan = readTextCell(baris, kolom, 'jenis_layanan', JENIS_LAYANAN_MAX, errors);
	if (errors.length > 0 || date === null) return { errors };

	// The schemas are the last word; the readers above already keep to them.
	const answer = answerSchema.safeParse(score);
	const profil = profilSchema.safeParse(profilMentah);
	if (!answer.success || !profil.success) {
		return { errors: [{ key: 'import.tidakValid', value: baris.cells.join(', ') }] };
	}
	const row: ParsedSkmRow = {
		line: baris.line,
		unit,
		tanggal: date.tanggal,
		periodeId: periodeFromTime(date.tanggal),
		jawaban: answer.data,
		profil: profil.data
	};
	if (date.waktu !== undefined) row.waktu = date.waktu;
	if (saran !== undefined) row.saran = saran;
	if (jenisLayanan !== undefined) row.jenisLayanan = jenisLayanan;
	return { row };
}

/** Validated SKM answers; a row with any error is left out and every error is reported. */
export function parseSkmRows(table: Table): SkmImportResult {
	const { kolom: column, errors: fileErrors } = columnMap(
		table,
		REQUIRED_SKM_COLUMNS,
		OPTIONAL_SKM_COLUMNS
	);
	if (fileErrors.length > 0) return { rows: [], errors: fileErrors };
	const rows: ParsedSkmRow[] = [];
	const errors: ImportError[] = [];
	for (const baris of table.rows) {
		const result = readRow(baris, column);
		if ('row' in result) rows.push(result.row);
		else for (const e of result.errors) errors.push({ line: baris.line, ...e });
	}
	return { rows, errors };
}

export interface SkmGroup {
	/** The unit as first written; rows are grouped by name ignoring case and spacing. */
	unit: string;
	/** Set when grouped per triwulan. */
	periodeId?: string;
	rows: ParsedSkmRow[];
}

/**
 * Rows grouped per unit, in order of first appearance: all periods pooled (a year's survey
 * scored as one), or per unit and triwulan, ordered by triwulan.
 */
export function groupSkm(rows: readonly ParsedSkmRow[], perTriwulan = false): SkmGroup[] {
	const group = new Map<string, SkmGroup>();
	for (const row of rows) {
		const key = perTriwulan ? `${row.periodeId}\u0000${nameKey(row.unit)}` : nameKey(row.unit);
		let k = group.get(key);
		if (!k) {
			k = perTriwulan
				? { unit: row.unit, periodeId: row.periodeId, rows: [] }
				: { unit: row.unit, rows: [] };
			group.set(key, k);
		}
		k.rows.push(row);
	}
	const out = [...group.values()];
	if (!perTriwulan) return out;
	// Array.prototype.sort is stable: units keep their order within a triwulan.
	const urut = (k: SkmGroup) => k.periodeId ?? '';
	return out.sort((a, b) => (urut(a) < urut(b) ? -1 : urut(a) > urut(b) ? 1 : 0));
}
