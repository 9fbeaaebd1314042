import type { IndeksInput } from '../../domain/indeks';
import { periodeId as idPeriode, parsePeriodeId } from '../../domain/periode';
import { idRealisasi } from '../../domain/realisasi-status';
import {
	indikatorSchema,
	realisasiSchema,
	TAHUN_MAX,
	TAHUN_MIN,
	type Indikator,
	type Polaritas,
	type Realisasi,
	type Triwulan
} from '../../domain/schemas';
import { bacaAngka } from '../table/cells';
import type { ImportError } from '../table/errors';
import { indikatorIdDari, unitIdDari } from '../ids';
import { petaKolom, sel, selAngka, type Kolom, type Tabel, type TabelBaris } from '../table/table';

/**
 * Realisation of OPDs for the Indeks Kinerja OPD, one row per indicator of an OPD in a triwulan:
 *   unit,tahun,triwulan,pagu,realisasi_anggaran,realisasi_fisik,pdn_realisasi,pdn_komitmen,
 *   total_pengadaan,indikator,satuan,polaritas,target,realisasi
 * All columns are required in the header (any order, any case); cells may be blank.
 * The OPD-level columns (pagu … total_pengadaan) may be repeated on each of the OPD's rows for
 * the triwulan, when they must agree, or given on one row and left blank on the others. A row with a
 * blank `indikator` carries only OPD-level values. Figures are cumulative to the triwulan's end.
 * Numbers: see bacaAngka (Indonesian convention, "1.234" is one thousand two hundred thirty-four).
 */
export const KOLOM_OPD = [
	'pagu',
	'realisasi_anggaran',
	'realisasi_fisik',
	'pdn_realisasi',
	'pdn_komitmen',
	'total_pengadaan'
] as const;
export const KOLOM_INDIKATOR = ['indikator', 'satuan', 'polaritas', 'target', 'realisasi'] as const;
export const KOLOM_REALISASI = [
	'unit',
	'tahun',
	'triwulan',
	...KOLOM_OPD,
	...KOLOM_INDIKATOR
] as const;
type KolomRealisasi = (typeof KOLOM_REALISASI)[number];
type KolomOpd = (typeof KOLOM_OPD)[number];

/** Limits of indikatorSchema. */
const MAKS_NAMA = 300;
const MAKS_SATUAN = 40;

export interface UnitImpor {
	/** Derived from the name (ids.ts): "Dinas Kesehatan" → "dinas-kesehatan". */
	id: string;
	/** As first written in the file. */
	nama: string;
}

export interface PeriodeImpor {
	periodeId: string;
	/** One document per OPD with rows in this triwulan, in order of first appearance. */
	realisasi: Realisasi[];
}

export interface HasilImporRealisasi {
	unit: UnitImpor[];
	/** Triwulan in chronological order. */
	periode: PeriodeImpor[];
	/** Per OPD and year, with the target of every triwulan the file gives. */
	indikator: Indikator[];
	errors: ImportError[];
}

type Kesalahan = Omit<ImportError, 'line'>;

interface BarisIndikator {
	nama: string;
	satuan: string;
	polaritas: Polaritas;
	target: number | null;
	realisasi: number | null;
}

