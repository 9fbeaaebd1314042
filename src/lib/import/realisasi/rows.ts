import type { IndeksInput } from '$lib/domain/indeks';
import { periodeId as idPeriode, parsePeriodeId } from '$lib/domain/periode';
import { realisasiId } from '$lib/domain/realisasi-status';
import {
	indikatorSchema,
	realisasiSchema,
	YEAR_MAX,
	YEAR_MIN,
	type Indikator,
	type Polarity,
	type Realisasi,
	type Triwulan
} from '$lib/domain/schemas';
import { readNumber } from '../table/cells';
import type { ImportError } from '../table/errors';
import { indikatorIdFrom, unitIdFrom } from '../ids';
import {
	columnMap,
	cell,
	numberCell,
	type Column,
	type Table,
	type RowTable
} from '../table/table';

/**
 * Realisation of OPDs for the Indeks Kinerja OPD, one row per indicator of an OPD in a triwulan:
 *   unit,tahun,triwulan,pagu,realisasi_anggaran,realisasi_fisik,pdn_realisasi,pdn_komitmen,
 *   total_pengadaan,indikator,satuan,polaritas,target,realisasi
 * All columns are required in the header (any order, any case); cells may be blank.
 * The OPD-level columns (pagu … total_pengadaan) may be repeated on each of the OPD's rows for
 * the triwulan, when they must agree, or given on one row and left blank on the others. A row with a
 * blank `indikator` carries only OPD-level values. Figures are cumulative to the triwulan's end.
 * Numbers: see readNumber (Indonesian convention, "1.234" is one thousand two hundred thirty-four).
 */
export const OPD_COLUMNS = [
	'pagu',
	'realisasi_anggaran',
	'realisasi_fisik',
	'pdn_realisasi',
	'pdn_komitmen',
	'total_pengadaan'
] as const;
export const INDIKATOR_COLUMNS = [
	'indikator',
	'satuan',
	'polaritas',
	'target',
	'realisasi'
] as const;
export const REALISASI_COLUMNS = [
	'unit',
	'tahun',
	'triwulan',
	...OPD_COLUMNS,
	...INDIKATOR_COLUMNS
] as const;
type RealisasiColumn = (typeof REALISASI_COLUMNS)[number];
type OpdColumn = (typeof OPD_COLUMNS)[number];

/** Limits of indikatorSchema. */
const NAME_MAX = 300;
const MEASURE_UNIT_MAX = 40;

export interface ImportUnit {
	/** Derived from the name (ids.ts): "Dinas Kesehatan" → "dinas-kesehatan". */
	id: string;
	/** As first written in the file. */
	nama: string;
}

export interface ImportPeriode {
	periodeId: string;
	/** One document per OPD with rows in this triwulan, in order of first appearance. */
	realisasi: Realisasi[];
}

export interface RealisasiImportResult {
	unit: ImportUnit[];
	/** Triwulan in chronological order. */
	periode: ImportPeriode[];
	/** Per OPD and year, with the target of every triwulan the file gives. */
	indikator: Indikator[];
	errors: ImportError[];
}

type CellError = Omit<ImportError, 'line'>;

interface IndikatorRow {
	nama: string;
	satuan: string;
	polaritas: Polarity;
	target: number | null;
	realisasi: number | null;
}

/** One row, read and checked on its own. */
interface RealisasiRow {
	line: number;
	unit: string;
	tahun: number;
	triwulan: Triwulan;
	opd: Partial<Record<OpdColumn, { nilai: number; teks: string }>>;
	indikator: IndikatorRow | null;
}

const TRIWULAN: Readonly<Record<string, Triwulan>> = {
	'1': 1,
	'2': 2,
	'3': 3,
	'4': 4,
	i: 1,
	ii: 2,
	iii: 3,
	iv: 4
};

/** 1–4, I–IV, optionally after "TW": "TW II", "tw2". */
function readTriwulan(text: string, numeric: boolean): Triwulan | null {
	const s = (numeric ? String(Number(text)) : text)
		.trim()
		.toLowerCase()
		.replace(/^tw\s*/, '');
	return TRIWULAN[s] ?? null;
}

