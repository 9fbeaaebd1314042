import type { Locale } from '$lib/domain/format';
import { interpolate } from '$lib/i18n/translate';
import type { ImportError, ImportErrorKey } from './errors';

/**
 * Import error messages, Bahasa Indonesia first. Placeholders: {line}, {column}, {value} and the
 * error's params ({lineLain}, {valueLain}, {pilihan}, {maks}).
 */
export const IMPORT_MESSAGES: Readonly<Record<ImportErrorKey, Readonly<Record<Locale, string>>>> = {
	'import.formatTidakDikenal': {
		id: 'Berkas "{value}" tidak dikenali: gunakan .csv atau .xlsx',
		en: 'File "{value}" not recognised: use .csv or .xlsx'
	},
	'import.berkasTidakTerbaca': {
		id: 'Berkas tidak dapat dibaca: bukan buku kerja Excel (.xlsx) yang valid',
		en: 'The file cannot be read: not a valid Excel workbook (.xlsx)'
	},
	'import.berkasKosong': {
		id: 'Berkas kosong: tidak ada baris judul kolom',
		en: 'The file is empty: there is no header row'
	},
	'import.kolomWajibHilang': {
		id: 'Kolom wajib tidak ada di baris judul (baris {line}): {column}',
		en: 'Required columns missing from the header row (line {line}): {column}'
	},
	'import.kolomGanda': {
		id: 'Kolom "{column}" muncul lebih dari sekali di baris judul (baris {line})',
		en: 'Column "{column}" appears more than once in the header row (line {line})'
	},
	'import.unitKosong': {
		id: 'Baris {line}, kolom {column}: nama unit wajib diisi',
		en: 'Row {line}, column {column}: the unit name is required'
	},
	'import.angkaTidakValid': {
		id: 'Baris {line}, kolom {column}: "{value}" bukan angka (tulis misalnya 1.234.567,89)',
		en: 'Row {line}, column {column}: "{value}" is not a number (write e.g. 1.234.567,89)'
	},
	'import.angkaNegatif': {
		id: 'Baris {line}, kolom {column}: "{value}" tidak boleh negatif',
		en: 'Row {line}, column {column}: "{value}" must not be negative'
	},
	'import.tanggalKosong': {
		id: 'Baris {line}, kolom {column}: tanggal wajib diisi',
		en: 'Row {line}, column {column}: the date is required'
	},
	'import.tanggalTidakValid': {
		id: 'Baris {line}, kolom {column}: tanggal "{value}" tidak valid (gunakan TTTT-BB-HH atau HH/BB/TTTT)',
		en: 'Row {line}, column {column}: date "{value}" is not valid (use YYYY-MM-DD or DD/MM/YYYY)'
	},
	'import.skorDiLuarRentang': {
		id: 'Baris {line}, kolom {column}: jawaban "{value}" harus 1–4',
		en: 'Row {line}, column {column}: answer "{value}" must be 1–4'
	},
	'import.tanpaJawaban': {
		id: 'Baris {line}: tidak ada jawaban u1–u9 yang diisi',
		en: 'Row {line}: none of the answers u1–u9 is filled in'
	},
	'import.jenisKelaminTidakDikenal': {
		id: 'Baris {line}, kolom {column}: jenis kelamin "{value}" tidak dikenal (L atau P)',
		en: 'Row {line}, column {column}: sex "{value}" not recognised (L or P)'
	},
	'import.usiaTidakValid': {
		id: 'Baris {line}, kolom {column}: usia "{value}" harus bilangan bulat 10–120',
		en: 'Row {line}, column {column}: age "{value}" must be a whole number 10–120'
	},
	'import.pendidikanTidakDikenal': {
		id: 'Baris {line}, kolom {column}: pendidikan "{value}" tidak dikenal ({pilihan})',
		en: 'Row {line}, column {column}: education "{value}" not recognised ({pilihan})'
	},
	'import.pekerjaanTidakDikenal': {
		id: 'Baris {line}, kolom {column}: pekerjaan "{value}" tidak dikenal ({pilihan})',
		en: 'Row {line}, column {column}: occupation "{value}" not recognised ({pilihan})'
	},
	'import.teksTerlaluPanjang': {
		id: 'Baris {line}, kolom {column}: teks terlalu panjang (maks. {maks} karakter)',
		en: 'Row {line}, column {column}: text too long (max. {maks} characters)'
	},
	'import.tahunTidakValid': {
		id: 'Baris {line}, kolom {column}: tahun "{value}" harus 2000–2100',
		en: 'Row {line}, column {column}: year "{value}" must be 2000–2100'
	},
	'import.triwulanTidakValid': {
		id: 'Baris {line}, kolom {column}: triwulan "{value}" harus 1–4 (atau I–IV)',
		en: 'Row {line}, column {column}: quarter "{value}" must be 1–4 (or I–IV)'
	},
	'import.fisikDiLuarRentang': {
		id: 'Baris {line}, kolom {column}: realisasi fisik "{value}" harus 0–100 (%)',
		en: 'Row {line}, column {column}: physical progress "{value}" must be 0–100 (%)'
	},
	'import.nilaiBerbeda': {
		id: 'Baris {line}, kolom {column}: "{value}" berbeda dengan baris {lineLain} ("{valueLain}"); isian ini harus sama',
		en: 'Row {line}, column {column}: "{value}" differs from line {lineLain} ("{valueLain}"); they must agree'
	},
	'import.satuanKosong': {
		id: 'Baris {line}, kolom {column}: satuan indikator wajib diisi',
		en: 'Row {line}, column {column}: the indicator unit of measure is required'
	},
	'import.polaritasTidakDikenal': {
		id: 'Baris {line}, kolom {column}: polaritas "{value}" harus positif atau negatif (+ atau -)',
		en: 'Row {line}, column {column}: polarity "{value}" must be positif or negatif (+ or -)'
	},
	'import.indikatorGanda': {
		id: 'Baris {line}, kolom {column}: indikator "{value}" sudah ada di baris {lineLain} untuk OPD dan triwulan yang sama',
		en: 'Row {line}, column {column}: indicator "{value}" already appears on line {lineLain} for the same OPD and quarter'
	},
	'import.isianIndikatorTanpaNama': {
		id: 'Baris {line}, kolom {column}: "{value}" diisi tetapi kolom indikator kosong',
		en: 'Row {line}, column {column}: "{value}" is filled in but the indikator column is empty'
	},
	'import.tidakValid': {
		id: 'Baris {line}, kolom {column}: isian "{value}" tidak valid',
		en: 'Row {line}, column {column}: "{value}" is not valid'
	}
};

/** One error as a sentence in the given language. */
export function formatImportError(error: ImportError, locale: Locale = 'id'): string {
	const params: Record<string, string | number> = { ...error.params };
	if (error.line !== null) params.line = error.line;
	if (error.column !== undefined) params.column = error.column;
	if (error.value !== undefined) params.value = error.value;
	return interpolate(IMPORT_MESSAGES[error.key][locale], params);
}