/** One row, read and checked on its own. */
interface BarisRealisasi {
	line: number;
	unit: string;
	tahun: number;
	triwulan: Triwulan;
	opd: Partial<Record<KolomOpd, { nilai: number; teks: string }>>;
	indikator: BarisIndikator | null;
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
function bacaTriwulan(text: string, numeric: boolean): Triwulan | null {
	const s = (numeric ? String(Number(text)) : text)
		.trim()
		.toLowerCase()
		.replace(/^tw\s*/, '');
	return TRIWULAN[s] ?? null;
}

const POLARITAS: Readonly<Record<string, Polaritas>> = {
	positif: 'positif',
	'+': 'positif',
	negatif: 'negatif',
	'-': 'negatif',
	'\u2212': 'negatif'
};

type PetaKolom = Kolom<KolomRealisasi>;

/** A non-negative number, null when blank; errors pushed for anything else. */
function angka(
	baris: TabelBaris,
	kolom: PetaKolom,
	k: KolomRealisasi,
	errors: Kesalahan[]
): { nilai: number; teks: string } | null {
	const teks = sel(baris, kolom, k);
	if (teks === '') return null;
	const nilai = bacaAngka(teks, selAngka(baris, kolom, k));
	if (nilai === null) errors.push({ column: k, key: 'import.angkaTidakValid', value: teks });
	else if (nilai < 0) errors.push({ column: k, key: 'import.angkaNegatif', value: teks });
	else if (k === 'realisasi_fisik' && nilai > 100) {
		errors.push({ column: k, key: 'import.fisikDiLuarRentang', value: teks });
	} else return { nilai, teks };
	return null;
}

function bacaIndikator(
	baris: TabelBaris,
	kolom: PetaKolom,
	errors: Kesalahan[]
): BarisIndikator | null {
	const nama = sel(baris, kolom, 'indikator').replace(/\s+/g, ' ');
	if (nama === '') {
		for (const k of KOLOM_INDIKATOR) {
			const teks = sel(baris, kolom, k);
			if (teks !== '')
				errors.push({ column: k, key: 'import.isianIndikatorTanpaNama', value: teks });
		}
		return null;
	}
	if (nama.length > MAKS_NAMA) {
		errors.push({
			column: 'indikator',
			key: 'import.teksTerlaluPanjang',
			params: { maks: MAKS_NAMA }
		});
	}
	const satuan = sel(baris, kolom, 'satuan');
	if (satuan === '') errors.push({ column: 'satuan', key: 'import.satuanKosong' });
	else if (satuan.length > MAKS_SATUAN) {
		errors.push({
			column: 'satuan',
			key: 'import.teksTerlaluPanjang',
			params: { maks: MAKS_SATUAN }
		});
	}
	const polaritasTeks = sel(baris, kolom, 'polaritas');
	const polaritas = POLARITAS[polaritasTeks.toLowerCase()];
	if (polaritas === undefined) {
		errors.push({ column: 'polaritas', key: 'import.polaritasTidakDikenal', value: polaritasTeks });
	}
	const target = angka(baris, kolom, 'target', errors);
	const realisasi = angka(baris, kolom, 'realisasi', errors);
	if (polaritas === undefined) return null;
	return {
		nama,
		satuan,
		polaritas,
		target: target?.nilai ?? null,
		realisasi: realisasi?.nilai ?? null
	};
}

function bacaBaris(baris: TabelBaris, kolom: PetaKolom): BarisRealisasi | Kesalahan[] {
	const errors: Kesalahan[] = [];
	const unit = sel(baris, kolom, 'unit').replace(/\s+/g, ' ');
	if (unit === '') errors.push({ column: 'unit', key: 'import.unitKosong' });

	const tahunTeks = sel(baris, kolom, 'tahun');
	// Through bacaAngka: a year column formatted with grouping exports as "2.026".
	const tahun = bacaAngka(tahunTeks, selAngka(baris, kolom, 'tahun')) ?? NaN;
	if (!Number.isInteger(tahun) || tahun < TAHUN_MIN || tahun > TAHUN_MAX) {
		errors.push({ column: 'tahun', key: 'import.tahunTidakValid', value: tahunTeks });
	}
	const triwulanTeks = sel(baris, kolom, 'triwulan');
	const triwulan = bacaTriwulan(triwulanTeks, selAngka(baris, kolom, 'triwulan'));
	if (triwulan === null) {
		errors.push({ column: 'triwulan', key: 'import.triwulanTidakValid', value: triwulanTeks });
	}

	const opd: BarisRealisasi['opd'] = {};
	for (const k of KOLOM_OPD) {
		const v = angka(baris, kolom, k, errors);
		if (v !== null) opd[k] = v;
	}
	const indikator = bacaIndikator(baris, kolom, errors);
	if (errors.length > 0 || triwulan === null) return errors;
	return { line: baris.line, unit, tahun, triwulan, opd, indikator };
}

interface KumpulanOpd {
	unitId: string;
	periodeId: string;
	opd: Partial<Record<KolomOpd, { nilai: number; teks: string; line: number }>>;
	/** Indicator id → its line and realisasi in this triwulan. */
	indikator: Map<string, { line: number; realisasi: number | null }>;
}

interface KumpulanIndikator {
	doc: Indikator;
	/** The line that first gave satuan and polaritas, named in conflict messages. */
	line: number;
}

/** Merges rows into documents, checking that repeated values agree. */
class Penyusun {
	readonly unit = new Map<string, UnitImpor>();
	readonly opd = new Map<string, KumpulanOpd>();
	readonly indikator = new Map<string, KumpulanIndikator>();