const POLARITIES: Readonly<Record<string, Polarity>> = {
	positif: 'positif',
	'+': 'positif',
	negatif: 'negatif',
	'-': 'negatif',
	'\u2212': 'negatif'
};

type ColumnMap = Column<RealisasiColumn>;

/** A non-negative number, null when blank; errors pushed for anything else. */
function readNumberCell(
	row: RowTable,
	kolom: ColumnMap,
	k: RealisasiColumn,
	errors: CellError[]
): { nilai: number; teks: string } | null {
	const text = cell(row, kolom, k);
	if (text === '') return null;
	const nilai = readNumber(text, numberCell(row, kolom, k));
	if (nilai === null) errors.push({ column: k, key: 'import.angkaTidakValid', value: text });
	else if (nilai < 0) errors.push({ column: k, key: 'import.angkaNegatif', value: text });
	else if (k === 'realisasi_fisik' && nilai > 100) {
		errors.push({ column: k, key: 'import.fisikDiLuarRentang', value: text });
	} else return { nilai, teks: text };
	return null;
}

function readIndikator(row: RowTable, kolom: ColumnMap, errors: CellError[]): IndikatorRow | null {
	const name = cell(row, kolom, 'indikator').replace(/\s+/g, ' ');
	if (name === '') {
		for (const k of INDIKATOR_COLUMNS) {
			const text = cell(row, kolom, k);
			if (text !== '')
				errors.push({ column: k, key: 'import.isianIndikatorTanpaNama', value: text });
		}
		return null;
	}
	if (name.length > NAME_MAX) {
		errors.push({
			column: 'indikator',
			key: 'import.teksTerlaluPanjang',
			params: { maks: NAME_MAX }
		});
	}
	const satuan = cell(row, kolom, 'satuan');
	if (satuan === '') errors.push({ column: 'satuan', key: 'import.satuanKosong' });
	else if (satuan.length > MEASURE_UNIT_MAX) {
		errors.push({
			column: 'satuan',
			key: 'import.teksTerlaluPanjang',
			params: { maks: MEASURE_UNIT_MAX }
		});
	}
	const polaritasTeks = cell(row, kolom, 'polaritas');
	const polaritas = POLARITIES[polaritasTeks.toLowerCase()];
	if (polaritas === undefined) {
		errors.push({ column: 'polaritas', key: 'import.polaritasTidakDikenal', value: polaritasTeks });
	}
	const target = readNumberCell(row, kolom, 'target', errors);
	const realisasi = readNumberCell(row, kolom, 'realisasi', errors);
	if (polaritas === undefined) return null;
	return {
		nama: name,
		satuan,
		polaritas,
		target: target?.nilai ?? null,
		realisasi: realisasi?.nilai ?? null
	};
}

function readRow(row: RowTable, kolom: ColumnMap): RealisasiRow | CellError[] {
	const errors: CellError[] = [];
	const unit = cell(row, kolom, 'unit').replace(/\s+/g, ' ');
	if (unit === '') errors.push({ column: 'unit', key: 'import.unitKosong' });

	const yearText = cell(row, kolom, 'tahun');
	// Through readNumber: a year column formatted with grouping exports as "2.026".
	const tahun = readNumber(yearText, numberCell(row, kolom, 'tahun')) ?? NaN;
	if (!Number.isInteger(tahun) || tahun < YEAR_MIN || tahun > YEAR_MAX) {
		errors.push({ column: 'tahun', key: 'import.tahunTidakValid', value: yearText });
	}
	const triwulanText = cell(row, kolom, 'triwulan');
	const triwulan = readTriwulan(triwulanText, numberCell(row, kolom, 'triwulan'));
	if (triwulan === null) {
		errors.push({ column: 'triwulan', key: 'import.triwulanTidakValid', value: triwulanText });
	}

	const opd: RealisasiRow['opd'] = {};
	for (const k of OPD_COLUMNS) {
		const v = readNumberCell(row, kolom, k, errors);
		if (v !== null) opd[k] = v;
	}
	const indikator = readIndikator(row, kolom, errors);
	if (errors.length > 0 || triwulan === null) return errors;
	return { line: row.line, unit, tahun, triwulan, opd, indikator };
}

