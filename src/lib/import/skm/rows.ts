import { periodeDariWaktu } from '../../domain/periode';
import {
	jawabanSchema,
	PEKERJAAN,
	PENDIDIKAN,
	profilSchema,
	type Jawaban,
	type Profil
} from '../../domain/schemas';
import { adaJawabanUnsur, UNSUR_KEYS, type UnsurKey } from '../../domain/unsur';
import {
	bacaAngka,
	bacaJenisKelamin,
	bacaPekerjaan,
	bacaPendidikan,
	bacaTanggal,
	bacaUsia
} from '../table/cells';
import type { ImportError } from '../table/errors';
import { kunciNama } from '../ids';
import { petaKolom, sel, selAngka, type Kolom, type Tabel, type TabelBaris } from '../table/table';

/**
 * SKM answers from a spreadsheet, one respondent per row:
 *   unit,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9
 *   optional: jenis_kelamin,usia,pendidikan,pekerjaan,saran,jenis_layanan
 * Columns in any order, names case-insensitive; other columns are ignored. Column u(i) is unsur
 * key u(i) whatever numbering labels it (docs/domain.md, SKM).
 */
export const KOLOM_SKM_WAJIB = ['unit', 'tanggal', ...UNSUR_KEYS] as const;
export const KOLOM_SKM_OPSIONAL = [
	'jenis_kelamin',
	'usia',
	'pendidikan',
	'pekerjaan',
	'saran',
	'jenis_layanan'
] as const;
type KolomSkm = (typeof KOLOM_SKM_WAJIB)[number] | (typeof KOLOM_SKM_OPSIONAL)[number];

/** Limits of skmResponseSchema. */
const MAKS_SARAN = 2000;
const MAKS_JENIS_LAYANAN = 200;

export interface ParsedSkmRow {
	line: number;
	/** The unit as written in the file (trimmed); matching it to a unit is the caller's job. */
	unit: string;
	/** ISO date 'YYYY-MM-DD', the calendar date as written. */
	tanggal: string;
	/** The full date-time, when the file gave one with an offset. */
	waktu?: string;
	periodeId: string;
	jawaban: Jawaban;
	profil: Profil;
	saran?: string;
	jenisLayanan?: string;
}

export interface HasilImporSkm {
	/** Rows without any error, in file order. */
	rows: ParsedSkmRow[];
	/** File-level errors (then `rows` is empty), or row errors in line order. */
	errors: ImportError[];
}

type Kesalahan = Omit<ImportError, 'line'>;

function bacaJawaban(
	baris: TabelBaris,
	kolom: Kolom<KolomSkm>,
	errors: Kesalahan[]
): Record<UnsurKey, number | null> {
	const out = {} as Record<UnsurKey, number | null>;
	const sebelum = errors.length;
	for (const k of UNSUR_KEYS) {
		const text = sel(baris, kolom, k);
		out[k] = null;
		if (text === '') continue;
		const n = bacaAngka(text, selAngka(baris, kolom, k));
		if (n === null || !Number.isInteger(n) || n < 1 || n > 4) {
			errors.push({ column: k, key: 'import.skorDiLuarRentang', value: text });
		} else out[k] = n;
	}
	if (errors.length === sebelum && !adaJawabanUnsur(out)) {
		errors.push({ key: 'import.tanpaJawaban' });
	}
	return out;
}

function bacaProfil(baris: TabelBaris, kolom: Kolom<KolomSkm>, errors: Kesalahan[]): Profil {
	const profil: Profil = {};
	const jk = sel(baris, kolom, 'jenis_kelamin');
	if (jk !== '') {
		const v = bacaJenisKelamin(jk);
		if (v === null) {
			errors.push({ column: 'jenis_kelamin', key: 'import.jenisKelaminTidakDikenal', value: jk });
		} else profil.jenisKelamin = v;
	}
	const usia = sel(baris, kolom, 'usia');
	if (usia !== '') {
		const v = bacaUsia(usia, selAngka(baris, kolom, 'usia'));
		if (v === null || !profilSchema.shape.usia.safeParse(v).success) {
			errors.push({ column: 'usia', key: 'import.usiaTidakValid', value: usia });
		} else profil.usia = v;
	}
	const pendidikan = sel(baris, kolom, 'pendidikan');
	if (pendidikan !== '') {
		const v = bacaPendidikan(pendidikan);
		if (v === null) {
			errors.push({
				column: 'pendidikan',
				key: 'import.pendidikanTidakDikenal',
				value: pendidikan,
				params: { pilihan: PENDIDIKAN.join(', ') }
			});
		} else profil.pendidikan = v;
	}
	const pekerjaan = sel(baris, kolom, 'pekerjaan');
	if (pekerjaan !== '') {
		const v = bacaPekerjaan(pekerjaan);
		if (v === null) {
			errors.push({
				column: 'pekerjaan',
				key: 'import.pekerjaanTidakDikenal',
				value: pekerjaan,
				params: { pilihan: PEKERJAAN.join(', ') }
			});
		} else profil.pekerjaan = v;
	}
	return profil;
}