	/** Conflicts of a row with what earlier rows gave; the row is merged only without any. */
	periksa(b: BarisRealisasi): Kesalahan[] {
		const errors: Kesalahan[] = [];
		const unitId = unitIdDari(b.unit);
		const kumpulan = this.opd.get(idRealisasi(unitId, idPeriode(b.tahun, b.triwulan)));
		for (const k of KOLOM_OPD) {
			const baru = b.opd[k];
			const lama = kumpulan?.opd[k];
			if (baru && lama && baru.nilai !== lama.nilai) {
				errors.push({
					column: k,
					key: 'import.nilaiBerbeda',
					value: baru.teks,
					params: { lineLain: lama.line, valueLain: lama.teks }
				});
			}
		}
		if (b.indikator) {
			const id = indikatorIdDari(unitId, b.tahun, b.indikator.nama);
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
				const lain = { lineLain: ada.line };
				if (ada.doc.satuan !== b.indikator.satuan) {
					const params = { ...lain, valueLain: ada.doc.satuan };
					errors.push({
						column: 'satuan',
						key: 'import.nilaiBerbeda',
						value: b.indikator.satuan,
						params
					});
				}
				if (ada.doc.polaritas !== b.indikator.polaritas) {
					const params = { ...lain, valueLain: ada.doc.polaritas };
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

	tambah(b: BarisRealisasi): void {
		const unitId = unitIdDari(b.unit);
		if (!this.unit.has(unitId)) this.unit.set(unitId, { id: unitId, nama: b.unit });
		const periodeId = idPeriode(b.tahun, b.triwulan);
		const id = idRealisasi(unitId, periodeId);
		let kumpulan = this.opd.get(id);
		if (!kumpulan) {
			kumpulan = { unitId, periodeId, opd: {}, indikator: new Map() };
			this.opd.set(id, kumpulan);
		}
		for (const k of KOLOM_OPD) {
			const v = b.opd[k];
			if (v && !kumpulan.opd[k]) kumpulan.opd[k] = { ...v, line: b.line };
		}
		if (!b.indikator) return;
		const { nama, satuan, polaritas, target, realisasi } = b.indikator;
		const indikatorId = indikatorIdDari(unitId, b.tahun, nama);
		kumpulan.indikator.set(indikatorId, { line: b.line, realisasi });
		let ada = this.indikator.get(indikatorId);
		if (!ada) {
			const doc: Indikator = {
				id: indikatorId,
				unitId,
				tahun: b.tahun,
				nama,
				satuan,
				polaritas,
				target: [null, null, null, null]
			};
			ada = { doc, line: b.line };
			this.indikator.set(indikatorId, ada);
		}
		ada.doc.target[b.triwulan - 1] = target;
	}

	realisasi(k: KumpulanOpd): Realisasi {
		const v = (kolom: KolomOpd) => k.opd[kolom]?.nilai ?? null;
		return {
			id: idRealisasi(k.unitId, k.periodeId),
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
export function parseRealisasiRows(tabel: Tabel): HasilImporRealisasi {
	const kosong = { unit: [], periode: [], indikator: [] };
	const { kolom, errors: fileErrors } = petaKolom(tabel, KOLOM_REALISASI, []);
	if (fileErrors.length > 0) return { ...kosong, errors: fileErrors };

	const penyusun = new Penyusun();
	const errors: ImportError[] = [];
	for (const baris of tabel.rows) {
		const hasil = bacaBaris(baris, kolom);
		const masalah = Array.isArray(hasil) ? hasil : penyusun.periksa(hasil);
		if (masalah.length > 0) {
			for (const e of masalah) errors.push({ line: baris.line, ...e });
		} else if (!Array.isArray(hasil)) penyusun.tambah(hasil);
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

export interface MasukanPeriode {
	periodeId: string;
	/** Every OPD with rows in the period's year: one without rows this triwulan is listed too. */
	masukan: IndeksInput[];
}

/** The inputs of hitungIndeksOpd per triwulan, OPDs in order of first appearance. */
export function masukanIndeks(hasil: HasilImporRealisasi): MasukanPeriode[] {
	return hasil.periode.map(({ periodeId, realisasi }) => {
		const { tahun } = parsePeriodeId(periodeId);
		const adaTahunIni = new Set(
			hasil.periode
				.filter((p) => parsePeriodeId(p.periodeId).tahun === tahun)
				.flatMap((p) => p.realisasi.map((r) => r.unitId))
		);
		const masukan = hasil.unit
			.filter((u) => adaTahunIni.has(u.id))
			.map((u) => ({
				unitId: u.id,
				periodeId,
				realisasi: realisasi.find((r) => r.unitId === u.id),
				indikator: hasil.indikator.filter((i) => i.unitId === u.id && i.tahun === tahun)
			}));
		return { periodeId, masukan };
	});
}