interface OpdCollection {
	unitId: string;
	periodeId: string;
	opd: Partial<Record<OpdColumn, { nilai: number; teks: string; line: number }>>;
	/** Indicator id → its line and realisasi in this triwulan. */
	indikator: Map<string, { line: number; realisasi: number | null }>;
}

interface IndikatorCollection {
	doc: Indikator;
	/** The line that first gave satuan and polarity, named in conflict messages. */
	line: number;
}

/** Merges rows into documents, checking that repeated values agree. */
class Builder {
	readonly unit = new Map<string, ImportUnit>();
	readonly opd = new Map<string, OpdCollection>();
	readonly indikator = new Map<string, IndikatorCollection>();

	/** Conflicts of a row with what earlier rows gave; the row is merged only without any. */
	periksa(b: RealisasiRow): CellError[] {
		const errors: CellError[] = [];
		const unitId = unitIdFrom(b.unit);
		const kumpulan = this.opd.get(realisasiId(unitId, idPeriode(b.tahun, b.triwulan)));
		for (const k of OPD_COLUMNS) {
			const baru = b.opd[k];
			const old = kumpulan?.opd[k];
			if (baru && old && baru.nilai !== old.nilai) {
				errors.push({
					column: k,
					key: 'import.nilaiBerbeda',
					value: baru.teks,
					params: { lineLain: old.line, valueLain: old.teks }
				});
			}
		}
		if (b.indikator) {
			const id = indikatorIdFrom(unitId, b.tahun, b.indikator.nama);
			const ganda = kumpulan?.indikator.get(id);
			if (ganda) {
				errors.push({
					column: 'indikator',
					key: 'import.indikatorGanda',
					value: b.indikator.nama,
					params: { lineLain: ganda.line }
				});
			}
			const ada = this.indikator.get(id);
			if (ada) {
				const other = { lineLain: ada.line };
				if (ada.doc.satuan !== b.indikator.satuan) {
					const params = { ...other, valueLain: ada.doc.satuan };
					errors.push({
						column: 'satuan',
						key: 'import.nilaiBerbeda',
						value: b.indikator.satuan,
						params
					});
				}
				if (ada.doc.polaritas !== b.indikator.polaritas) {
					const params = { ...other, valueLain: ada.doc.polaritas };
					errors.push({
						column: 'polaritas',
						key: 'import.nilaiBerbeda',
						value: b.indikator.polaritas,
						params
					});
				}
			}
		}
		return errors;
	}

	tambah(b: RealisasiRow): void {
		const unitId = unitIdFrom(b.unit);
		if (!this.unit.has(unitId)) this.unit.set(unitId, { id: unitId, nama: b.unit });
		const periodeId = idPeriode(b.tahun, b.triwulan);
		const id = realisasiId(unitId, periodeId);
		let kumpulan = this.opd.get(id);
		if (!kumpulan) {
			kumpulan = { unitId, periodeId, opd: {}, indikator: new Map() };
			this.opd.set(id, kumpulan);
		}
		for (const k of OPD_COLUMNS) {
			const v = b.opd[k];
			if (v && !kumpulan.opd[k]) kumpulan.opd[k] = { ...v, line: b.line };
		}
		if (!b.indikator) return;
		const { nama: name, satuan, polaritas, target, realisasi } = b.indikator;
		const indikatorId = indikatorIdFrom(unitId, b.tahun, name);
		kumpulan.indikator.set(indikatorId, { line: b.line, realisasi });
		let ada = this.indikator.get(indikatorId);
		if (!ada) {
			const doc: Indikator = {
				id: indikatorId,
				unitId,
				tahun: b.tahun,
				nama: name,
				satuan,
				polaritas,
				target: [null, null, null, null]
			};
			ada = { doc, line: b.line };
			this.indikator.set(indikatorId, ada);
		}
		ada.doc.target[b.triwulan - 1] = target;
	}