function teks(
	baris: TabelBaris,
	kolom: Kolom<KolomSkm>,
	k: 'saran' | 'jenis_layanan',
	maks: number,
	errors: Kesalahan[]
): string | undefined {
	const text = sel(baris, kolom, k);
	if (text === '') return undefined;
	if (text.length > maks) {
		errors.push({ column: k, key: 'import.teksTerlaluPanjang', params: { maks } });
	}
	return text;
}

function bacaBaris(
	baris: TabelBaris,
	kolom: Kolom<KolomSkm>
): { row: ParsedSkmRow } | { errors: Kesalahan[] } {
	const errors: Kesalahan[] = [];
	const unit = sel(baris, kolom, 'unit');
	if (unit === '') errors.push({ column: 'unit', key: 'import.unitKosong' });

	const tanggalText = sel(baris, kolom, 'tanggal');
	const tanggal = tanggalText === '' ? null : bacaTanggal(tanggalText);
	if (tanggalText === '') errors.push({ column: 'tanggal', key: 'import.tanggalKosong' });
	else if (tanggal === null) {
		errors.push({ column: 'tanggal', key: 'import.tanggalTidakValid', value: tanggalText });
	}

	const skor = bacaJawaban(baris, kolom, errors);
	const profilMentah = bacaProfil(baris, kolom, errors);
	const saran = teks(baris, kolom, 'saran', MAKS_SARAN, errors);
	const jenisLayanan = teks(baris, kolom, 'jenis_layanan', MAKS_JENIS_LAYANAN, errors);
	if (errors.length > 0 || tanggal === null) return { errors };

	// The schemas are the last word; the readers above already keep to them.
	const jawaban = jawabanSchema.safeParse(skor);
	const profil = profilSchema.safeParse(profilMentah);
	if (!jawaban.success || !profil.success) {
		return { errors: [{ key: 'import.tidakValid', value: baris.cells.join(', ') }] };
	}
	const row: ParsedSkmRow = {
		line: baris.line,
		unit,
		tanggal: tanggal.tanggal,
		periodeId: periodeDariWaktu(tanggal.tanggal),
		jawaban: jawaban.data,
		profil: profil.data
	};
	if (tanggal.waktu !== undefined) row.waktu = tanggal.waktu;
	if (saran !== undefined) row.saran = saran;
	if (jenisLayanan !== undefined) row.jenisLayanan = jenisLayanan;
	return { row };
}

/** Validated SKM answers; a row with any error is left out and every error is reported. */
export function parseSkmRows(tabel: Tabel): HasilImporSkm {
	const { kolom, errors: fileErrors } = petaKolom(tabel, KOLOM_SKM_WAJIB, KOLOM_SKM_OPSIONAL);
	if (fileErrors.length > 0) return { rows: [], errors: fileErrors };
	const rows: ParsedSkmRow[] = [];
	const errors: ImportError[] = [];
	for (const baris of tabel.rows) {
		const hasil = bacaBaris(baris, kolom);
		if ('row' in hasil) rows.push(hasil.row);
		else for (const e of hasil.errors) errors.push({ line: baris.line, ...e });
	}
	return { rows, errors };
}

export interface KelompokSkm {
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
export function kelompokkanSkm(rows: readonly ParsedSkmRow[], perTriwulan = false): KelompokSkm[] {
	const kelompok = new Map<string, KelompokSkm>();
	for (const row of rows) {
		const kunci = perTriwulan
			? `${row.periodeId}\u0000${kunciNama(row.unit)}`
			: kunciNama(row.unit);
		let k = kelompok.get(kunci);
		if (!k) {
			k = perTriwulan
				? { unit: row.unit, periodeId: row.periodeId, rows: [] }
				: { unit: row.unit, rows: [] };
			kelompok.set(kunci, k);
		}
		k.rows.push(row);
	}
	const out = [...kelompok.values()];
	if (!perTriwulan) return out;
	// Array.prototype.sort is stable: units keep their order within a triwulan.
	const urut = (k: KelompokSkm) => k.periodeId ?? '';
	return out.sort((a, b) => (urut(a) < urut(b) ? -1 : urut(a) > urut(b) ? 1 : 0));
}
