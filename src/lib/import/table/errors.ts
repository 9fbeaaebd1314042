/**
 * Problems found while importing a spreadsheet, as i18n keys plus parameters (never prose), so the
 * app and the CLI can show them in either language (see messages.ts).
 */
export const IMPORT_ERROR_KEYS = [
	// The whole file
	'import.formatTidakDikenal',
	'import.berkasTidakTerbaca',
	'import.berkasKosong',
	'import.kolomWajibHilang',
	'import.kolomGanda',
	// Any row
	'import.unitKosong',
	'import.angkaTidakValid',
	'import.angkaNegatif',
	// SKM rows
	'import.tanggalKosong',
	'import.tanggalTidakValid',
	'import.skorDiLuarRentang',
	'import.tanpaJawaban',
	'import.jenisKelaminTidakDikenal',
	'import.usiaTidakValid',
	'import.pendidikanTidakDikenal',
	'import.pekerjaanTidakDikenal',
	'import.teksTerlaluPanjang',
	// Realisation rows
	'import.tahunTidakValid',
	'import.triwulanTidakValid',
	'import.fisikDiLuarRentang',
	'import.nilaiBerbeda',
	'import.satuanKosong',
	'import.polaritasTidakDikenal',
	'import.indikatorGanda',
	'import.isianIndikatorTanpaNama',
	'import.tidakValid'
] as const;
export type ImportErrorKey = (typeof IMPORT_ERROR_KEYS)[number];

/** Errors about the file as a whole: nothing in it can be imported until they are fixed. */
export const FILE_ERROR_KEYS: readonly ImportErrorKey[] = [
	'import.formatTidakDikenal',
	'import.berkasTidakTerbaca',
	'import.berkasKosong',
	'import.kolomWajibHilang',
	'import.kolomGanda'
];

export interface ImportError {
	/** 1-based physical line (CSV) or spreadsheet row (XLSX); null when about the whole file. */
	line: number | null;
	/** Normalised column name, e.g. 'u3' (for missing columns: all of them, comma-separated). */
	column?: string;
	key: ImportErrorKey;
	/** The offending cell text, as written. */
	value?: string;
	/** Further placeholders of the message, e.g. the other line of a conflict. */
	params?: Record<string, string | number>;
}

export function isFileError(error: ImportError): boolean {
	return FILE_ERROR_KEYS.includes(error.key);
}

/** Distinct lines with at least one error: the rows an import leaves out. */
export function problemRows(errors: readonly ImportError[]): number[] {
	const lines = new Set<number>();
	for (const e of errors) if (e.line !== null && !isFileError(e)) lines.add(e.line);
	return [...lines].sort((a, b) => a - b);
}