	realisasi(k: OpdCollection): Realisasi {
		const v = (column: OpdColumn) => k.opd[column]?.nilai ?? null;
		return {
			id: realisasiId(k.unitId, k.periodeId),
			unitId: k.unitId,
			periodeId: k.periodeId,
			pagu: v('pagu'),
			realisasiAnggaran: v('realisasi_anggaran'),
			realisasiFisik: v('realisasi_fisik'),
			p3dn: {
				realisasiPdn: v('pdn_realisasi'),
				komitmenPdn: v('pdn_komitmen'),
				totalPengadaan: v('total_pengadaan')
			},
			indikator: [...k.indikator].map(([indikatorId, { realisasi }]) => ({
				indikatorId,
				realisasi
			})),
			status: 'diverifikasi'
		};
	}
}

/**
 * Realisasi and Indikator documents from the realisation format, grouped by triwulan. A row with
 * any error, including a value that disagrees with an earlier row, is left out and reported.
 */
export function parseRealisasiRows(table: Table): RealisasiImportResult {
	const empty = { unit: [], periode: [], indikator: [] };
	const { kolom: column, errors: fileErrors } = columnMap(table, REALISASI_COLUMNS, []);
	if (fileErrors.length > 0) return { ...empty, errors: fileErrors };

	const penyusun = new Builder();
	const errors: ImportError[] = [];
	for (const baris of table.rows) {
		const result = readRow(baris, column);
		const masalah = Array.isArray(result) ? result : penyusun.periksa(result);
		if (masalah.length > 0) {
			for (const e of masalah) errors.push({ line: baris.line, ...e });
		} else if (!Array.isArray(result)) penyusun.tambah(result);
	}

	const periode = new Map<string, Realisasi[]>();
	for (const k of penyusun.opd.values()) {
		const doc = penyusun.realisasi(k);
		const valid = realisasiSchema.safeParse(doc);
		// The readers keep to the schema; a failure here is a bug, reported rather than hidden.
		if (!valid.success) throw new Error(`realisasi ${doc.id}: ${valid.error.message}`);
		periode.set(k.periodeId, [...(periode.get(k.periodeId) ?? []), valid.data]);
	}
	const indikator = [...penyusun.indikator.values()].map(({ doc }) => {
		const valid = indikatorSchema.safeParse(doc);
		if (!valid.success) throw new Error(`indikator ${doc.id}: ${valid.error.message}`);
		return valid.data;
	});
	return {
		unit: [...penyusun.unit.values()],
		periode: [...periode]
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([periodeId, realisasi]) => ({ periodeId, realisasi })),
		indikator,
		errors
	};
}

export interface PeriodeInput {
	periodeId: string;
	/** Every OPD with rows in the period's year: one without rows this triwulan is listed too. */
	masukan: IndeksInput[];
}

/** The inputs of computeIndeksOpd per triwulan, OPDs in order of first appearance. */
export function indeksInputs(result: RealisasiImportResult): PeriodeInput[] {
	return result.periode.map(({ periodeId, realisasi }) => {
		const { tahun: year } = parsePeriodeId(periodeId);
		const adaTahunIni = new Set(
			result.periode
				.filter((p) => parsePeriodeId(p.periodeId).tahun === year)
				.flatMap((p) => p.realisasi.map((r) => r.unitId))
		);
		const masukan = result.unit
			.filter((u) => adaTahunIni.has(u.id))
			.map((u) => ({
				unitId: u.id,
				periodeId,
				realisasi: realisasi.find((r) => r.unitId === u.id),
				indikator: result.indikator.filter((i) => i.unitId === u.id && i.tahun === year)
			}));
		return { periodeId, masukan };
	});
}
